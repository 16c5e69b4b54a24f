#include "query/subgraph.h"

#include <algorithm>
#include <set>
#include <unordered_map>

namespace kg {

KnowledgeGraph extract_subgraph(const KnowledgeGraph& graph, const std::vector<NodeId>& nodes,
                                const std::vector<EdgeId>* edges) {
  KnowledgeGraph result;
  std::unordered_map<NodeId, NodeId> new_id;
  std::set<std::string> cited;
  for (NodeId n : nodes) {
    if (new_id.count(n)) continue;
    new_id.emplace(n, static_cast<NodeId>(new_id.size()));
    cited.insert(graph.node(n).documents.begin(), graph.node(n).documents.end());
  }
  std::vector<EdgeId> kept;
  if (edges) {
    kept = *edges;
  } else {
    for (NodeId n : nodes)
      for (EdgeId e : graph.out_edges(n))
        if (new_id.count(graph.target(e))) kept.push_back(e);
  }
  std::sort(kept.begin(), kept.end());  // keep the original graph's edge order
  kept.erase(std::unique(kept.begin(), kept.end()), kept.end());
  for (EdgeId e : kept)
    for (const auto& ev : graph.edge(e).evidence) cited.insert(ev.doc);
  for (const auto& doc : graph.documents())
    if (cited.count(doc.id)) result.add_document(doc);
  std::vector<NodeId> order(new_id.size());
  for (auto [old_id, id] : new_id) order[id] = old_id;
  for (NodeId n : order) result.add_entity(graph.node(n));
  for (EdgeId e : kept) {
    const FactEdge& fact = graph.edge(e);
    for (const auto& ev : fact.evidence)
      result.add_fact(new_id.at(graph.source(e)), new_id.at(graph.target(e)), fact.relation, fact.title, ev);
  }
  return result;
}

std::vector<NodeId> neighborhood(const KnowledgeGraph& graph, const std::vector<NodeId>& seeds, std::size_t depth) {
  std::vector<NodeId> order;
  std::set<NodeId> seen;
  for (NodeId s : seeds)
    if (seen.insert(s).second) order.push_back(s);
  std::size_t layer_begin = 0;
  for (std::size_t d = 0; d < depth && layer_begin < order.size(); ++d) {
    std::size_t layer_end = order.size();
    std::vector<NodeId> next;
    for (std::size_t i = layer_begin; i < layer_end; ++i) {
      for (EdgeId e : graph.out_edges(order[i])) next.push_back(graph.target(e));
      for (EdgeId e : graph.in_edges(order[i])) next.push_back(graph.source(e));
    }
    std::sort(next.begin(), next.end());
    for (NodeId n : next)
      if (seen.insert(n).second) order.push_back(n);
    layer_begin = layer_end;
  }
  return order;
}

}  // namespace kg
