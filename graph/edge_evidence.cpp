#include "graph/edge_evidence.h"

#include <stdexcept>
#include <string>

namespace kg {
namespace {

void put32(std::string& out, std::uint32_t v) {
  for (int i = 0; i < 4; ++i) out.push_back(static_cast<char>(v >> (8 * i)));
}

std::uint32_t get32(const std::string& in, std::size_t& at) {
  if (at + 4 > in.size()) throw std::logic_error("EdgeEvidence: a record cut short");
  std::uint32_t v = 0;
  for (int i = 0; i < 4; ++i) v |= std::uint32_t{static_cast<unsigned char>(in[at + i])} << (8 * i);
  at += 4;
  return v;
}

ByteRange get_range(const std::string& in, std::size_t& at) {
  ByteRange r;
  r.begin = get32(in, at);
  r.end = get32(in, at);
  return r;
}

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
