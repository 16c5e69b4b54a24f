#include "query/path_finder.h"

#include <algorithm>
#include <set>

namespace kg {
namespace {

// Shortest first; equal costs in node-id order, so results never depend on search order.
struct PathLess {
  bool operator()(const Path& a, const Path& b) const {
    if (a.cost != b.cost) return a.cost < b.cost;
    return a.nodes < b.nodes;
  }
};

HopRules rules_for(const PathOptions& options) {
  HopRules rules;
  if (!options.relations.empty()) {
    rules.relations = 0;
    for (Relation r : options.relations) rules.relations |= 1u << static_cast<unsigned>(r);
  }
  if (!options.via.empty()) {
    rules.types = 0;
    for (EntityType t : options.via) rules.types |= 1u << static_cast<unsigned>(t);
  }
  rules.weighted = options.weighted;
  rules.layered = options.weighted && options.max_hops.has_value();
  return rules;
}

}  // namespace

PathFinder::PathFinder(const PathIndex& index, const PathOptions& options)
    : index_(index), options_(options), search_(index, rules_for(options)) {}

PathFinder::PathFinder(const KnowledgeGraph& graph, const PathOptions& options)
    : owned_(std::make_unique<PathIndex>(graph)), index_(*owned_), options_(options), search_(*owned_, rules_for(options)) {}

PathFinder::~PathFinder() = default;

double PathFinder::hop_cost(NodeId from, EdgeId edge) const {
  return kg::hop_cost(index_.weight(from, edge), options_.weighted);
}

std::vector<Path> PathFinder::find(NodeId from, NodeId to) {
  if (from == to) return {Path{{from}, {}, 0}};
  if (options_.k == 0) return {};
  const std::size_t budget = options_.max_hops.value_or(index_.node_count());
  auto cost_of = [&](Path& p) {
    p.cost = 0;
    for (std::size_t i = 0; i < p.edges.size(); ++i) p.cost += hop_cost(p.nodes[i], p.edges[i]);
  };
  std::vector<Path> found;
  auto first = search_.shortest(from, to, {}, {}, budget);
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
      auto tail = search_.shortest(spur, to, root, banned_first, budget - i);
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
