#include "tagger/linear_model.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstring>
#include <ostream>
#include <stdexcept>

#include "tagger/bilou.h"
#include "tagger/token_features.h"

namespace kg::tagger {
namespace {

constexpr std::string_view kMagic = "kgraph-tagger-model 1";
constexpr double kUnknownLabel = -1e9;
constexpr std::size_t kDenseRow = 4;  // rows with this many weights or more are stored dense

[[noreturn]] void fail(const std::string& name, std::size_t line, const std::string& what) {
  throw std::runtime_error(name + ":" + std::to_string(line) + ": " + what);
}

std::string_view next_line(std::string_view text, std::size_t& pos) {
  std::size_t end = text.find('\n', pos);
  if (end == std::string_view::npos) end = text.size();
  std::string_view line = text.substr(pos, end - pos);
  pos = end < text.size() ? end + 1 : end;
  return line;
}

std::vector<std::string_view> split(std::string_view s, char sep) {
  std::vector<std::string_view> parts;
  std::size_t start = 0;
  for (std::size_t i = 0; i <= s.size(); ++i)
    if (i == s.size() || s[i] == sep) {
      if (i > start) parts.push_back(s.substr(start, i - start));
      start = i + 1;
    }
  return parts;
}

}  // namespace

LinearModel::LinearModel(int labels, std::vector<bool> known, std::vector<std::pair<std::string, Row>> rows)
    : labels_(labels), known_(std::move(known)), rows_(std::move(rows)) {
  std::sort(rows_.begin(), rows_.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  build_index();
}

void LinearModel::build_index() {
  if (labels_ < 0 || static_cast<std::size_t>(labels_) > kStride || known_.size() != static_cast<std::size_t>(labels_))
    throw std::runtime_error("tagger model: " + std::to_string(labels_) + " labels");
  known_labels_.clear();
  for (int l = 0; l < labels_; ++l)
    if (known_[static_cast<std::size_t>(l)]) known_labels_.push_back(l);
  std::size_t capacity = 16;
  while (capacity < 2 * rows_.size()) capacity *= 2;
  slots_.assign(capacity, Slot{});
  sparse_.clear();
  dense_.clear();
  mask_ = capacity - 1;
  for (const auto& [feature, row] : rows_) {
    const std::uint64_t h = feature_hash(feature);  // never 0, which marks an empty slot
    std::uint64_t slot = h & mask_;
    while (slots_[slot].hash != 0) {
      if (slots_[slot].hash == h) throw std::runtime_error("tagger model: two features share a hash ('" + feature + "')");
      slot = (slot + 1) & mask_;
    }
    Slot& s = slots_[slot];
    s.hash = h;
    s.dense = row.size() >= kDenseRow;
    if (s.dense) {
      s.begin = static_cast<std::uint32_t>(dense_.size());
      dense_.resize(dense_.size() + kStride, 0.0);
      for (auto [label, weight] : row) dense_[s.begin + label] = static_cast<double>(weight);
    } else {
      s.begin = static_cast<std::uint32_t>(sparse_.size());
      s.count = static_cast<std::uint16_t>(row.size());
      for (auto [label, weight] : row) sparse_.push_back({weight, label});
    }
  }
  constants_.assign(kConstantFeatures, Slot{});
  for (std::uint64_t id = 0; id < kConstantFeatures; ++id)
    if (const std::uint64_t h = constant_feature_hash(id); h != 0)
      for (std::uint64_t slot = h & mask_; slots_[slot].hash != 0; slot = (slot + 1) & mask_)
        if (slots_[slot].hash == h) {
          constants_[id] = slots_[slot];
          break;
        }
}

LinearModel LinearModel::parse(std::string_view text, const std::string& name) {
  std::size_t pos = 0, line_no = 1;
  if (next_line(text, pos) != kMagic) fail(name, 1, "not a kgraph tagger model (expected '" + std::string(kMagic) + "')");
  ++line_no;
  auto labels = split(next_line(text, pos), ' ');
  if (labels.empty() || labels[0] != "labels") fail(name, line_no, "expected 'labels ...'");
  std::vector<bool> known(kLabels, false);
  for (std::size_t i = 1; i < labels.size(); ++i) {
    int l = label_of(labels[i]);
    if (l < 0) fail(name, line_no, "unknown label '" + std::string(labels[i]) + "'");
    known[static_cast<std::size_t>(l)] = true;
  }
  std::vector<std::pair<std::string, Row>> rows;
  while (pos < text.size()) {
    ++line_no;
    std::string_view line = next_line(text, pos);
    std::size_t tab = line.find('\t');
    if (tab == std::string_view::npos || tab == 0) fail(name, line_no, "expected 'FEATURE<TAB>LABEL:WEIGHT ...'");
    Row row;
    std::string_view cells = line.substr(tab + 1);
    for (std::size_t start = 0, end = 0; start < cells.size(); start = end + 1) {  // cells split at ' ', none built
      end = std::min(cells.find(' ', start), cells.size());
      if (end == start) continue;
      const std::string_view cell = cells.substr(start, end - start);
      std::size_t colon = cell.find(':');
      unsigned label = 0;
      double weight = 0;
      if (colon == std::string_view::npos ||
          std::from_chars(cell.data(), cell.data() + colon, label).ec != std::errc() ||
          std::from_chars(cell.data() + colon + 1, cell.data() + cell.size(), weight).ec != std::errc() ||
          label >= static_cast<unsigned>(kLabels) || !std::isfinite(weight))
        fail(name, line_no, "bad weight '" + std::string(cell) + "'");
      row.emplace_back(static_cast<std::uint8_t>(label), static_cast<float>(weight));
    }
    if (!rows.empty() && rows.back().first >= line.substr(0, tab)) fail(name, line_no, "features out of order");
    rows.emplace_back(std::string(line.substr(0, tab)), std::move(row));
  }
  LinearModel m;
  m.labels_ = kLabels;
  m.known_ = std::move(known);
  m.rows_ = std::move(rows);
  m.build_index();
  return m;
}

void LinearModel::write(std::ostream& out) const {
  out << kMagic << "\nlabels";
  for (int l = 0; l < labels_; ++l)
    if (known_[static_cast<std::size_t>(l)]) out << ' ' << label_name(l);
  out << '\n';
  char buf[64];
  for (const auto& [feature, row] : rows_) {
    out << feature << '\t';
    bool first = true;
    for (auto [label, weight] : row) {
      auto r = std::to_chars(buf, buf + sizeof buf, weight, std::chars_format::general, 6);
      out << (first ? "" : " ") << static_cast<unsigned>(label) << ':' << std::string_view(buf, static_cast<std::size_t>(r.ptr - buf));
      first = false;
    }
    out << '\n';
  }
}

void LinearModel::scores(const std::vector<std::string>& features, std::vector<double>& out) const {
  std::vector<std::uint64_t> hashes;
  hashes.reserve(features.size());
  for (const auto& f : features) hashes.push_back(feature_hash(f));
  scores(hashes, out);
}

void LinearModel::scores(const std::vector<std::uint64_t>& feature_hashes, std::vector<double>& out) const {
  out.resize(static_cast<std::size_t>(labels_));
  scores(feature_hashes.data(), feature_hashes.size(), out.data());
}

void LinearModel::scores(const std::uint64_t* hashes, std::size_t count, double* out) const {
  sum(hashes, count, out, false);
  normalize(out);
}

void LinearModel::shifted_scores(const std::uint64_t* hashes, std::size_t count, double* out) const {
  sum(hashes, count, out, true);
}

// Each label's weights are added in the order of the features, so the sums (and the decoded
// labels) do not depend on how the index is laid out: a dense row adds 0.0 to the labels it has no
// weight for, which leaves a sum as it was (sums start at +0.0 and never become -0.0). The loop
// is compiled twice, for SSE2 (the x86-64 baseline) and for AVX2 where the processor has it: each
// label's sum is the same sequence of double additions at any vector width (no FMA: only adds),
// so both give the same bits; AVX2 adds a dense row (doubles) in 6 additions, not 12.
namespace {

// The lookups and additions of sum(), inlined into each variant below. Slot and Weight are
// LinearModel's (deduced, so not named here).
// A constant feature's number (below kConstantFeatures) reads its slot from `constants`, found
// at load; a hash is probed for.
template <std::size_t Stride, class Slot, class Weight>
[[gnu::always_inline]] inline void add_rows(const Slot* slots, const Slot* constants, std::uint64_t mask,
                                            const Weight* sparse, const double* dense, const std::uint64_t* hashes,
                                            std::size_t count, double* total) {
  for (std::size_t f = 0; f < count; ++f) __builtin_prefetch(&slots[hashes[f] & mask]);  // the lookups' cache misses overlap
  for (std::size_t f = 0; f < count; ++f) {
    const std::uint64_t h = hashes[f];
    const Slot* s = nullptr;
    if (h < kConstantFeatures) {
      if (constants[h].hash == 0) continue;
      s = &constants[h];
    } else {
      for (std::uint64_t slot = h & mask; slots[slot].hash != 0; slot = (slot + 1) & mask)
        if (slots[slot].hash == h) {
          s = &slots[slot];
          break;
        }
      if (s == nullptr) continue;
    }
    if (s->dense) {
      const double* row = dense + s->begin;
      for (std::size_t l = 0; l < Stride; ++l) total[l] += row[l];
    } else {
      for (const Weight* w = sparse + s->begin; w != sparse + s->begin + s->count; ++w)
        total[w->label] += static_cast<double>(w->value);
    }
  }
}

#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
bool has_avx2() {
  static const bool yes = [] {
    __builtin_cpu_init();
    return __builtin_cpu_supports("avx2") != 0;
  }();
  return yes;
}
#endif

// out[l] = total[l] (less the maximum with `shift`) for l < labels <= Labels.
template <std::size_t Labels>
[[gnu::always_inline]] inline void finish(const double* total, double* out, bool shift, int labels = static_cast<int>(Labels)) {
  const auto n = static_cast<std::size_t>(labels);
  double top = kUnknownLabel;
  if (shift)
    for (std::size_t l = 0; l < Labels && l < n; ++l) top = std::max(top, total[l]);
  else
    top = 0.0;  // x - (+0.0) is x for every x, -0.0 included
  for (std::size_t l = 0; l < Labels && l < n; ++l) out[l] = total[l] - top;
}

// finish<kLabels> in pairs of doubles (one SSE2 register each): the maximum of doubles that are
// never NaN or -0.0 is the same whatever the order it is taken in, and each difference is the
// one the scalar loop computes.
using Pair = double __attribute__((vector_size(16)));
static_assert(kLabels == 21);
[[gnu::always_inline]] inline void finish_labels(const double* total, double* out, bool shift) {
  Pair v[10];
  for (int k = 0; k < 10; ++k) std::memcpy(&v[k], total + 2 * k, sizeof(Pair));
  double top = 0.0;  // x - (+0.0) is x for every x, -0.0 included
  if (shift) {
    Pair a = v[0] > v[1] ? v[0] : v[1], b = v[2] > v[3] ? v[2] : v[3];
    for (int k = 4; k < 10; k += 2) a = a > v[k] ? a : v[k], b = b > v[k + 1] ? b : v[k + 1];
    a = a > b ? a : b;
    top = std::max(std::max(kUnknownLabel, total[20]), std::max(a[0], a[1]));
  }
  for (int k = 0; k < 10; ++k) {
    const Pair r = v[k] - top;
    std::memcpy(out + 2 * k, &r, sizeof(Pair));
  }
  out[20] = total[20] - top;
}

// The sums of the rows of hashes[0, count) into out[0, labels), less their maximum with `shift`
// (every label is known then). A parsed model has all kLabels labels: with that bound known,
// they are taken 2 at a time.
template <std::size_t Stride, class Slot, class Weight>
[[gnu::always_inline]] inline void sum_rows(const Slot* slots, const Slot* constants, std::uint64_t mask,
                                            const Weight* sparse, const double* dense, const std::uint64_t* hashes,
                                            std::size_t count, double* out, bool shift, int labels) {
  alignas(32) double total[Stride] = {};
  add_rows<Stride>(slots, constants, mask, sparse, dense, hashes, count, total);
  if (labels == kLabels) finish_labels(total, out, shift);
  else finish<Stride>(total, out, shift, labels);
}

#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
template <std::size_t Stride, class... Args>
[[gnu::target("avx2")]] void sum_rows_avx2(Args... args) {
  sum_rows<Stride>(args...);
}
#endif

}  // namespace

void LinearModel::sum(const std::uint64_t* hashes, std::size_t count, double* out, bool shift) const {
  if (slots_.empty()) count = 0;
#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
  if (has_avx2()) {
    sum_rows_avx2<kStride>(slots_.data(), constants_.data(), mask_, sparse_.data(), dense_.data(), hashes, count, out,
                           shift, labels_);
    return;
  }
#endif
  sum_rows<kStride>(slots_.data(), constants_.data(), mask_, sparse_.data(), dense_.data(), hashes, count, out, shift,
                    labels_);
}

double LinearModel::top(const double* sums) const {
  double t = kUnknownLabel;
  for (int l : known_labels_) t = std::max(t, sums[l]);
  return t;
}

void LinearModel::normalize(double* out) const {
  const double t = top(out);
  double total = 0;
  for (int l : known_labels_) total += std::exp(out[l] - t);
  double log_sum = t + std::log(total);
  for (int l = 0; l < labels_; ++l)
    out[l] = known_[static_cast<std::size_t>(l)] ? out[l] - log_sum : kUnknownLabel;
}

}  // namespace kg::tagger
