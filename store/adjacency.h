#pragma once
// The store's prebuilt adjacency (table `adjacency`): for each node, every fact touching it
// as one packed blob, so a path query reads the whole graph's shape in one pass over a
// table instead of one row per fact.
//
// An arc is 16 bytes, four little-endian uint32: neighbour node id, relation (edge) id,
// evidence count, flags (bits 0-7: the relation as numbered in extract/relation.h, 0 =
// holds_position ... 6 = chaired; bit 8: this node is the fact's source). A node's arcs are
// in the order path searches walk them (query/path_index.h): by neighbour id, most evidence
// first, then by edge id. A self-loop appears once, at its node.
#include <cstdint>
#include <span>
#include <vector>

#include "graph/knowledge_graph.h"

namespace kg::store {

inline constexpr std::size_t kArcBytes = 16;

struct StoredArc {
  NodeId to = 0;
  EdgeId edge = 0;
  std::uint32_t weight = 0;
  Relation relation = Relation::MetWith;
  bool outgoing = false;  // this node is the source of `edge`
  friend bool operator==(const StoredArc&, const StoredArc&) = default;
};

/// Every node's arcs, indexed by node id, in the documented order.
std::vector<std::vector<StoredArc>> build_adjacency(const KnowledgeGraph& graph);
/// build_adjacency(graph)[id] alone, into `out`: a writer holds one node's arcs at a time.
void node_arcs(const KnowledgeGraph& graph, NodeId id, std::vector<StoredArc>& out);

void encode_arcs(std::span<const StoredArc> arcs, std::vector<unsigned char>& out);
/// Reads the arc at `bytes` (kArcBytes of them) into `out`; false when it names a relation
/// that does not exist or sets unknown flags (a damaged store).
bool decode_arc(const unsigned char* bytes, StoredArc& out);
/// Appends the arcs of `blob` to `out`. Returns false when the blob is not a whole number
/// of arcs or names a relation that does not exist (a damaged store).
bool decode_arcs(std::span<const unsigned char> blob, std::vector<StoredArc>& out);

}  // namespace kg::store
