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
  /// The same into out[0, labels()), from hashes[0, count) (or constant feature numbers,
  /// tagger/token_features.h kConstantFeatures): no allocation.
  void scores(const std::uint64_t* hashes, std::size_t count, double* out) const;
  /// The summed weights less their maximum: the log-probabilities of scores() up to a constant,
  /// exactly so in real arithmetic, with no exp() or log() (the tagger's hot path). Only for a
  /// model that knows every label (unknown labels get a fixed score in scores()).
  void shifted_scores(const std::uint64_t* hashes, std::size_t count, double* out) const;
  bool knows_every_label() const { return known_labels_.size() == static_cast<std::size_t>(labels_); }

  int labels() const { return labels_; }
  std::size_t features() const { return rows_.size(); }
  bool empty() const { return rows_.empty(); }

 private:
  int labels_ = 0;
  std::vector<bool> known_;                      // per label: present in the training data
  std::vector<int> known_labels_;                // the labels with known_, increasing
  std::vector<std::pair<std::string, Row>> rows_;  // sorted by feature
  // The index: an open-addressing table of feature hashes (0 = empty slot), one cache line per
  // probe, because scoring looks up some 25 features per token and a node-based map's cache
  // misses dominate. A slot's row is either sparse, `count` weights from `sparse_[begin]`, or
  // dense, kStride doubles from `dense_[begin]` (a weight per label, 0 where the row has none):
  // rows that are hit most (bias, shapes, proposals) weigh most labels, and a dense row is added
  // in a few vector instructions.
  struct Weight {
    float value;
    std::uint8_t label;
  };
  struct Slot {
    std::uint64_t hash = 0;
    std::uint32_t begin = 0;
    std::uint16_t count = 0;
    bool dense = false;
  };
  static constexpr std::size_t kStride = 24;  // kLabels weights, padded to whole vectors
  std::vector<Slot> slots_;
  std::vector<Slot> constants_;  // per constant feature number (token_features.h): its slot, hash 0 if none
  std::vector<Weight> sparse_;
  std::vector<double> dense_;  // converted from the rows' floats at load: each sum adds the same doubles
  std::uint64_t mask_ = 0;
  void build_index();  // throws std::runtime_error if two features share a hash
  void sum(const std::uint64_t* hashes, std::size_t count, double* out, bool shift) const;  // shift: less the maximum
  double top(const double* sums) const;  // the highest sum of a known label (at least kUnknownLabel)
  void normalize(double* out) const;
};

}  // namespace kg::tagger
