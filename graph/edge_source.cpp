#include "graph/edge_source.h"

namespace kg {

void GraphEdges::for_each(const std::function<void(EdgeId, NodeId, NodeId, const FactEdge&)>& visit) const {
  for (std::size_t i = 0; i < graph_.edge_count(); ++i) {
    const auto id = static_cast<EdgeId>(i);
    visit(id, graph_.source(id), graph_.target(id), graph_.edge(id));
  }
}

}  // namespace kg
