#include "query/path_finder.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <queue>
#include <set>
#include <span>

namespace kg {
namespace {

constexpr double kInfinity = std::numeric_limits<double>::infinity();

// Shortest first; equal costs in node-id order, so results never depend on search order.
struct PathLess {
  bool operator()(const Path& a, const Path& b) const {
    if (a.cost != b.cost) return a.cost < b.cost;
    return a.nodes < b.nodes;
  }
};

bool contains(const std::vector<NodeId>& ids, NodeId id) { return std::find(ids.begin(), ids.end(), id) != ids.end(); }

}  // namespace

PathFinder::PathFinder(const KnowledgeGraph& graph, const PathOptions& options)
    : graph_(graph), options_(options) {
  const std::size_t n = graph.node_count();
  allowed_type_.resize(n);
  for (NodeId id = 0; id < n; ++id)
    allowed_type_[id] = options.via.empty() ||
                        std::find(options.via.begin(), options.via.end(), graph.node(id).type) != options.via.end();
  auto walkable = [&](EdgeId e) {
    if (graph.source(e) == graph.target(e)) return false;
    const auto& rel = options.relations;
    return rel.empty() || std::find(rel.begin(), rel.end(), graph.edge(e).relation) != rel.end();
  };
  // Counting sort of both directions of every walkable edge into CSR form.
  offsets_.assign(n + 1, 0);
  for (EdgeId e = 0; e < graph.edge_count(); ++e)
    if (walkable(e)) ++offsets_[graph.source(e) + 1], ++offsets_[graph.target(e) + 1];
  for (std::size_t i = 0; i < n; ++i) offsets_[i + 1] += offsets_[i];
  arcs_.resize(offsets_[n]);
  std::vector<std::size_t> fill(offsets_.begin(), offsets_.end() - 1);
  for (EdgeId e = 0; e < graph.edge_count(); ++e) {
    if (!walkable(e)) continue;
    NodeId s = graph.source(e), t = graph.target(e);
    arcs_[fill[s]++] = Arc{t, e, hop_cost(e)};
    arcs_[fill[t]++] = Arc{s, e, hop_cost(e)};
  }
  // One arc per neighbour: the best-supported fact (then the oldest), neighbours by id.
  std::size_t out = 0;
  for (std::size_t v = 0; v < n; ++v) {
    auto first = arcs_.begin() + static_cast<std::ptrdiff_t>(offsets_[v]);
    auto last = arcs_.begin() + static_cast<std::ptrdiff_t>(offsets_[v + 1]);
    std::sort(first, last, [&](const Arc& a, const Arc& b) {
      double wa = graph.edge(a.edge).weight(), wb = graph.edge(b.edge).weight();
      return std::tie(a.to, wb, a.edge) < std::tie(b.to, wa, b.edge);
    });
    offsets_[v] = out;
    for (auto it = first; it != last; ++it)
      if (out == offsets_[v] || arcs_[out - 1].to != it->to) arcs_[out++] = *it;
  }
  offsets_[n] = out;
  arcs_.resize(out);
  seen_.assign(n, 0);
  banned_.assign(n, 0);
  dist_.assign(n, kInfinity);
}

double PathFinder::hop_cost(EdgeId edge) const {
  if (!options_.weighted) return 1.0;
  // More evidence, cheaper hop; a single mention costs 1, as in the unweighted search.
  return 1.0 / (1.0 + std::log(std::max(1.0, graph_.edge(edge).weight())));
}

std::span<const PathFinder::Arc> PathFinder::arcs(NodeId node) const {
  return {arcs_.data() + offsets_[node], arcs_.data() + offsets_[node + 1]};
}

bool PathFinder::allowed_inside(NodeId node) const { return allowed_type_[node] && banned_[node] != stamp_; }

// Distances to `target` of the nodes a path from `start` may use, searched backwards from
// the target and stopped once `start` is settled. True when `start` is reachable.
bool PathFinder::distances_to(NodeId target, NodeId start, const std::vector<NodeId>& banned_first,
                              std::size_t max_hops) {
  auto may_precede = [&](NodeId u, NodeId v) {  // may a path step u -> v?
    if (u == start) return !contains(banned_first, v);
    return u != target && allowed_inside(u);
  };
  if (options_.weighted && options_.max_hops) {
    // Cheapest within a hop budget: Bellman-Ford by layers (layer h = at most h hops).
    const std::size_t n = graph_.node_count();
    layers_.assign(max_hops + 1, std::vector<double>(n, kInfinity));
    layers_[0][target] = 0;
    std::vector<NodeId> frontier{target}, next;
    for (std::size_t h = 1; h <= max_hops && !frontier.empty(); ++h) {
      layers_[h] = layers_[h - 1];
      next.clear();
      for (NodeId v : frontier)
        for (const Arc& a : arcs(v))
          if (may_precede(a.to, v) && layers_[h - 1][v] + a.cost < layers_[h][a.to]) {
            if (layers_[h][a.to] == layers_[h - 1][a.to]) next.push_back(a.to);
            layers_[h][a.to] = layers_[h - 1][v] + a.cost;
          }
      std::sort(next.begin(), next.end());
      next.erase(std::unique(next.begin(), next.end()), next.end());
      frontier.swap(next);
    }
    return layers_[max_hops][start] < kInfinity;
  }
  seen_[target] = stamp_;
  dist_[target] = 0;
  if (!options_.weighted) {
    std::vector<NodeId> queue{target};
    for (std::size_t head = 0; head < queue.size(); ++head) {
      NodeId v = queue[head];
      if (dist_[v] >= static_cast<double>(max_hops)) break;
      for (const Arc& a : arcs(v)) {
        if (seen_[a.to] == stamp_ || !may_precede(a.to, v)) continue;
        seen_[a.to] = stamp_;
        dist_[a.to] = dist_[v] + 1;
        if (a.to == start) return true;
        queue.push_back(a.to);
      }
    }
    return false;
  }
  using Item = std::pair<double, NodeId>;
  std::priority_queue<Item, std::vector<Item>, std::greater<>> heap;
  heap.emplace(0.0, target);
  while (!heap.empty()) {
    auto [d, v] = heap.top();
    heap.pop();
    if (d > dist_[v]) continue;
    if (v == start) return true;
    for (const Arc& a : arcs(v)) {
      if (!may_precede(a.to, v)) continue;
      double candidate = d + a.cost;
      if (seen_[a.to] != stamp_ || candidate < dist_[a.to]) {
        seen_[a.to] = stamp_;
        dist_[a.to] = candidate;
        heap.emplace(candidate, a.to);
      }
    }
  }
  return false;
}

std::optional<Path> PathFinder::shortest(NodeId from, NodeId to, const std::vector<NodeId>& banned_nodes,
                                         const std::vector<NodeId>& banned_first, std::size_t max_hops) {
  if (++stamp_ == 0) {  // wrapped: old marks could collide with the new stamp
    std::fill(seen_.begin(), seen_.end(), 0);
    std::fill(banned_.begin(), banned_.end(), 0);
    stamp_ = 1;
  }
  for (NodeId b : banned_nodes) banned_[b] = stamp_;
  if (!distances_to(to, from, banned_first, max_hops)) return std::nullopt;
  const bool layered = options_.weighted && options_.max_hops;
  auto dist = [&](NodeId v, std::size_t budget) {
    if (layered) return layers_[budget][v];
    return seen_[v] == stamp_ ? dist_[v] : kInfinity;
  };
  // Walk forward, taking at each step the lowest-id neighbour on a shortest route.
  Path path{{from}, {}, 0};
  for (std::size_t budget = max_hops; path.nodes.back() != to; --budget) {
    NodeId u = path.nodes.back();
    const Arc* step = nullptr;
    for (const Arc& a : arcs(u)) {
      bool usable = a.to == to || (allowed_inside(a.to) && !contains(path.nodes, a.to));
      if (u == from && contains(banned_first, a.to)) usable = false;
      if (usable && dist(a.to, budget - 1) + a.cost == dist(u, budget)) {
        step = &a;
        break;
      }
    }
    if (!step) return std::nullopt;  // unreachable: the distances guarantee a step
    path.nodes.push_back(step->to);
    path.edges.push_back(step->edge);
  }
  return path;
}

std::vector<Path> PathFinder::find(NodeId from, NodeId to) {
  if (from == to) return {Path{{from}, {}, 0}};
  if (options_.k == 0) return {};
  const std::size_t budget = options_.max_hops.value_or(graph_.node_count());
  auto cost_of = [&](Path& p) {
    p.cost = 0;
    for (EdgeId e : p.edges) p.cost += hop_cost(e);
  };
  std::vector<Path> found;
  auto first = shortest(from, to, {}, {}, budget);
  if (!first) return found;
  cost_of(*first);
  found.push_back(std::move(*first));
  std::set<Path, PathLess> candidates;
  // Yen: every next path leaves some accepted path at a "spur" node, then takes the
  // shortest route that avoids the root before it and the hops already taken from it.
  while (found.size() < options_.k) {
    const Path previous = found.back();
    for (std::size_t i = 0; i + 1 < previous.nodes.size() && i < budget; ++i) {
      std::vector<NodeId> root(previous.nodes.begin(), previous.nodes.begin() + static_cast<std::ptrdiff_t>(i + 1));
      std::vector<NodeId> banned_first;
      for (const Path& p : found)
        if (p.nodes.size() > i + 1 && std::equal(root.begin(), root.end(), p.nodes.begin()))
          banned_first.push_back(p.nodes[i + 1]);
      NodeId spur = root.back();
      root.pop_back();
      auto tail = shortest(spur, to, root, banned_first, budget - i);
      if (!tail) continue;
      Path total{root, {previous.edges.begin(), previous.edges.begin() + static_cast<std::ptrdiff_t>(i)}, 0};
      total.nodes.insert(total.nodes.end(), tail->nodes.begin(), tail->nodes.end());
      total.edges.insert(total.edges.end(), tail->edges.begin(), tail->edges.end());
      cost_of(total);
      candidates.insert(std::move(total));
    }
    if (candidates.empty()) break;
    found.push_back(candidates.extract(candidates.begin()).value());
  }
  return found;
}

}  // namespace kg
