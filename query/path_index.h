#pragma once
// The graph's adjacency as path queries walk it: both directions of every fact, in
// compressed sparse row form, with the relation and support of each arc. Built once per
// loaded graph (linear time), or read straight from a store's packed adjacency without a
// graph (store/stored_path_index.h); shared by every query and every PathOptions;
// immutable, so any number of threads may read it.
#include <cstdint>
#include <span>
#include <vector>

#include "graph/knowledge_graph.h"

namespace kg {

class PathIndex {
 public:
  /// One direction of one fact. A node's arcs are ordered by neighbour id, then by support
  /// (most evidence first), then by edge id: the first walkable arc to a neighbour is the
  /// fact a hop to it uses.
  struct Arc {
    NodeId to = 0;
    EdgeId edge = 0;
    std::uint32_t weight = 0;  // evidence count
    Relation relation = Relation::MetWith;
  };

  explicit PathIndex(const KnowledgeGraph& graph);
  /// An index from its parts, made elsewhere: the type of every node and the arcs of node n
  /// at arcs[offsets[n], offsets[n + 1]), in the order above, without self-loops. Not
  /// checked: the maker guarantees it.
  PathIndex(std::vector<EntityType> types, std::vector<std::size_t> offsets, std::vector<Arc> arcs);

  std::size_t node_count() const { return types_.size(); }
  /// The evidence count of `edge`, a fact of `from` with another node (found among its arcs:
  /// no table by edge id, whose filling would cost a cache miss per fact at load).
  std::uint32_t weight(NodeId from, EdgeId edge) const;
  EntityType type(NodeId node) const { return types_[node]; }
  /// Arcs of `node`; self-loops are left out (a path never uses them).
  std::span<const Arc> arcs(NodeId node) const {
    return {arcs_.data() + offsets_[node], arcs_.data() + offsets_[node + 1]};
  }

 private:
  std::vector<EntityType> types_;
  std::vector<std::size_t> offsets_;  // arcs of n are arcs_[offsets_[n], offsets_[n + 1])
  std::vector<Arc> arcs_;
};

}  // namespace kg
