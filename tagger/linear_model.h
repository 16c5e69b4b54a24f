#pragma once
// A sparse multi-class linear model over string features: for each feature, the weights it
// gives some labels. Read from and written to a plain-text model file (models/*.model) whose
// bytes depend only on the training data, so a retrained model can be compared with `cmp`.
// Immutable after loading; score() may run on any number of threads at once.
#include <cstdint>
#include <iosfwd>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace kg::tagger {

class LinearModel {
 public:
  /// One feature's weights, (label, weight) by increasing label.
  using Row = std::vector<std::pair<std::uint8_t, float>>;

  LinearModel() = default;
  LinearModel(const LinearModel&) = delete;  // big: moved, never copied
  LinearModel& operator=(const LinearModel&) = delete;
  LinearModel(LinearModel&&) = default;
  LinearModel& operator=(LinearModel&&) = default;
  LinearModel(int labels, std::vector<bool> known, std::vector<std::pair<std::string, Row>> rows);

  /// Parses a model file; throws std::runtime_error "NAME:LINE: message" on malformed input.
  static LinearModel parse(std::string_view text, const std::string& name);
  /// Writes the model file: features sorted by name, weights with 6 significant digits.
  void write(std::ostream& out) const;

  /// Log-probabilities (softmax of the summed weights) of every label for a token with
  /// `features`; labels the model never saw in training get a very low score.
  void scores(const std::vector<std::string>& features, std::vector<double>& out) const;
  /// The same for features given by their feature_hash() (tagger/token_features.h).
  void scores(const std::vector<std::uint64_t>& feature_hashes, std::vector<double>& out) const;

  int labels() const { return labels_; }
  std::size_t features() const { return rows_.size(); }
  bool empty() const { return rows_.empty(); }

 private:
  int labels_ = 0;
  std::vector<bool> known_;                      // per label: present in the training data
  std::vector<std::pair<std::string, Row>> rows_;  // sorted by feature
  // The index: an open-addressing table of feature hashes (0 = empty slot), each slot with its
  // row's weights in `weights_` [begin, end): flat arrays, one cache line per probe, because
  // scoring looks up some 60 features per token and a node-based map's cache misses dominate.
  struct Weight {
    float value;
    std::uint8_t label;
  };
  struct Slot {
    std::uint64_t hash = 0;
    std::uint32_t begin = 0, end = 0;
  };
  std::vector<Slot> slots_;
  std::vector<Weight> weights_;
  std::uint64_t mask_ = 0;
  void build_index();  // throws std::runtime_error if two features share a hash
  void normalize(std::vector<double>& out) const;
};

}  // namespace kg::tagger
