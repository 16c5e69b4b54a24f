#pragma once
#include <ostream>

#include "graph/edge_source.h"
#include "graph/knowledge_graph.h"
#include "graph/node_source.h"

namespace kg {
/// Writes `graph` as GraphML 1.0 that Gephi, NetworkX, igraph and Boost read. Node ids are
/// n0..nN in graph order, edge ids e0..eM; <key> ids equal their attr.name, except the
/// edge label's, "edgelabel" (see the .cpp). Always valid XML 1.0 whatever the names
/// hold. Throws std::runtime_error if the stream fails.
void write_graphml(std::ostream& out, const KnowledgeGraph& graph);
/// The bytes write_graphml writes for a graph of `nodes` and `edges` (whose ends are among
/// `nodes`), kept apart from any KnowledgeGraph (graph/node_source.h, graph/edge_source.h).
void write_graphml_from(std::ostream& out, const NodeSource& nodes, const EdgeSource& edges);
}  // namespace kg
