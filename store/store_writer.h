#pragma once
// Writing kgraph's graph store (`.kgdb`): an SQLite database of the whole graph that the
// sqlite3 shell reads as tables and that kgraph's query commands load in part
// (store/store_reader.h). Schema in store/store_schema.h and docs/store.md.
#include <filesystem>
#include <ostream>

#include "graph/knowledge_graph.h"
#include "store/stored_extractions.h"

namespace kg {

/// Writes `graph`, its documents and all evidence, as a store file (schema version 2) with
/// its name index (store/name_index.h) and `extractions`, the compact extractions of the
/// documents it was resolved from (none: a store `build --into` cannot grow), built in one
/// transaction in memory and written out whole: `out` receives a complete database or the
/// call throws. The same input gives the same bytes. Throws std::runtime_error
/// (kg::InputError for an SQLite failure) if a step fails.
void write_store(std::ostream& out, const KnowledgeGraph& graph, const StoredExtractions& extractions);
/// A store without extractions (`kgraph export`).
void write_store(std::ostream& out, const KnowledgeGraph& graph);
/// The same bytes, written into the file `path` (empty or missing: a temp file of
/// cli/output_file.h) rather than built in memory, so that a large store costs page cache,
/// not memory. The file is complete only when the call returns; a write the system refuses
/// throws std::system_error with its errno (a full disk, a file-size limit).
void write_store_file(const std::filesystem::path& path, const KnowledgeGraph& graph, const ExtractionRows& extractions);

}  // namespace kg
