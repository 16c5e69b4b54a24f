#pragma once
// Writing kgraph's graph store (`.kgdb`): an SQLite database of the whole graph that the
// sqlite3 shell reads as tables and that kgraph's query commands load in part
// (store/store_reader.h). Schema in store/store_schema.h and docs/store.md.
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

}  // namespace kg
