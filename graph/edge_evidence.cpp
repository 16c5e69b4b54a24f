#include "graph/edge_evidence.h"

#include <stdexcept>
#include <string>

#include "graph/record_bytes.h"

namespace kg {
namespace {

constexpr const char* kOwner = "EdgeEvidence";
using detail::put32;
std::uint32_t get32(const std::string& in, std::size_t& at) { return detail::get32(in, at, kOwner); }
ByteRange get_range(const std::string& in, std::size_t& at) { return detail::get_range(in, at, kOwner); }

}  // namespace

EdgeEvidence::EdgeEvidence(std::vector<std::pair<SharedText, SharedText>> documents)
    : documents_(std::move(documents)) {}

void EdgeEvidence::append(const std::vector<Entry>& entries) {
  std::string bytes;
  for (const auto& [e, doc] : entries) {
    put32(bytes, doc);
    put32(bytes, e.sentence);
    for (ByteRange r : {e.sentence_range, e.subject_range, e.object_range}) put32(bytes, r.begin), put32(bytes, r.end);
    put32(bytes, static_cast<std::uint32_t>(e.text.size()));  // "" once the texts went to graph/evidence_texts.h
    bytes += e.text.str();
  }
  file_.append(bytes);
  offsets_.push_back(offsets_.back() + bytes.size());
  counts_.push_back(static_cast<std::uint32_t>(entries.size()));
}

void EdgeEvidence::read(std::uint32_t edge, std::vector<Evidence>& out) const {
  thread_local std::string bytes;
  out.clear();
  file_.read(offsets_.at(edge), offsets_.at(edge + 1) - offsets_[edge], bytes);
  out.reserve(counts_[edge]);
  std::size_t at = 0;
  for (std::uint32_t i = 0; i < counts_[edge]; ++i) {
    const auto& [id, date] = documents_.at(get32(bytes, at));
    Evidence& e = out.emplace_back();
    e.doc = id;
    e.date = date;
    e.sentence = get32(bytes, at);
    e.sentence_range = get_range(bytes, at);
    e.subject_range = get_range(bytes, at);
    e.object_range = get_range(bytes, at);
    std::uint32_t size = get32(bytes, at);
    if (at + size > bytes.size()) throw std::logic_error("EdgeEvidence: a record cut short");
    if (size > 0) e.text = std::string_view(bytes).substr(at, size);
    at += size;
  }
}

}  // namespace kg
