#pragma once
// Path queries between two entities: shortest paths by hops (BFS) or by support
// (Dijkstra), and the k shortest loopless paths with Yen's algorithm on top.
//
// Edges are walked in both directions (a path may go against a fact's direction; the
// result remembers which way each fact points). Paths are sequences of distinct nodes;
// when several facts link the same two nodes, a hop uses the best-supported one.
#include <cstddef>
#include <optional>
#include <span>
#include <vector>

#include "graph/knowledge_graph.h"

namespace kg {

struct PathOptions {
  std::size_t k = 1;                       // how many paths, shortest first
  std::optional<std::size_t> max_hops;     // longest path accepted
  std::vector<EntityType> via;             // types allowed between the ends; empty: any
  std::vector<Relation> relations;         // relations that may be walked; empty: any
  bool weighted = false;  // cost of a hop is 1 / (1 + ln(evidence count)), not 1
};

/// A path from nodes.front() to nodes.back(); edges[i] links nodes[i] and nodes[i + 1]
/// (in either direction: compare with KnowledgeGraph::source).
struct Path {
  std::vector<NodeId> nodes;
  std::vector<EdgeId> edges;
  double cost = 0;  // hops, or the weighted cost
  friend bool operator==(const Path&, const Path&) = default;
};

/// The graph's adjacency prepared for path queries: build once, query many times.
/// Not thread-safe (queries reuse scratch buffers).
class PathFinder {
 public:
  PathFinder(const KnowledgeGraph& graph, const PathOptions& options);

  /// Up to options.k paths from `from` to `to`, ordered by cost, then by node ids; ties in
  /// cost are therefore broken the same way every time. `from == to` gives one path of no
  /// hops. Empty when no path satisfies the options.
  std::vector<Path> find(NodeId from, NodeId to);

  /// The cost of one hop over `edge` under the options.
  double hop_cost(EdgeId edge) const;

 private:
  struct Arc {
    NodeId to;
    EdgeId edge;
    double cost;
  };
  std::optional<Path> shortest(NodeId from, NodeId to, const std::vector<NodeId>& banned_nodes,
                               const std::vector<NodeId>& banned_first, std::size_t max_hops);
  bool distances_to(NodeId target, NodeId start, const std::vector<NodeId>& banned_first, std::size_t max_hops);
  bool allowed_inside(NodeId node) const;
  std::span<const Arc> arcs(NodeId node) const;

  const KnowledgeGraph& graph_;
  PathOptions options_;
  std::vector<std::size_t> offsets_;  // CSR: arcs of node n are arcs_[offsets_[n], offsets_[n + 1])
  std::vector<Arc> arcs_;
  std::vector<bool> allowed_type_;  // by node
  // Scratch for one search; `stamp_` marks which entries belong to the current search.
  std::vector<std::uint32_t> seen_, banned_;
  std::vector<double> dist_;
  std::vector<std::vector<double>> layers_;  // weighted search under a hop limit
  std::uint32_t stamp_ = 0;
  NodeId target_ = 0;
};

}  // namespace kg
