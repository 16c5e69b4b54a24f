#include "tagger/sequence_tagger.h"

#include <string>

#include "tagger/token_features.h"

namespace kg::tagger {

std::vector<int> SequenceTagger::labels(const TaggerSentence& sentence) const {
  if (model_.empty()) return std::vector<int>(sentence.size(), 0);
  std::vector<std::vector<double>> scores(sentence.size());
  std::vector<std::string> features;
  for (std::size_t i = 0; i < sentence.size(); ++i) {
    token_features(sentence, i, features);
    model_.scores(features, scores[i]);
  }
  return decode_bilou(scores);
}

std::vector<Span> SequenceTagger::tag(const TaggerSentence& sentence) const {
  if (model_.empty()) return {};
  return spans_of(labels(sentence));
}

}  // namespace kg::tagger
