#pragma once
#include <ostream>

#include "graph/knowledge_graph.h"

namespace kg {
/// Writes `graph` as a Graphviz digraph that `dot` always accepts: every id and label
/// quoted and escaped, nodes styled by type, edges labelled by relation (and title).
/// Throws std::runtime_error if the stream fails.
void write_dot(std::ostream& out, const KnowledgeGraph& graph);
}  // namespace kg
