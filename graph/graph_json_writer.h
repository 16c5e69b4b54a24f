#pragma once
// The graph file (graph/graph_json.h) written from nodes kept apart from the graph: the rank
// that writes a distributed build's outputs keeps its nodes in a temp file
// (cli/distributed_node_spill.h). One writer makes these bytes and write_graph_json's.
#include <ostream>

#include "graph/knowledge_graph.h"
#include "graph/node_source.h"

namespace kg {

/// The graph file of `graph` with its nodes read from `nodes` (as many as the graph's, in
/// the same order), the graph's own unread. Throws std::runtime_error if the stream fails.
void write_graph_json_from(std::ostream& out, const KnowledgeGraph& graph, const NodeSource& nodes);

}  // namespace kg
