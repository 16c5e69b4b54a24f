#include "graph/fact_spill.h"

#include <stdexcept>
#include <string>

namespace kg {
namespace {

void put32(std::string& out, std::uint32_t v) {
  for (int i = 0; i < 4; ++i) out.push_back(static_cast<char>(v >> (8 * i)));
}

std::uint32_t get32(const std::string& in, std::size_t& at) {
  if (at + 4 > in.size()) throw std::logic_error("FactSpill: a record cut short");
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
