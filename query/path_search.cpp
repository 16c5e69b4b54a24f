#include "query/path_search.h"

#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>
#include <queue>

#include "query/path_finder.h"

namespace kg {
namespace {

constexpr double kInfinity = std::numeric_limits<double>::infinity();

}  // namespace

double hop_cost(std::uint32_t weight, bool weighted) {
  if (!weighted) return 1.0;
  // More evidence, cheaper hop; a single mention costs 1, as in the unweighted search.
  return 1.0 / (1.0 + std::log(std::max(1.0, static_cast<double>(weight))));
}

PathSearch::PathSearch(const PathIndex& index, const HopRules& rules) : index_(index), rules_(rules) {
  const std::size_t n = index.node_count();
  for (std::uint32_t w = 0; w < 256; ++w) cost_by_weight_.push_back(hop_cost(w, rules.weighted));
  banned_.assign(n, 0);
  forward_seen_.assign(n, 0);
  backward_seen_.assign(n, 0);
  on_route_.assign(n, 0);
  if (!rules.weighted) {
    forward_dist_.assign(n, 0);
    backward_dist_.assign(n, 0);
  } else if (!rules.layered) {
    dist_.assign(n, kInfinity);
  }
}

double PathSearch::cost(const Arc& a) const {
  return a.weight < cost_by_weight_.size() ? cost_by_weight_[a.weight] : hop_cost(a.weight, rules_.weighted);
}

bool PathSearch::first_hop_banned(NodeId v) const {
  return std::find(banned_first_.begin(), banned_first_.end(), v) != banned_first_.end();
}

void PathSearch::next_stamp() {
  if (++stamp_ != 0) return;
  // Wrapped: marks left from 2^32 searches ago would read as current.
  for (auto* marks : {&banned_, &forward_seen_, &backward_seen_, &on_route_}) std::fill(marks->begin(), marks->end(), 0);
  stamp_ = 1;
}

// Walks from `from` to `to`, taking at each step the lowest-id neighbour that
// `on_route(hop, u, arc)` places on a best route, over the best-supported fact to it.
template <class OnRoute>
std::optional<Path> PathSearch::walk(OnRoute on_route) {
  Path path{{from_}, {}, 0};
  while (path.nodes.back() != to_) {
    const NodeId u = path.nodes.back();
    const Arc* step = nullptr;
    const Arc* previous = nullptr;
    for (const Arc& a : index_.arcs(u)) {
      if (!walkable(a) || (previous && previous->to == a.to)) continue;
      previous = &a;
      bool usable = a.to == to_ || (allowed_inside(a.to) &&
                                    std::find(path.nodes.begin(), path.nodes.end(), a.to) == path.nodes.end());
      if (u == from_ && first_hop_banned(a.to)) usable = false;
      if (usable && on_route(path.edges.size(), u, a)) {
        step = &a;
        break;
      }
    }
    if (!step) return std::nullopt;  // unreachable: the search guarantees a step
    path.nodes.push_back(step->to);
    path.edges.push_back(step->edge);
  }
  return path;
}

std::optional<Path> PathSearch::shortest(NodeId from, NodeId to, std::span<const NodeId> banned,
                                         std::span<const NodeId> banned_first, std::size_t max_hops) {
  from_ = from;
  to_ = to;
  banned_first_ = banned_first;
  next_stamp();
  for (NodeId b : banned) banned_[b] = stamp_;
  if (!rules_.weighted) return bidirectional_bfs(max_hops);
  if (!distances_to_target(max_hops)) return std::nullopt;
  auto dist = [&](NodeId v, std::size_t budget) {
    if (rules_.layered) return layers_[budget][v];
    return backward_seen_[v] == stamp_ ? dist_[v] : kInfinity;
  };
  return walk([&](std::size_t hop, NodeId u, const Arc& a) {
    const std::size_t budget = max_hops - hop;
    return dist(a.to, budget - 1) + cost(a) == dist(u, budget);
  });
}

// Grows a BFS from each end, one whole level at a time, always on the side whose frontier
// is smaller, until a level discovers a node the other side has seen. With complete levels
// Lf and Lb on the two sides and no common node, every path is longer than Lf + Lb; so the
// first meeting gives the length d = Lf + Lb, and every meeting node lies at exactly Lf from
// `from` and Lb from `to`.
std::optional<Path> PathSearch::bidirectional_bfs(std::size_t max_hops) {
  forward_seen_[from_] = backward_seen_[to_] = stamp_;
  forward_dist_[from_] = backward_dist_[to_] = 0;
  forward_order_.assign(1, from_);
  backward_order_.assign(1, to_);
  forward_levels_at_.assign(1, 0);
  std::size_t forward_begin = 0, backward_begin = 0;
  std::uint32_t forward_levels = 0, backward_levels = 0;
  std::vector<NodeId> meeting;
  while (meeting.empty()) {
    if (forward_levels + backward_levels >= max_hops) return std::nullopt;
    const std::size_t forward_end = forward_order_.size(), backward_end = backward_order_.size();
    if (forward_begin == forward_end || backward_begin == backward_end) return std::nullopt;
    if (forward_end - forward_begin <= backward_end - backward_begin) {
      forward_levels_at_.push_back(forward_end);
      ++forward_levels;
      for (std::size_t i = forward_begin; i < forward_end; ++i) {
        NodeId u = forward_order_[i];
        for (const Arc& a : index_.arcs(u)) {  // may the path step u -> w?
          NodeId w = a.to;
          if (forward_seen_[w] == stamp_ || !walkable(a) || w == from_) continue;
          if ((u == from_ && first_hop_banned(w)) || (w != to_ && !allowed_inside(w))) continue;
          forward_seen_[w] = stamp_;
          forward_dist_[w] = forward_levels;
          forward_order_.push_back(w);
          if (backward_seen_[w] == stamp_) meeting.push_back(w);
        }
      }
      forward_begin = forward_end;
    } else {
      ++backward_levels;
      for (std::size_t i = backward_begin; i < backward_end; ++i) {
        NodeId v = backward_order_[i];
        for (const Arc& a : index_.arcs(v)) {  // may the path step x -> v?
          NodeId x = a.to;
          if (backward_seen_[x] == stamp_ || !walkable(a) || x == to_) continue;
          if (x == from_ ? first_hop_banned(v) : !allowed_inside(x)) continue;
          backward_seen_[x] = stamp_;
          backward_dist_[x] = backward_levels;
          if (x != from_) backward_order_.push_back(x);  // a path never passes through its start
          if (forward_seen_[x] == stamp_) meeting.push_back(x);
        }
      }
      backward_begin = backward_end;
    }
  }
  mark_forward_routes(meeting, forward_levels);
  // On a shortest path, the node after `hop` hops is known from the route marks up to the
  // meeting level and from the backward distances after it.
  const std::uint32_t length = forward_levels + backward_levels;
  return walk([&](std::size_t hop, NodeId, const Arc& a) {
    const NodeId w = a.to;
    if (hop + 1 <= forward_levels)
      return forward_seen_[w] == stamp_ && forward_dist_[w] == hop + 1 && on_route_[w] == stamp_;
    return backward_seen_[w] == stamp_ && backward_dist_[w] == length - hop - 1;
  });
}

// Marks the nodes of the forward side that lie on a shortest path: the meeting nodes, and
// level by level back to `from`, every node with a hop to a marked node one level further.
void PathSearch::mark_forward_routes(const std::vector<NodeId>& meeting, std::uint32_t forward_levels) {
  std::vector<NodeId> level = meeting, previous;
  for (NodeId w : meeting) on_route_[w] = stamp_;
  for (std::uint32_t j = forward_levels; j > 0; --j) {
    previous.clear();
    for (NodeId w : level)
      for (const Arc& a : index_.arcs(w)) {
        NodeId x = a.to;
        if (forward_seen_[x] != stamp_ || forward_dist_[x] != j - 1 || on_route_[x] == stamp_) continue;
        if (!walkable(a) || (x == from_ && first_hop_banned(w))) continue;
        on_route_[x] = stamp_;
        previous.push_back(x);
      }
    level.swap(previous);
  }
}

// Distances to `to` of the nodes a path from `from` may use, searched backwards from `to`
// and stopped once `from` is settled. True when `from` is reachable.
bool PathSearch::distances_to_target(std::size_t max_hops) {
  auto may_precede = [&](NodeId u, NodeId v) {  // may a path step u -> v?
    if (u == from_) return !first_hop_banned(v);
    return u != to_ && allowed_inside(u);
  };
  if (rules_.layered) {
    // Cheapest within a hop budget: Bellman-Ford by layers (layer h = at most h hops).
    const std::size_t n = index_.node_count();
    layers_.assign(max_hops + 1, std::vector<double>(n, kInfinity));
    layers_[0][to_] = 0;
    std::vector<NodeId> frontier{to_}, next;
    for (std::size_t h = 1; h <= max_hops && !frontier.empty(); ++h) {
      layers_[h] = layers_[h - 1];
      next.clear();
      for (NodeId v : frontier)
        for (const Arc& a : index_.arcs(v))
          if (walkable(a) && may_precede(a.to, v) && layers_[h - 1][v] + cost(a) < layers_[h][a.to]) {
            if (layers_[h][a.to] == layers_[h - 1][a.to]) next.push_back(a.to);
            layers_[h][a.to] = layers_[h - 1][v] + cost(a);
          }
      std::sort(next.begin(), next.end());
      next.erase(std::unique(next.begin(), next.end()), next.end());
      frontier.swap(next);
    }
    return layers_[max_hops][from_] < kInfinity;
  }
  backward_seen_[to_] = stamp_;
  dist_[to_] = 0;
  using Item = std::pair<double, NodeId>;
  std::priority_queue<Item, std::vector<Item>, std::greater<>> heap;
  heap.emplace(0.0, to_);
  while (!heap.empty()) {
    auto [d, v] = heap.top();
    heap.pop();
    if (d > dist_[v]) continue;
    if (v == from_) return true;
    for (const Arc& a : index_.arcs(v)) {
      if (!walkable(a) || !may_precede(a.to, v)) continue;
      double candidate = d + cost(a);
      if (backward_seen_[a.to] != stamp_ || candidate < dist_[a.to]) {
        backward_seen_[a.to] = stamp_;
        dist_[a.to] = candidate;
        heap.emplace(candidate, a.to);
      }
    }
  }
  return false;
}

}  // namespace kg
