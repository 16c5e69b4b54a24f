#pragma once
// The reduce step: merges per-document extractions into one graph with one node per real
// entity. Deterministic: the result depends only on the set of extractions, not on their
// order or on how many threads produced them.
#include <functional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "extract/document_extraction.h"
#include "graph/compact_document.h"
#include "graph/knowledge_graph.h"

namespace kg {

/// Why two surface forms ended up in one node ("look-alike letters", "typo", "surname", ...).
struct MergeRecord {
  std::string node;    // the resulting node's label
  std::string form;    // the form merged into it
  std::string reason;
};

struct ResolveResult {
  KnowledgeGraph graph;
  std::vector<MergeRecord> merges;
};

/// All extractions at once; GraphBuilder (graph/graph_builder.h) takes them one at a time.
ResolveResult build_graph(std::vector<DocumentExtraction> extractions);

namespace detail {

/// What clustering reads of one document-local entity: views into a CompactEntity, or into
/// the few fields a distributed build sends of it (cli/distributed_resolution.h).
struct EntityKeys {
  EntityType type = EntityType::Person;
  std::string_view name, name_key, key, date;
  const std::vector<std::string>* form_keys = nullptr;  // the folded forms as written (none for a name built)
};
EntityKeys keys_of(const CompactEntity& entity);

/// Which items (entities in the order of their documents sorted by id, each document's in
/// its own order) are one real entity. Clusters are ordered by their first item, each
/// cluster's items ascending; `merges` lists why forms were joined, in the order it happened.
struct Clustering {
  std::vector<std::vector<std::size_t>> clusters;
  std::vector<MergeRecord> merges;
};
Clustering cluster_entities(const std::vector<EntityKeys>& items);
/// The same clusters, with item i's keys made on demand by item(i), i < count (views that
/// stay valid while clustering runs): no list of 80 bytes an item, for keys held interned
/// (graph/entity_spill.h, cli/distributed_key_table.h).
Clustering cluster_entities(std::size_t count, const std::function<EntityKeys(std::size_t)>& item);

/// Where the entities of documents are when they are not in the documents themselves
/// (graph/entity_spill.h): `keys(d, items)` appends what clustering reads of docs[d]'s
/// entities, `load(d)` gives them; d is the document's index as given to resolve().
/// `facts(d)`, when set, gives docs[d]'s facts, which are then not in docs[d] either
/// (graph/fact_spill.h; their sentence texts moved out, graph/evidence_texts.h).
struct EntitySource {
  std::function<void(std::size_t, std::vector<EntityKeys>&)> keys;
  std::function<std::vector<CompactEntity>(std::size_t)> load;
  std::function<std::vector<CompactFact>(std::size_t)> facts;
  std::size_t count = 0;  // the entities of all documents, when known (0: not told)
  /// When set, clustering reads keys through these instead of keys(): docs[d]'s entities
  /// are key numbers [span(d).first, span(d).first + span(d).second) of key(n), and
  /// release_keys() (when set) is called once they are no longer needed.
  std::function<std::pair<std::size_t, std::size_t>(std::size_t)> span;
  std::function<EntityKeys(std::size_t)> key;
  std::function<void()> release_keys;
};

/// The reduce step proper, on compacted documents in any order; `evidence_on_disk`: the
/// edges' evidence goes to a temp file (detail::assemble); `entities`: the documents'
/// entities are there, not in `docs`.
ResolveResult resolve(std::vector<CompactDocument> docs, bool evidence_on_disk = false,
                      const EntitySource* entities = nullptr);
}  // namespace detail

}  // namespace kg
