#include "tagger/linear_model.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <ostream>
#include <stdexcept>

#include "tagger/bilou.h"
#include "tagger/token_features.h"

namespace kg::tagger {
namespace {

constexpr std::string_view kMagic = "kgraph-tagger-model 1";
constexpr double kUnknownLabel = -1e9;

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
  std::size_t capacity = 16;
  while (capacity < 2 * rows_.size()) capacity *= 2;
  slots_.assign(capacity, Slot{});
  weights_.clear();
  mask_ = capacity - 1;
  for (const auto& [feature, row] : rows_) {
    std::uint64_t h = feature_hash(feature);
    if (h == 0) h = 1;  // 0 marks an empty slot
    std::uint64_t slot = h & mask_;
    while (slots_[slot].hash != 0) {
      if (slots_[slot].hash == h) throw std::runtime_error("tagger model: two features share a hash ('" + feature + "')");
      slot = (slot + 1) & mask_;
    }
    slots_[slot].hash = h;
    slots_[slot].begin = static_cast<std::uint32_t>(weights_.size());
    for (auto [label, weight] : row) weights_.push_back({weight, label});
    slots_[slot].end = static_cast<std::uint32_t>(weights_.size());
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
    for (std::string_view cell : split(line.substr(tab + 1), ' ')) {
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
  out.assign(static_cast<std::size_t>(labels_), 0.0);
  if (slots_.empty()) return normalize(out);
  for (std::uint64_t h : feature_hashes) {
    if (h == 0) h = 1;
    for (std::uint64_t slot = h & mask_; slots_[slot].hash != 0; slot = (slot + 1) & mask_)
      if (slots_[slot].hash == h) {
        for (std::uint32_t w = slots_[slot].begin; w < slots_[slot].end; ++w) out[weights_[w].label] += weights_[w].value;
        break;
      }
  }
  normalize(out);
}

void LinearModel::normalize(std::vector<double>& out) const {
  double top = kUnknownLabel;
  for (int l = 0; l < labels_; ++l)
    if (known_[static_cast<std::size_t>(l)]) top = std::max(top, out[static_cast<std::size_t>(l)]);
  double sum = 0;
  for (int l = 0; l < labels_; ++l)
    if (known_[static_cast<std::size_t>(l)]) sum += std::exp(out[static_cast<std::size_t>(l)] - top);
  double log_sum = top + std::log(sum);
  for (int l = 0; l < labels_; ++l)
    out[static_cast<std::size_t>(l)] = known_[static_cast<std::size_t>(l)] ? out[static_cast<std::size_t>(l)] - log_sum : kUnknownLabel;
}

}  // namespace kg::tagger
