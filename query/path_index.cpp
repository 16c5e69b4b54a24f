#include "query/path_index.h"

#include <algorithm>
#include <stdexcept>
#include <tuple>
#include <utility>

namespace kg {

PathIndex::PathIndex(const KnowledgeGraph& graph) {
  const std::size_t n = graph.node_count(), m = graph.edge_count();
  types_.resize(n);
  for (NodeId id = 0; id < n; ++id) types_[id] = graph.node(id).type;
  // Counting sort of both directions of every edge; edges are visited in id order, so each
  // node's arcs start out in edge-id order and the sort below only has to be stable.
  offsets_.assign(n + 1, 0);
  for (EdgeId e = 0; e < m; ++e) {
    NodeId s = graph.source(e), t = graph.target(e);
    if (s != t) ++offsets_[s + 1], ++offsets_[t + 1];
  }
  for (std::size_t i = 0; i < n; ++i) offsets_[i + 1] += offsets_[i];
  arcs_.resize(offsets_[n]);
  std::vector<std::size_t> fill(offsets_.begin(), offsets_.end() - 1);
  for (EdgeId e = 0; e < m; ++e) {
    NodeId s = graph.source(e), t = graph.target(e);
    if (s == t) continue;
    const FactEdge& fact = graph.edge(e);
    auto weight = static_cast<std::uint32_t>(fact.evidence.size());
    arcs_[fill[s]++] = Arc{t, e, weight, fact.relation};
    arcs_[fill[t]++] = Arc{s, e, weight, fact.relation};
  }
  for (std::size_t v = 0; v < n; ++v)
    std::stable_sort(arcs_.begin() + static_cast<std::ptrdiff_t>(offsets_[v]),
                     arcs_.begin() + static_cast<std::ptrdiff_t>(offsets_[v + 1]),
                     [](const Arc& a, const Arc& b) { return std::tie(a.to, b.weight) < std::tie(b.to, a.weight); });
}

PathIndex::PathIndex(std::vector<EntityType> types, std::vector<std::size_t> offsets, std::vector<Arc> arcs)
    : types_(std::move(types)), offsets_(std::move(offsets)), arcs_(std::move(arcs)) {}

std::uint32_t PathIndex::weight(NodeId from, EdgeId edge) const {
  for (const Arc& a : arcs(from))
    if (a.edge == edge) return a.weight;
  throw std::out_of_range("PathIndex::weight: the edge is no fact of the node");
}

}  // namespace kg
