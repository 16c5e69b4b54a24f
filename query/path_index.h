#pragma once
// The graph's adjacency as path queries walk it: both directions of every fact, in
// compressed sparse row form, with the relation and support of each arc. Built once per
// loaded graph (linear time), shared by every query and every PathOptions; immutable, so
// any number of threads may read it.
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

  const KnowledgeGraph& graph() const { return graph_; }
  std::size_t node_count() const { return types_.size(); }
  EntityType type(NodeId node) const { return types_[node]; }
  /// Arcs of `node`; self-loops are left out (a path never uses them).
  std::span<const Arc> arcs(NodeId node) const {
    return {arcs_.data() + offsets_[node], arcs_.data() + offsets_[node + 1]};
  }

 private:
  const KnowledgeGraph& graph_;
  std::vector<EntityType> types_;
  std::vector<std::size_t> offsets_;  // arcs of n are arcs_[offsets_[n], offsets_[n + 1])
  std::vector<Arc> arcs_;
};

}  // namespace kg
