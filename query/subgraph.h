#pragma once
// Cutting a smaller graph out of a bigger one, for DOT/GraphML/JSON output of query results.
#include <cstddef>
#include <vector>

#include "graph/knowledge_graph.h"

namespace kg {

/// A new graph holding `nodes` (in the given order, duplicates ignored) and either the
/// given `edges` or, when `edges` is null, every edge between two of `nodes`, with all
/// their evidence, plus the documents the kept nodes and evidence refer to.
KnowledgeGraph extract_subgraph(const KnowledgeGraph& graph, const std::vector<NodeId>& nodes,
                                const std::vector<EdgeId>* edges = nullptr);

/// `seeds` and every node within `depth` hops of one of them (edges walked both ways),
/// seeds first, then by distance, then by id.
std::vector<NodeId> neighborhood(const KnowledgeGraph& graph, const std::vector<NodeId>& seeds, std::size_t depth);

}  // namespace kg
