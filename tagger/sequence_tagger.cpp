#include "tagger/sequence_tagger.h"

#include <string>

#include "tagger/token_features.h"

namespace kg::tagger {
namespace {

constexpr double kNever = -1e9;

// A lower-case word (or number, or punctuation) that no lexicon knows, that the rules propose
// nothing for, between two such tokens: "the", "said", "yesterday". Spans never start, end or
// continue there in practice, so the tagger does not spend its time on it.
bool plain(const TaggerSentence& s, std::size_t i) {
  const TaggerToken& t = s[i];
  if (t.classes != 0 || t.place != 0 || t.proposal.size() != 1) return false;  // proposals other than "O"
  for (char c : t.shape)
    if (c == 'X') return false;
  return true;
}

}  // namespace

bool SequenceTagger::quiet(const TaggerSentence& s, std::size_t i) {
  return plain(s, i) && (i == 0 || plain(s, i - 1)) && (i + 1 == s.size() || plain(s, i + 1));
}

std::vector<int> SequenceTagger::labels(const TaggerSentence& sentence) const {
  if (model_.empty()) return std::vector<int>(sentence.size(), 0);
  std::vector<std::vector<double>> scores(sentence.size());
  std::vector<bool> scored(sentence.size());
  bool any = false;
  for (std::size_t i = 0; i < sentence.size(); ++i) any |= (scored[i] = !quiet(sentence, i));
  if (!any) return std::vector<int>(sentence.size(), 0);
  std::vector<std::vector<std::uint64_t>> features;
  sentence_feature_hashes(sentence, features, scored);
  for (std::size_t i = 0; i < sentence.size(); ++i) {
    if (!scored[i]) {  // outside every span, as in all training data: not scored
      scores[i].assign(static_cast<std::size_t>(model_.labels()), kNever);
      scores[i][0] = 0.0;
      continue;
    }
    model_.scores(features[i], scores[i]);
  }
  return decode_bilou(scores);
}

std::vector<Span> SequenceTagger::tag(const TaggerSentence& sentence) const {
  if (model_.empty()) return {};
  return spans_of(labels(sentence));
}

}  // namespace kg::tagger
