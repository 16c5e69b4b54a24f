#pragma once
// KnowledgeGraph: resolved entities as nodes, typed facts as edges, each edge carrying all
// the evidence that supports it. Boost.Graph stays behind this class: callers see stable
// integer ids (nodes and edges are never removed), never descriptors.
//
// Thread safety: const member functions may be called concurrently; mutation is not
// synchronised.
#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

#include "extract/entity_type.h"
#include "extract/provenance.h"
#include "extract/relation.h"

namespace kg {

class EdgeEvidence;   // graph/edge_evidence.h
class EvidenceTexts;  // graph/evidence_texts.h

using NodeId = std::uint32_t;
using EdgeId = std::uint32_t;

struct EntityNode {
  std::string label;                 // the spelling the texts use most
  EntityType type = EntityType::Person;
  std::vector<std::string> aliases;  // every other surface form, sorted, without label
  std::uint32_t mentions = 0;
  std::vector<std::string> documents;  // ids of documents that mention it, sorted
  std::string country;               // ISO 3166 alpha-2 code when the entity belongs to one
  std::vector<std::string> titles;   // for persons: titles as written, sorted
};

struct FactEdge {
  Relation relation = Relation::MetWith;
  std::string title;                // for holds_position: the title as first stated
  std::vector<Evidence> evidence;   // sorted, no duplicates
  double weight() const { return static_cast<double>(evidence.size()); }
};

/// A document that contributed to the graph.
struct DocumentInfo {
  std::string id;
  std::string date;
  std::string source;
  std::string url;
  std::uint32_t sentences = 0;
  friend bool operator==(const DocumentInfo&, const DocumentInfo&) = default;
};

class KnowledgeGraph {
 public:
  KnowledgeGraph();
  ~KnowledgeGraph();
  KnowledgeGraph(KnowledgeGraph&&) noexcept;
  KnowledgeGraph& operator=(KnowledgeGraph&&) noexcept;
  KnowledgeGraph(const KnowledgeGraph&) = delete;
  KnowledgeGraph& operator=(const KnowledgeGraph&) = delete;

  /// Adds a node; ids are assigned 0, 1, 2, ... in call order.
  NodeId add_entity(EntityNode node);
  /// Adds evidence for (source, relation, target), creating the edge on first use. For a
  /// symmetric relation the pair is stored with the smaller node id as source. Evidence
  /// equal to evidence already held is ignored. Returns the edge id.
  EdgeId add_fact(NodeId source, NodeId target, Relation relation, std::string_view title,
                  Evidence evidence);
  /// add_fact without the evidence: the edge is created (or found) and its title set as
  /// add_fact does. `swapped` tells whether a symmetric relation's ends were swapped (the
  /// evidence's subject and object ranges are swapped with them).
  EdgeId add_edge(NodeId source, NodeId target, Relation relation, std::string_view title, bool& swapped);
  void add_document(DocumentInfo doc);
  /// Makes room for `edges` edges in all, so that bulk loads do not regrow the edge index.
  void reserve_edges(std::size_t edges);

  std::size_t node_count() const;
  std::size_t edge_count() const;
  const EntityNode& node(NodeId id) const;
  /// The edge with its evidence. When the evidence was moved out of memory
  /// (set_edge_evidence), it is read back into a buffer of this thread, valid until the
  /// next edge() call on this thread: hold one edge at a time.
  const FactEdge& edge(EdgeId id) const;
  /// edge(id).evidence.size(), without reading the evidence.
  std::size_t evidence_count(EdgeId id) const;
  /// edge(id).relation, without reading the evidence.
  Relation relation(EdgeId id) const;
  NodeId source(EdgeId id) const;
  NodeId target(EdgeId id) const;
  /// Edges leaving / entering `id`, in creation order.
  std::vector<EdgeId> out_edges(NodeId id) const;
  std::vector<EdgeId> in_edges(NodeId id) const;
  const std::vector<DocumentInfo>& documents() const;

  /// Every edge's evidence, moved out of memory by cluster assembly (graph/edge_evidence.h;
  /// its edges are this graph's, and theirs in memory have none). No add_fact afterwards.
  void set_edge_evidence(std::shared_ptr<const EdgeEvidence> evidence);

  /// The graph's evidence sentences when a build moved them out of memory (the evidence
  /// then has no `text`): writers ask evidence_text() instead of reading `text`.
  void set_evidence_texts(std::shared_ptr<const EvidenceTexts> texts);
  /// The sentence of `e`: its `text`, or the one read back from the evidence texts, valid
  /// until the next call on this thread. Thread-safe.
  std::string_view evidence_text(const Evidence& e) const;

  /// Nodes whose label or alias equals `name` after folding case, diacritics and
  /// look-alike letters (see extract/name_key.h). Sorted by id.
  std::vector<NodeId> find(std::string_view name) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace kg
