#pragma once
// The schema of kgraph's graph store (`.kgdb`, an SQLite database), version 2. Documented
// for users, with example queries, in docs/store.md; this header is what the writer creates
// and the reader expects.
#include <cstdint>
#include <string_view>

namespace kg::store {

/// PRAGMA application_id of every store: "kgdb" in ASCII. Tells a kgraph store from any
/// other SQLite database before a table is read.
inline constexpr std::int64_t kApplicationId = 0x6B676462;
/// PRAGMA user_version: the schema version this kgraph writes and the newest it reads.
inline constexpr std::int64_t kSchemaVersion = 2;
/// The oldest version it reads. Version 1 lacks the name index (lookups then read every
/// name) and the stored extractions (`build --into` refuses it).
inline constexpr std::int64_t kOldestSchemaVersion = 1;

/// Tables and views, created empty in one transaction with the rows.
std::string_view schema_sql();
/// Indexes for SQL users ("everyone who met X"), created after the rows are in.
std::string_view index_sql();

}  // namespace kg::store
