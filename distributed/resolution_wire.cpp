#include "distributed/resolution_wire.h"

#include <map>
#include <stdexcept>

namespace kg::distributed {
namespace {

constexpr std::uint64_t kEntityTypes = static_cast<std::uint64_t>(EntityType::Event) + 1;
constexpr std::uint64_t kRelations = static_cast<std::uint64_t>(Relation::Chaired) + 1;

void write_strings(WireWriter& out, const std::set<std::string>& strings) {
  out.u64(strings.size());
  for (const auto& s : strings) out.str(s);
}
void read_strings(WireReader& in, std::set<std::string>& strings) {
  for (std::uint64_t n = in.u64(); n > 0; --n) strings.emplace_hint(strings.end(), in.str());
}
void write_counts(WireWriter& out, const std::map<std::string, std::size_t>& counts) {
  out.u64(counts.size());
  for (const auto& [s, n] : counts) out.str(s), out.u64(n);
}
void read_counts(WireReader& in, std::map<std::string, std::size_t>& counts) {
  for (std::uint64_t n = in.u64(); n > 0; --n) {
    std::string s(in.str());
    counts.emplace_hint(counts.end(), std::move(s), in.u64());
  }
}
std::uint64_t bounded(WireReader& in, std::uint64_t limit) {
  std::uint64_t v = in.u64();
  if (v >= limit) throw std::runtime_error("a message between MPI ranks holds an unknown entity type or relation");
  return v;
}
void write_range(WireWriter& out, ByteRange r) { out.u64(r.begin), out.u64(r.end); }
ByteRange read_range(WireReader& in) {
  ByteRange r;
  r.begin = in.u32();
  r.end = in.u32();
  return r;
}

}  // namespace

void write_entity_keys(WireWriter& out, const detail::CompactDocument& doc) {
  out.u64(doc.entities.size());
  for (const auto& e : doc.entities) {
    detail::EntityKeys keys = detail::keys_of(e);
    out.u64(static_cast<std::uint64_t>(e.type));
    for (std::string_view s : {keys.name, keys.name_key, keys.key, keys.date}) out.str(s);
    out.u64(keys.form_keys->size());
    for (const auto& k : *keys.form_keys) out.str(k);
  }
}

std::vector<EntityKeyFields> read_entity_keys(WireReader& in) {
  std::vector<EntityKeyFields> entities(in.u64());
  for (auto& e : entities) {
    e.type = static_cast<EntityType>(bounded(in, kEntityTypes));
    for (std::string* s : {&e.name, &e.name_key, &e.key, &e.date}) *s = in.str();
    e.form_keys.resize(in.u64());
    for (auto& k : e.form_keys) k = in.str();
  }
  return entities;
}

void write_node_parts(WireWriter& out, std::uint64_t cluster, const detail::NodeParts& p) {
  out.u64(cluster);
  out.u64(p.first_item);
  out.u64(static_cast<std::uint64_t>(p.type));
  out.str(p.first_key);
  out.str(p.first_country);
  out.u64(p.mentions);
  write_strings(out, p.documents);
  write_strings(out, p.forms);
  write_strings(out, p.references);
  write_counts(out, p.countries);
  out.u64(p.form_weights.size());
  for (const auto& [key, weights] : p.form_weights) out.str(key), write_counts(out, weights);
}

std::uint64_t read_node_parts(WireReader& in, detail::NodeParts& p) {
  std::uint64_t cluster = in.u64();
  p.first_item = in.u64();
  p.type = static_cast<EntityType>(bounded(in, kEntityTypes));
  p.first_key = in.str();
  p.first_country = in.str();
  p.mentions = in.u32();
  read_strings(in, p.documents);
  read_strings(in, p.forms);
  read_strings(in, p.references);
  read_counts(in, p.countries);
  for (std::uint64_t n = in.u64(); n > 0; --n) {
    std::string key(in.str());
    read_counts(in, p.form_weights[key]);
  }
  return cluster;
}

void write_fact(WireWriter& out, const WireFact& f) {
  out.u64(f.s);
  out.u64(f.o);
  out.u64(static_cast<std::uint64_t>(f.r));
  out.str(f.title);
  out.u64(f.document);
  out.u64(f.sentence);
  for (ByteRange r : {f.sentence_range, f.subject_range, f.object_range}) write_range(out, r);
}

StreamFact read_fact(WireReader& in, const std::vector<std::pair<SharedText, SharedText>>& docs) {
  StreamFact f;
  f.s = in.u32();
  f.o = in.u32();
  f.r = static_cast<Relation>(bounded(in, kRelations));
  f.title = in.str();
  std::uint64_t document = in.u64();
  if (document >= docs.size()) throw std::runtime_error("a message between MPI ranks names an unknown document");
  f.document = document;
  Evidence& e = f.evidence;
  e.doc = docs[document].first;
  e.date = docs[document].second;
  e.sentence = in.u32();
  e.sentence_range = read_range(in);
  e.subject_range = read_range(in);
  e.object_range = read_range(in);
  return f;
}

void write_cited_sentences(WireWriter& out, const detail::CompactDocument& doc) {
  std::map<std::uint32_t, const SharedText*> sentences;
  for (const auto& f : doc.facts)
    if (!f.text.empty()) sentences.emplace(f.sentence, &f.text);
  out.str(doc.info.id);
  out.u64(sentences.size());
  for (const auto& [sentence, text] : sentences) out.u64(sentence), out.str(text->str());
}

detail::CompactDocument read_cited_sentences(WireReader& in) {
  detail::CompactDocument doc;
  doc.info.id = in.str();
  for (std::uint64_t n = in.u64(); n > 0; --n) {
    auto& f = doc.facts.emplace_back();
    f.sentence = in.u32();
    f.text = SharedText(in.str());
  }
  return doc;
}

}  // namespace kg::distributed
