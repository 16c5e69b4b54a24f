#pragma once
// The graph file (graph/graph_json.h) written from documents, nodes and edges kept apart from
// any KnowledgeGraph: the rank that writes a distributed build's outputs keeps its nodes in a
// temp file (cli/distributed_node_spill.h) and its edges compact with their evidence on disk
// (cli/distributed_edge_list.h). One writer makes these bytes and write_graph_json's.
#include <ostream>
#include <vector>

#include "graph/edge_source.h"
#include "graph/knowledge_graph.h"
#include "graph/node_source.h"

namespace kg {

/// The graph file of a graph with `documents`, `nodes` and `edges` (whose ends are among
/// `nodes`): the bytes write_graph_json writes for it. Throws std::runtime_error if the
/// stream fails.
void write_graph_json_from(std::ostream& out, const std::vector<DocumentInfo>& documents, const NodeSource& nodes,
                           const EdgeSource& edges);

}  // namespace kg
