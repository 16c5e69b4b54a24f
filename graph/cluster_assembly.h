#pragma once
// Builds graph nodes and edges from clusters of document-local entities (the last part of
// build_graph). Node order is canonical (type, label, first document), so the bytes written
// later depend only on the set of documents.
//
// The parts are exposed for a distributed build (cli/distributed_build.h), whose ranks each
// hold some of the documents: a node is a pure function of a NodeParts that any split of its
// members' NodeParts merges into, and facts are ordered by a key that needs only their own
// document, so ranks can prepare both and one rank finish them with the same result.
#include <cstddef>
#include <cstdint>
#include <functional>
#include <map>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "graph/compact_document.h"
#include "graph/knowledge_graph.h"

namespace kg::detail {

using Cluster = std::vector<std::pair<std::size_t, std::size_t>>;  // (document, entity) pairs

/// Adds every document, node and fact to `graph`. Frees each document's entities once they
/// are counted into their nodes (the facts stay): `docs` has no entities afterwards. With
/// `evidence_on_disk` the edges' evidence goes to a temp file (graph/edge_evidence.h,
/// KnowledgeGraph::set_edge_evidence): the same graph, read back one edge at a time. With
/// `load_entities`, docs[d]'s entities are load_entities(d), not docs[d].entities. With
/// `load_facts` (and `evidence_on_disk`), docs[d]'s facts are load_facts(d), read once each
/// and put in graph order on disk (graph/fact_order.h: document ids unique and ascending).
void assemble(std::vector<CompactDocument>& docs, std::vector<Cluster> clusters, KnowledgeGraph& graph,
              bool evidence_on_disk = false,
              const std::function<std::vector<CompactEntity>(std::size_t)>& load_entities = nullptr,
              const std::function<std::vector<CompactFact>(std::size_t)>& load_facts = nullptr);

/// What a node is made of, summed over some of its cluster's members: merge() of the parts
/// of any split of the members equals the part of all of them.
struct NodeParts {
  static constexpr std::uint64_t kNoItem = UINT64_MAX;
  std::uint64_t first_item = kNoItem;  // the member first in item order: its type, key, country
  EntityType type = EntityType::Person;
  std::string first_key, first_country;
  std::uint32_t mentions = 0;
  std::set<std::string> documents, forms, references;
  std::map<std::string, std::size_t> countries;
  std::map<std::string, std::map<std::string, std::size_t>> form_weights;  // by folded key

  /// `entity`, of document `doc_id`, is item number `item` of the whole corpus.
  void add(std::uint64_t item, const CompactEntity& entity, const std::string& doc_id);
  /// What add() does but the document: for a caller that lists the documents itself and
  /// fills `documents` before finish().
  void add_entity(std::uint64_t item, const CompactEntity& entity);
  void merge(NodeParts other);
  /// The node (without its titles, which come from the facts).
  EntityNode finish() const;
};

/// A finished node waiting for its id: nodes are ordered by (type, label, first document, cluster).
struct PendingNode {
  EntityNode node;
  std::string first_doc;
  std::size_t cluster = 0;
};
/// Sorts `nodes` into graph order and returns each cluster's node id.
std::vector<NodeId> order_nodes(std::vector<PendingNode>& nodes);

/// One fact between two different nodes, pointing into its document.
struct FactRef {
  NodeId s, o;
  Relation r;
  const CompactDocument* doc;
  const CompactFact* f;
};
/// The facts of `docs` between nodes (`node_of(d, e)`: the node of entity e of docs[d]), in
/// graph order, and the titles they give each node (holds_position facts).
std::vector<FactRef> order_facts(const std::vector<CompactDocument>& docs,
                                 const std::function<NodeId(std::size_t, std::uint32_t)>& node_of,
                                 std::map<NodeId, std::set<std::string>>& titles);
/// Graph order of facts: (source, relation, target, evidence, title), Evidence's own order.
bool fact_before(const FactRef& a, const FactRef& b);

/// Replaces Cyrillic and Greek letters that look like Latin ones inside words that are
/// otherwise Latin ("Schаich" with Cyrillic а -> "Schaich"). Other text is returned unchanged.
std::string repair_lookalikes(const std::string& name);

}  // namespace kg::detail
