#pragma once
// kgraph's graph file (graph/graph_json.h, docs/graph-json.md) written with its nodes taken
// from a NodeSource (export/node_source.h) rather than from the graph: the rank that writes
// a distributed build's outputs keeps its nodes in a temp file (cli/distributed_node_spill.h).
// The same bytes as write_graph_json; the graph's own nodes are not read.
#include <ostream>

#include "export/node_source.h"
#include "graph/knowledge_graph.h"

namespace kg {

/// `nodes` holds as many nodes as `graph`, in the same order. Throws std::runtime_error if
/// the stream fails.
void write_graph_json_with_nodes(std::ostream& out, const KnowledgeGraph& graph, const NodeSource& nodes);

}  // namespace kg
