#include "graph/fact_spill.h"

#include <stdexcept>
#include <string>

#include "graph/record_bytes.h"

namespace kg {
namespace {

constexpr const char* kOwner = "FactSpill";
using detail::put32;
std::uint32_t get32(const std::string& in, std::size_t& at) { return detail::get32(in, at, kOwner); }
ByteRange get_range(const std::string& in, std::size_t& at) { return detail::get_range(in, at, kOwner); }

}  // namespace

FactSpill::Place FactSpill::add(std::vector<detail::CompactFact>& facts) {
  std::string bytes;
  bytes.reserve(facts.size() * 44);
  for (const auto& f : facts) {
    put32(bytes, f.subject);
    put32(bytes, f.object);
    put32(bytes, static_cast<std::uint32_t>(f.relation));
    put32(bytes, f.title);
    put32(bytes, f.sentence);
    for (ByteRange r : {f.sentence_range, f.subject_range, f.object_range}) put32(bytes, r.begin), put32(bytes, r.end);
    put32(bytes, static_cast<std::uint32_t>(f.text.size()));
    bytes += f.text.str();
    has_texts_ |= !f.text.empty();
  }
  Place place;
  place.count = static_cast<std::uint32_t>(facts.size());
  place.size = bytes.size();
  place.offset = bytes.empty() ? file_.size() : file_.append(bytes);
  std::vector<detail::CompactFact>().swap(facts);
  return place;
}

std::vector<detail::CompactFact> FactSpill::load(const Place& place) const {
  thread_local std::string bytes;
  std::vector<detail::CompactFact> facts;
  if (place.count == 0) return facts;
  file_.read(place.offset, place.size, bytes);
  facts.reserve(place.count);
  std::size_t at = 0;
  for (std::uint32_t i = 0; i < place.count; ++i) {
    detail::CompactFact& f = facts.emplace_back();
    f.subject = get32(bytes, at);
    f.object = get32(bytes, at);
    f.relation = static_cast<Relation>(get32(bytes, at));
    f.title = get32(bytes, at);
    f.sentence = get32(bytes, at);
    f.sentence_range = get_range(bytes, at);
    f.subject_range = get_range(bytes, at);
    f.object_range = get_range(bytes, at);
    const std::uint32_t size = get32(bytes, at);
    if (at + size > bytes.size()) throw std::logic_error("FactSpill: a record cut short");
    if (size > 0) f.text = std::string_view(bytes).substr(at, size);
    at += size;
  }
  if (at != bytes.size()) throw std::logic_error("FactSpill: facts read back do not match");
  return facts;
}

}  // namespace kg
