#include "tagger/bilou.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <vector>

namespace kg::tagger {
namespace {

enum Part { kB = 0, kI = 1, kL = 2, kU = 3 };
constexpr int type_of(int label) { return (label - 1) / 4; }
constexpr int part_of(int label) { return (label - 1) % 4; }
// After O, L or U (a label that "opens": anything may start after it) comes O, B or U; after B or
// I comes I or L of its type.
constexpr bool opens(int label) { return label == 0 || part_of(label) == kL || part_of(label) == kU; }
bool may_start(int label) { return label == 0 || part_of(label) == kB || part_of(label) == kU; }
bool may_end(int label) { return opens(label); }

constexpr std::array<std::string_view, kSpanTypes> kNames{"PERSON", "ORG", "GPE", "EVENT", "TITLE"};
constexpr std::array<char, 4> kParts{'B', 'I', 'L', 'U'};

}  // namespace

std::string_view span_type_name(SpanType type) { return kNames[static_cast<std::size_t>(type)]; }

std::string label_name(int label) {
  if (label <= 0 || label >= kLabels) return "O";
  std::string s(1, kParts[static_cast<std::size_t>(part_of(label))]);
  s += '-';
  s += kNames[static_cast<std::size_t>(type_of(label))];
  return s;
}

int label_of(std::string_view name) {
  for (int l = 0; l < kLabels; ++l)
    if (label_name(l) == name) return l;
  return -1;
}

std::vector<int> encode_bilou(const std::vector<Span>& spans, std::size_t tokens) {
  std::vector<int> labels(tokens, 0);
  std::vector<bool> taken(tokens, false);
  for (const Span& s : spans) {
    if (s.first >= s.last || s.last > tokens) continue;
    bool free = true;
    for (std::uint32_t i = s.first; i < s.last; ++i) free = free && !taken[i];
    if (!free) continue;
    int base = 1 + 4 * static_cast<int>(s.type);
    for (std::uint32_t i = s.first; i < s.last; ++i) {
      taken[i] = true;
      labels[i] = base + (s.last - s.first == 1 ? kU : i == s.first ? kB : i + 1 == s.last ? kL : kI);
    }
  }
  return labels;
}

std::vector<Span> spans_of(const std::vector<int>& labels) {
  std::vector<Span> spans;
  std::size_t start = 0;
  for (std::size_t i = 0; i < labels.size(); ++i) {
    int l = labels[i];
    if (l <= 0 || l >= kLabels) continue;
    auto type = static_cast<SpanType>(type_of(l));
    switch (part_of(l)) {
      case kU: spans.push_back({type, static_cast<std::uint32_t>(i), static_cast<std::uint32_t>(i + 1)}); break;
      case kB: start = i; break;
      case kL: spans.push_back({type, static_cast<std::uint32_t>(start), static_cast<std::uint32_t>(i + 1)}); break;
      default: break;
    }
  }
  return spans;
}

std::vector<int> decode_bilou(const std::vector<std::vector<double>>& scores) {
  std::vector<LabelScores> rows(scores.size());
  for (std::size_t i = 0; i < scores.size(); ++i)
    for (std::size_t l = 0; l < rows[i].size(); ++l) rows[i][l] = scores[i][l];
  std::vector<int> labels;
  decode_bilou(rows.data(), rows.size(), labels);
  return labels;
}

namespace {

constexpr double kNone = -std::numeric_limits<double>::infinity();
// The labels that close (O, L, U), increasing: exactly what O, B and U may follow.
constexpr auto kOpens = [] {
  std::array<int, 1 + 2 * kSpanTypes> o{};
  std::size_t k = 0;
  for (int l = 0; l < kLabels; ++l)
    if (opens(l)) o[k++] = l;
  return o;
}();

// Viterbi. O, B and U may follow exactly kOpens, I and L of a type exactly its B and I, so each
// token needs one maximum over kOpens and one per type. Maxima are taken in increasing label order
// with a strict >, so ties go to the lower label. Keeps every token's best scores in `kept` if given.
void viterbi(const LabelScores* scores, std::size_t n, std::vector<int>& labels, LabelScores* kept) {
  labels.resize(n);
  if (n == 0) return;
  // Per token: the predecessor of O, B and U (all the same), then of each type's I and L.
  thread_local std::vector<std::array<std::uint8_t, 1 + kSpanTypes>> from;
  if (from.size() < n) from.resize(n);
  // Each token's best scores go to kept[i], or to one of two rows: read and written in place,
  // never copied (a copy of scores just stored would wait for the stores).
  LabelScores rolling[2];
  auto row = [&](std::size_t i) -> LabelScores& { return kept ? kept[i] : rolling[i & 1]; };
  for (int l = 0; l < kLabels; ++l) row(0)[l] = may_start(l) ? scores[0][static_cast<std::size_t>(l)] : kNone;
  for (std::size_t i = 1; i < n; ++i) {
    const LabelScores& s = scores[i];
    const LabelScores& best = row(i - 1);
    LabelScores& next = row(i);
    auto& arg = from[i];
    // The maximum without a branch per label, then the first label that has it (the one a
    // strict > in increasing order keeps; label 0 when every one is -inf).
    double top = best[0];
    for (std::size_t k = 1; k < kOpens.size(); ++k) top = std::max(top, best[static_cast<std::size_t>(kOpens[k])]);
    std::size_t at = 0;
    while (best[static_cast<std::size_t>(kOpens[at])] != top) ++at;
    const int top_arg = kOpens[at];
    // -inf + a finite score is -inf: an unreachable label stays unreachable with no branch.
    auto set = [&](int l, double t) { next[l] = t + s[static_cast<std::size_t>(l)]; };
    arg[0] = static_cast<std::uint8_t>(top_arg);
    set(0, top);
    for (int t = 0; t < kSpanTypes; ++t) {
      const int b = 1 + 4 * t;  // B, I, L, U of type t at b, b + 1, b + 2, b + 3
      set(b, top);
      set(b + 3, top);
      // B, unless I is strictly better; 0 when both are -inf (as a strict > from -inf gives).
      const double inside = std::max(best[b], best[b + 1]);
      arg[static_cast<std::size_t>(1 + t)] =
          static_cast<std::uint8_t>(best[b + 1] > best[b] ? b + 1 : best[b] > kNone ? b : 0);
      set(b + 1, inside);
      set(b + 2, inside);
    }
  }
  const LabelScores& best = row(n - 1);
  int last = 0;
  for (int l = 0; l < kLabels; ++l)
    if (may_end(l) && best[l] > best[last]) last = l;
  labels[n - 1] = last;
  for (std::size_t i = n - 1; i > 0; --i) {
    const int l = labels[i];
    labels[i - 1] = from[i][may_start(l) ? 0 : static_cast<std::size_t>(1 + type_of(l))];
  }
}

// Did `winner` beat every other candidate of `best` by more than the slack?
template <class Candidates>
bool clear_win(const LabelScores& best, int winner, const Candidates& candidates, double relative, double absolute) {
  double runner_up = kNone;
  for (int c : candidates) runner_up = std::max(runner_up, c == winner ? kNone : best[static_cast<std::size_t>(c)]);
  const double w = best[static_cast<std::size_t>(winner)];
  return runner_up == kNone ? w != kNone : w - runner_up > relative * std::fabs(w) + absolute;
}

}  // namespace

void decode_bilou(const LabelScores* scores, std::size_t n, std::vector<int>& labels) {
  viterbi(scores, n, labels, nullptr);
}

bool decode_bilou_clearly(const LabelScores* scores, std::size_t n, std::vector<int>& labels, double relative,
                          double absolute) {
  thread_local std::vector<LabelScores> best;
  if (best.size() < n) best.resize(n);
  viterbi(scores, n, labels, best.data());
  if (n == 0) return true;
  static constexpr auto kEnds = kOpens;  // a sequence may end after exactly the labels that close
  if (!clear_win(best[n - 1], labels[n - 1], kEnds, relative, absolute)) return false;
  for (std::size_t i = n - 1; i > 0; --i) {
    const int l = labels[i], b = l == 0 ? 0 : 1 + 4 * type_of(l);
    const bool inside = l != 0 && (part_of(l) == kI || part_of(l) == kL);
    if (inside ? !clear_win(best[i - 1], labels[i - 1], std::array<int, 2>{b, b + 1}, relative, absolute)
               : !clear_win(best[i - 1], labels[i - 1], kOpens, relative, absolute))
      return false;
  }
  return true;
}

}  // namespace kg::tagger
