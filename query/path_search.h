#pragma once
// One shortest path between two nodes of a PathIndex under the constraints Yen's algorithm
// needs: nodes that may not be used, first hops that may not be taken, a hop budget. Among
// equally short paths it returns the smallest sequence of node ids, so results never
// depend on the search order.
//
// Unweighted searches are bidirectional BFS: at 1M nodes and 5M facts they touch a few
// thousand nodes where a one-sided search touches most of the graph. Weighted searches are
// Dijkstra from the target (Bellman-Ford by layers under a hop limit).
//
// Scratch arrays are sized once and reset by an epoch stamp, so a search costs what it
// touches. Not thread-safe: use one PathSearch per thread.
#include <cstdint>
#include <optional>
#include <span>
#include <vector>

#include "query/path_index.h"

namespace kg {

struct Path;

/// What a hop may use and what it costs; fixed for the life of a PathSearch.
struct HopRules {
  std::uint32_t relations = ~0u;  // bit r set: Relation r may be walked
  std::uint32_t types = ~0u;      // bit t set: EntityType t may stand between the ends
  bool weighted = false;          // cost 1 / (1 + ln(evidence)), not 1 per hop
  bool layered = false;           // weighted with a hop limit: exact within the budget
};

/// The cost of a hop over a fact with `weight` evidence under `weighted`.
double hop_cost(std::uint32_t weight, bool weighted);

class PathSearch {
 public:
  PathSearch(const PathIndex& index, const HopRules& rules);

  /// The shortest path from `from` to `to` (from != to) of at most `max_hops` hops that
  /// uses no node of `banned` and whose first hop goes to no node of `banned_first`;
  /// nullopt when there is none. The path's cost is left at 0.
  std::optional<Path> shortest(NodeId from, NodeId to, std::span<const NodeId> banned,
                               std::span<const NodeId> banned_first, std::size_t max_hops);

 private:
  using Arc = PathIndex::Arc;
  bool walkable(const Arc& a) const { return (rules_.relations >> static_cast<unsigned>(a.relation)) & 1u; }
  bool allowed_inside(NodeId n) const {
    return ((rules_.types >> static_cast<unsigned>(index_.type(n))) & 1u) && banned_[n] != stamp_;
  }
  bool first_hop_banned(NodeId v) const;
  double cost(const Arc& a) const;
  void next_stamp();
  std::optional<Path> bidirectional_bfs(std::size_t max_hops);
  void mark_forward_routes(const std::vector<NodeId>& meeting, std::uint32_t forward_levels);
  template <class OnRoute>
  std::optional<Path> walk(OnRoute on_route);
  bool distances_to_target(std::size_t max_hops);

  const PathIndex& index_;
  HopRules rules_;
  std::vector<double> cost_by_weight_;  // hop costs of small weights, computed once
  // The current search's inputs.
  NodeId from_ = 0, to_ = 0;
  std::span<const NodeId> banned_first_;
  // Scratch, valid where the matching stamp equals stamp_.
  std::uint32_t stamp_ = 0;
  std::vector<std::uint32_t> banned_, forward_seen_, backward_seen_, on_route_;
  std::vector<std::uint32_t> forward_dist_, backward_dist_;
  std::vector<NodeId> forward_order_, backward_order_;  // BFS visit order, level by level
  std::vector<std::size_t> forward_levels_at_;          // where each forward level starts
  std::vector<double> dist_;                            // weighted distances to the target
  std::vector<std::vector<double>> layers_;             // weighted search under a hop limit
};

}  // namespace kg
