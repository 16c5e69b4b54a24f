#pragma once
// The documents behind a graph that `kgraph build --into GRAPH.json` maintains. The graph
// file keeps facts and evidence but not what the resolver needs to redo its work (mentions,
// resolution keys), so the input documents are kept beside it in GRAPH.json.docs.jsonl:
// JSON Lines in the input format (id, date, source, url, text), sorted by id, each text's
// bytes exactly as read. Adding documents re-extracts all of them and resolves from scratch,
// which makes the graph byte-identical to one built from every document at once.
#include <filesystem>
#include <ostream>
#include <vector>

#include "extract/document.h"

namespace kg::cli {

/// GRAPH.json.docs.jsonl beside `graph`.
std::filesystem::path documents_file(const std::filesystem::path& graph);

/// The documents stored for `graph`; none when neither the graph nor its documents file
/// exists yet. Throws kg::InputError when the graph exists without its documents file (it
/// was not built with --into), or the documents file is damaged (naming its line).
std::vector<Document> load_documents(const std::filesystem::path& graph);

/// Writes `documents` sorted by id, one JSON object per line. Throws std::runtime_error if
/// the stream fails.
void write_documents(std::ostream& out, const std::vector<Document>& documents);

}  // namespace kg::cli
