#pragma once
#include <ostream>

#include "graph/knowledge_graph.h"

namespace kg {
/// Writes `graph` as GEXF 1.3 for Gephi: node ids n0..nN and edge ids e0..eM in graph
/// order; `label` on every node and edge; typed attributes declared up front; viz:color
/// and viz:size per node. Each edge's `kind` is its relation, so Gephi keeps two relations
/// between the same pair as two parallel edges instead of merging them. Always valid XML
/// 1.0. Throws std::runtime_error if the stream fails.
void write_gexf(std::ostream& out, const KnowledgeGraph& graph);
}  // namespace kg
