#pragma once
// The output formats `kgraph build -o` knows, chosen by file extension.
#include <filesystem>
#include <string>

#include "graph/knowledge_graph.h"

namespace kg::cli {

/// The extensions accepted by -o, for --help and error messages: ".graphml, .dot, .json".
std::string known_output_extensions();
/// Throws kg::InputError (exit 2) if `path`'s extension names no known format.
void check_output_path(const std::filesystem::path& path);
/// Writes `graph` to `path` in the format its extension names, atomically.
void write_output(const std::filesystem::path& path, const KnowledgeGraph& graph);

}  // namespace kg::cli
