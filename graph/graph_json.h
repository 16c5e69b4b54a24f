#pragma once
// kgraph's own graph file: versioned node-link JSON ({"format": "kgraph", "version": 1,
// "documents": [...], "nodes": [...], "links": [...]}) that loads back losslessly;
// save -> load -> save is byte-identical. Schema in docs/graph-json.md.
#include <filesystem>
#include <ostream>
#include <string>
#include <string_view>

#include "graph/knowledge_graph.h"

namespace kg {

/// Throws std::runtime_error if the stream fails.
void write_graph_json(std::ostream& out, const KnowledgeGraph& graph);

/// Parses a graph file held in memory. Throws kg::InputError naming `file_name` and the
/// line:column of the problem (malformed JSON, invalid UTF-8, wrong types, unknown version,
/// links to missing nodes). Never returns a half-loaded graph.
KnowledgeGraph parse_graph_json(std::string_view bytes, const std::string& file_name);

/// Reads and parses a graph file; throws kg::InputError if it cannot be read.
KnowledgeGraph load_graph_json(const std::filesystem::path& path);

}  // namespace kg
