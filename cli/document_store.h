#pragma once
// The documents behind a graph that `kgraph build --into` maintains, so that adding
// documents resolves all of them from scratch and the graph is byte-identical to one built
// from every document at once, in any order of arrival.
//
// A graph file (--into GRAPH.json) keeps facts and evidence but not what the resolver needs
// to redo its work (mentions, resolution keys), so the input documents are kept beside it in
// GRAPH.json.docs.jsonl: JSON Lines in the input format (id, date, source, url, text), sorted
// by id, each text's bytes exactly as read; adding documents re-extracts all of them.
//
// A store (--into GRAPH.kgdb) keeps each document's compact extraction inside
// (store/stored_extractions.h): only the new documents are extracted. Extractions made by
// another version of the extraction are never mixed with new ones: such a store is refused
// with the command that rebuilds it.
#include <filesystem>
#include <ostream>
#include <string>
#include <vector>

#include "cli/output_file.h"
#include "extract/document.h"
#include "graph/knowledge_graph.h"
#include "store/stored_extractions.h"

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

/// True when `path` names a store by its extension (.kgdb, any case), as -o picks formats.
bool names_store(const std::filesystem::path& path);

/// What makes this kgraph's compact extractions (meta `extraction_version`): the extraction
/// and codec versions, a digest of the tagger model and one of the extraction of a fixed
/// probe text, so that a change of rules or models that shows on the probe changes it too.
/// Computed once (it extracts the probe); thread-safe.
const std::string& extraction_version();

/// The extractions kept in the store `store` for `build --into`: none when it does not exist
/// yet. Throws kg::InputError, saying how to rebuild it, for a store of schema version 1, one
/// without extractions (written by `kgraph export`) or one of another extraction version.
StoredExtractions load_stored_extractions(const std::filesystem::path& store);

/// load_stored_extractions one document at a time: `row(id, bytes)` for each, in id order,
/// so that they are never all in memory at once. Same checks and errors; nothing for a store
/// that does not exist yet.
void each_stored_extraction(const std::filesystem::path& store, const ExtractionRows::Row& row);

/// The files to write for `path` (cli/output_formats.h output_jobs); a store (.kgdb) keeps
/// `extractions` too and is written straight into its temp file (store/store_writer.h
/// write_store_file). The jobs keep references to `graph` and `extractions`.
std::vector<OutputJob> output_jobs_keeping(const std::filesystem::path& path, const KnowledgeGraph& graph,
                                           const ExtractionRows& extractions);
std::vector<OutputJob> output_jobs_keeping(const std::filesystem::path& path, const KnowledgeGraph& graph,
                                           const StoredExtractions& extractions);

}  // namespace kg::cli
