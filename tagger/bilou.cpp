#include "tagger/bilou.h"

#include <array>
#include <limits>
#include <vector>

namespace kg::tagger {
namespace {

enum Part { kB = 0, kI = 1, kL = 2, kU = 3 };
int type_of(int label) { return (label - 1) / 4; }
int part_of(int label) { return (label - 1) % 4; }
bool opens(int label) { return label == 0 || part_of(label) == kL || part_of(label) == kU; }  // may follow: anything starting

// May `next` follow `prev`? After O, L or U comes O, B or U; after B or I comes I or L of its type.
bool may_follow(int prev, int next) {
  if (opens(prev)) return next == 0 || part_of(next) == kB || part_of(next) == kU;
  return next != 0 && type_of(next) == type_of(prev) && (part_of(next) == kI || part_of(next) == kL);
}
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
  const std::size_t n = scores.size();
  if (n == 0) return {};
  constexpr double kNone = -std::numeric_limits<double>::infinity();
  std::vector<std::array<double, kLabels>> best(n);
  std::vector<std::array<int, kLabels>> from(n);
  for (int l = 0; l < kLabels; ++l) best[0][l] = may_start(l) ? scores[0][static_cast<std::size_t>(l)] : kNone;
  // The labels each label may follow, in increasing order, computed once.
  static const auto predecessors = [] {
    std::array<std::vector<int>, kLabels> p;
    for (int l = 0; l < kLabels; ++l)
      for (int q = 0; q < kLabels; ++q)
        if (may_follow(q, l)) p[static_cast<std::size_t>(l)].push_back(q);
    return p;
  }();
  for (std::size_t i = 1; i < n; ++i)
    for (int l = 0; l < kLabels; ++l) {
      double top = kNone;
      int arg = 0;
      for (int p : predecessors[static_cast<std::size_t>(l)])
        if (best[i - 1][p] > top) top = best[i - 1][p], arg = p;
      best[i][l] = top == kNone ? kNone : top + scores[i][static_cast<std::size_t>(l)];
      from[i][l] = arg;
    }
  int last = 0;
  for (int l = 0; l < kLabels; ++l)
    if (may_end(l) && best[n - 1][l] > best[n - 1][last]) last = l;
  std::vector<int> labels(n);
  labels[n - 1] = last;
  for (std::size_t i = n - 1; i > 0; --i) labels[i - 1] = from[i][labels[i]];
  return labels;
}

}  // namespace kg::tagger
