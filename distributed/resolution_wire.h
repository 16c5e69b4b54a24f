#pragma once
// The messages of the distributed resolution (cli/distributed_resolution.h), in the byte
// format of distributed/wire_buffer.h:
// - a document's header: its sentence count and, per entity, the fields clustering reads
//   (graph/resolver.h EntityKeys), not its forms, references or facts;
// - the NodeParts (graph/cluster_assembly.h) of the clusters a rank holds members of;
// - a rank's facts in graph order, node ids and evidence without its sentence text;
// - the sentence texts a rank's documents cite, a document at a time, which rank 0 keeps in a
//   temp file (graph/evidence_texts.h) as one process does.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "distributed/wire_buffer.h"
#include "graph/cluster_assembly.h"
#include "graph/resolver.h"

namespace kg::distributed {

/// What the resolving rank keeps of an entity of another rank.
struct EntityKeyFields {
  EntityType type = EntityType::Person;
  std::string name, name_key, key, date;
  std::vector<std::string> form_keys;  // as detail::keys_of sees them (none for a name built)
  detail::EntityKeys view() const { return {type, name, name_key, key, date, &form_keys}; }
};

void write_entity_keys(WireWriter& out, const detail::CompactDocument& doc);
std::vector<EntityKeyFields> read_entity_keys(WireReader& in);

void write_node_parts(WireWriter& out, std::uint64_t cluster, const detail::NodeParts& parts);
/// Returns the cluster; fills `parts`.
std::uint64_t read_node_parts(WireReader& in, detail::NodeParts& parts);

/// One fact of a rank's stream (already in graph order), without its sentence text: its
/// document's corpus number stands for the document's id and date.
struct WireFact {
  NodeId s = 0, o = 0;
  Relation r = Relation::MetWith;
  std::string_view title;
  std::uint64_t document = 0;
  std::uint32_t sentence = 0;
  ByteRange sentence_range, subject_range, object_range;
};
void write_fact(WireWriter& out, const WireFact& fact);

/// One fact as the resolving rank adds it to the graph.
struct StreamFact {
  NodeId s = 0, o = 0;
  Relation r = Relation::MetWith;
  std::string title;
  Evidence evidence;
  std::uint64_t document = 0;  // the corpus number of evidence.doc
  /// Graph order (graph/cluster_assembly.h fact_before): source, relation, target, evidence, title.
  friend bool operator<(const StreamFact& a, const StreamFact& b) {
    return std::tie(a.s, a.r, a.o, a.evidence, a.title) < std::tie(b.s, b.r, b.o, b.evidence, b.title);
  }
};

/// Reads one; `document_texts[g]` is the (id, date) of corpus document g. Its text is empty.
StreamFact read_fact(WireReader& in, const std::vector<std::pair<SharedText, SharedText>>& document_texts);

/// The sentence texts `doc`'s facts cite, each once: its id, then (sentence, text) pairs.
void write_cited_sentences(WireWriter& out, const detail::CompactDocument& doc);
/// Reads them into a document that holds its id and one fact per sentence with its text, what
/// EvidenceTexts::spill reads.
detail::CompactDocument read_cited_sentences(WireReader& in);

}  // namespace kg::distributed
