#pragma once
// Path queries between two entities: shortest paths by hops (BFS) or by support
// (Dijkstra), and the k shortest loopless paths with Yen's algorithm on top.
//
// Edges are walked in both directions (a path may go against a fact's direction; the
// result remembers which way each fact points). Paths are sequences of distinct nodes;
// when several facts link the same two nodes, a hop uses the best-supported one.
#include <cstddef>
#include <memory>
#include <optional>
#include <vector>

#include "graph/knowledge_graph.h"
#include "query/path_index.h"
#include "query/path_search.h"

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

/// k shortest paths under fixed options. Build the PathIndex once per graph and a
/// PathFinder per set of options; a PathFinder answers any number of queries.
/// Not thread-safe (queries reuse scratch buffers).
class PathFinder {
 public:
  PathFinder(const PathIndex& index, const PathOptions& options);
  /// Builds a private PathIndex: for a single query, or tests.
  PathFinder(const KnowledgeGraph& graph, const PathOptions& options);
  ~PathFinder();

  /// Up to options.k paths from `from` to `to`, ordered by cost, then by node ids; ties in
  /// cost are therefore broken the same way every time. `from == to` gives one path of no
  /// hops. Empty when no path satisfies the options.
  std::vector<Path> find(NodeId from, NodeId to);

  /// The cost of one hop from `from` over `edge` under the options.
  double hop_cost(NodeId from, EdgeId edge) const;

 private:
  std::unique_ptr<PathIndex> owned_;  // set by the KnowledgeGraph constructor
  const PathIndex& index_;
  PathOptions options_;
  PathSearch search_;
};

}  // namespace kg
