#include "tagger/sequence_tagger.h"

#include <string>

#include "tagger/token_features.h"

namespace kg::tagger {
namespace {

constexpr double kNever = -1e9;

// A plain token (TaggerToken::plain) between two others: "the", "said", "yesterday". Spans
// never start, end or continue there in practice, so the tagger does not spend its time on it.
bool plain(const TaggerSentence& s, std::size_t i) { return s[i].plain; }

}  // namespace

bool SequenceTagger::quiet(const TaggerSentence& s, std::size_t i) {
  return plain(s, i) && (i == 0 || plain(s, i - 1)) && (i + 1 == s.size() || plain(s, i + 1));
}

std::vector<int> SequenceTagger::labels(const TaggerSentence& sentence) const {
  const std::size_t n = sentence.size();
  std::vector<int> labels;
  if (model_.empty()) return std::vector<int>(n, 0);
  // Per-thread buffers: a sentence allocates nothing once they have grown.
  thread_local std::vector<std::uint8_t> plain_token;
  thread_local std::vector<LabelScores> scores;
  thread_local SentenceHashes hashes;
  plain_token.resize(n);
  bool any = false;
  for (std::size_t i = 0; i < n; ++i) plain_token[i] = plain(sentence, i);
  auto is_quiet = [&](std::size_t i) {
    return plain_token[i] && (i == 0 || plain_token[i - 1]) && (i + 1 == n || plain_token[i + 1]);
  };
  for (std::size_t i = 0; i < n && !any; ++i) any = !is_quiet(i);
  if (!any) return std::vector<int>(n, 0);
  static const LabelScores kOutside = [] {  // outside every span, as in all training data: not scored
    LabelScores s;
    s.fill(kNever);
    s[0] = 0.0;
    return s;
  }();
  if (scores.size() < n) scores.resize(n);
  hashes.reset(sentence);
  std::uint64_t features[kMaxTokenFeatures];
  auto score = [&](bool shifted) {
    for (std::size_t i = 0; i < n; ++i) {
      if (is_quiet(i)) scores[i] = kOutside;
      else if (shifted) model_.shifted_scores(features, hashes.token(i, features), scores[i].data());
      else model_.scores(features, hashes.token(i, features), scores[i].data());
    }
  };
  // The fast path: Viterbi over the summed weights less their maximum, not over the model's
  // log-probabilities. The two differ by a constant per token (the log of the softmax's
  // denominator), which changes no choice in exact arithmetic; in doubles, each path score is
  // off by at most about (tokens + 1) * 2^-52 * (2 |score| + 3.05 (tokens + 1)) in either way
  // of computing it (every term is <= 0, so no partial sum is larger than the score; a token's
  // constant is at most log 21 = 3.04). When every choice on the decoded path won by far more
  // than that (2^-40 in place of 2^-52), the log-probabilities give the same labels; otherwise
  // (a near tie, very rare) they are computed and decoded, so the labels never change.
  if (model_.knows_every_label()) {
    score(true);
    const double scale = static_cast<double>(n + 1) * 0x1p-40;
    if (decode_bilou_clearly(scores.data(), n, labels, 2 * scale, scale * (4.0 * static_cast<double>(n + 1) + 1)))
      return labels;
  }
  score(false);
  decode_bilou(scores.data(), n, labels);
  return labels;
}

std::vector<Span> SequenceTagger::tag(const TaggerSentence& sentence) const {
  if (model_.empty()) return {};
  return spans_of(labels(sentence));
}

}  // namespace kg::tagger
