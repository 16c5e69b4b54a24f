#pragma once
// The checks a store file passes before any of it is loaded (store/store_reader.h): the
// SQLite header, the file's length against it, kgraph's application id, the schema version
// and the meta table's counts.
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <map>
#include <string>

#include "store/sqlite_db.h"

namespace kg::store {

/// What the writer recorded in `meta`: counts a load must find exactly, the schema version,
/// and every row (name_key_probe, extraction_version: see store/store_writer.h).
struct StoreCounts {
  std::size_t documents = 0, entities = 0, relations = 0, evidence = 0, sentences = 0;
  std::int64_t schema_version = 0;
  std::map<std::string, std::string, std::less<>> meta;
};

/// Reads the first bytes of `path` without SQLite: refuses a missing file, a directory, an
/// empty or non-SQLite file, and one shorter than its header says (cut short by a failed
/// copy or a full disk). Throws kg::InputError naming the file.
void check_file_header(const std::filesystem::path& path);

/// Opens `path` read-only and checks the application id, the schema version (a newer one
/// is refused with a message that says so; store/store_schema.h says which are read) and
/// the meta table.
SqliteDb open_checked(const std::filesystem::path& path, StoreCounts& counts);

}  // namespace kg::store
