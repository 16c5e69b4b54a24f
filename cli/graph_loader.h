#pragma once
// The one way the query commands open a graph: kgraph's graph file (.json) or its store
// (.kgdb), told apart by the file's first bytes, so a store renamed .json still loads and a
// file named .kgdb that is no SQLite database is refused as a store.
#include <filesystem>

#include "graph/knowledge_graph.h"

namespace kg::cli {

/// True when `path` is to be read as a store: it starts with SQLite's header, or is named
/// *.kgdb (any case) whatever it holds.
bool is_store_path(const std::filesystem::path& path);

/// The whole graph of a graph file or a store. Throws kg::InputError naming the file.
KnowledgeGraph load_graph(const std::filesystem::path& path);

}  // namespace kg::cli
