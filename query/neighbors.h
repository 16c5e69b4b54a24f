#pragma once
// The entities around one entity, with the facts that connect them.
#include <cstddef>
#include <ostream>
#include <vector>

#include "graph/knowledge_graph.h"

namespace kg {

struct Neighbor {
  NodeId node;
  std::size_t distance;       // hops from the centre, >= 1
  std::vector<EdgeId> links;  // facts linking it to entities one hop closer, by id
};

/// Entities within `depth` hops of `centre` (facts walked both ways), by distance, then id.
std::vector<Neighbor> find_neighbors(const KnowledgeGraph& graph, NodeId centre, std::size_t depth);

/// A heading line for the centre, then one line per neighbour (`distance  "Label" (TYPE)`)
/// and one indented line per linking fact (`A —relation→ B (N evidence)`).
void write_neighbors_text(std::ostream& out, const KnowledgeGraph& graph, NodeId centre, std::size_t depth,
                          const std::vector<Neighbor>& neighbors);

/// {"entity": NODE, "depth": N, "neighbors": [{"id", "label", "type", "distance", "links":
/// [{"source", "target", "relation", "title"?, "weight"}]}]}.
void write_neighbors_json(std::ostream& out, const KnowledgeGraph& graph, NodeId centre, std::size_t depth,
                          const std::vector<Neighbor>& neighbors);

}  // namespace kg
