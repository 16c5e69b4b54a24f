#pragma once
// Tags a sentence with typed spans: a LinearModel scores every label of every token from
// its features, and the best valid BILOU sequence is decoded (bilou.h). Immutable; tag() may
// run on any number of threads at once.
#include <memory>
#include <vector>

#include "tagger/bilou.h"
#include "tagger/linear_model.h"
#include "tagger/tagger_token.h"

namespace kg::tagger {

class SequenceTagger {
 public:
  explicit SequenceTagger(LinearModel model) : model_(std::move(model)) {}
  /// The spans of the best label sequence; none when the model is empty.
  std::vector<Span> tag(const TaggerSentence& sentence) const;
  /// The best label sequence itself (bilou.h labels), all O for an empty model.
  std::vector<int> labels(const TaggerSentence& sentence) const;
  bool empty() const { return model_.empty(); }
  const LinearModel& model() const { return model_; }

  /// Whether token i is certainly outside every span: a plain token (TaggerToken::plain) between
  /// two others. Such tokens are not scored.
  static bool quiet(const TaggerSentence& sentence, std::size_t i);

 private:
  LinearModel model_;
};

/// The entity tagger trained by `kgraph train` (models/entity_tagger.model, built into the
/// library). Loaded once, on first use, thread-safely; empty if the build had no model.
const SequenceTagger& default_tagger();

}  // namespace kg::tagger
