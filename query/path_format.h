#pragma once
// How path query results are shown: text for people, JSON for programs. (DOT output is the
// path subgraph handed to the DOT writer: see query/subgraph.h.)
#include <ostream>
#include <span>
#include <vector>

#include "graph/knowledge_graph.h"
#include "query/path_finder.h"

namespace kg {

/// One hop per line, `A —relation→ B` (or `A ←relation— B` when the fact points back;
/// symmetric relations always read forwards),
/// the title in parentheses when there is one, then an indented line with the first
/// evidence: `  "sentence" (doc-id, sentence N)`, N counted from 1 as people count.
/// Several paths are numbered and separated by a blank line.
void write_paths_text(std::ostream& out, const KnowledgeGraph& graph, const std::vector<Path>& paths);

/// {"from": NODE, "to": NODE, "paths": [{"hops", "cost", "nodes": [NODE...], "edges": [{"source",
/// "target", "relation", "title"?, "evidence", "doc", "sentence", "weight"}...]}]} where NODE
/// is {"id", "label", "type"}; ids are the graph file's node ids (n0, n1, ...): those of
/// `graph`, or, when `graph` is a part of a bigger graph, `ids[n]` for its node n.
void write_paths_json(std::ostream& out, const KnowledgeGraph& graph, NodeId from, NodeId to,
                      const std::vector<Path>& paths, std::span<const NodeId> ids = {});

}  // namespace kg
