#pragma once
// The store's name index (schema version 2, tables `name_keys` and `name_words`): every
// label and alias under its folded key (extract/name_key.h), and each word of that key, so
// that `kgraph path` finds its two entities with a few indexed SQL lookups instead of
// reading a million names.
//
// The answers are lookup_entity's (query/entity_lookup.h), byte for byte: the index only
// picks the candidates, which are then loaded and resolved by lookup_entity itself. When it
// cannot pick them — a store without the index (version 1), one whose keys were folded
// differently (meta `name_key_probe` differs from this kgraph's), a name that repeats a
// word, or no candidate at all, whose "did you mean" needs every name — every name is read.
#include <string_view>

#include "graph/knowledge_graph.h"
#include "store/sqlite_db.h"
#include "store/store_rows.h"

namespace kg::store {

/// meta `name_key_probe`: the key of a fixed name with folded letters, as this kgraph
/// folds it. A store whose probe differs was keyed by another name_key.
std::string name_key_probe();

/// Fills both tables for every label and alias of `graph`.
void write_name_index(SqliteDb& db, const KnowledgeGraph& graph);

/// The node `name` resolves to in the store, or lookup_entity's kg::InputError.
NodeId lookup_stored_entity(StoreRows& rows, std::string_view name);

}  // namespace kg::store
