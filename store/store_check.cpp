#include "store/store_check.h"

#include <charconv>
#include <fstream>
#include <map>
#include <string>

#include "extract/input_error.h"
#include "store/store_schema.h"

namespace kg::store {
namespace {

namespace fs = std::filesystem;

constexpr std::string_view kSqliteMagic{"SQLite format 3\0", 16};
constexpr std::size_t kHeaderBytes = 100;

std::uint32_t be(const unsigned char* p, int bytes) {
  std::uint32_t v = 0;
  for (int i = 0; i < bytes; ++i) v = v << 8 | p[i];
  return v;
}

std::size_t parse_count(const std::map<std::string, std::string, std::less<>>& meta, std::string_view key,
                        const std::string& file) {
  auto it = meta.find(key);
  std::size_t value = 0;
  if (it != meta.end()) {
    const char* end = it->second.data() + it->second.size();
    auto [ptr, ec] = std::from_chars(it->second.data(), end, value);
    if (ec == std::errc() && ptr == end && !it->second.empty()) return value;
  }
  throw InputError("damaged kgraph store: meta." + std::string(key) + " is missing or not a count", file);
}

}  // namespace

void check_file_header(const fs::path& path) {
  const std::string file = path.string();
  std::error_code ec;
  auto status = fs::status(path, ec);
  if (!fs::exists(status)) throw InputError("no such graph file", file);
  if (fs::is_directory(status)) throw InputError("is a directory, not a graph file", file);
  if (!fs::is_regular_file(status)) throw InputError("not a regular file, so not a kgraph store", file);
  auto size = fs::file_size(path, ec);
  if (ec) throw InputError("cannot read graph file", file);
  std::ifstream in(path, std::ios::binary);
  unsigned char header[kHeaderBytes] = {};
  in.read(reinterpret_cast<char*>(header), kHeaderBytes);
  if (!in && !in.eof()) throw InputError("cannot read graph file", file);
  auto got = static_cast<std::size_t>(in.gcount());
  if (got == 0) throw InputError("not a kgraph store: the file is empty", file);
  std::string_view start(reinterpret_cast<const char*>(header), std::min(got, kSqliteMagic.size()));
  if (start != kSqliteMagic.substr(0, start.size()) || got < kSqliteMagic.size())
    throw InputError("not a kgraph store: not an SQLite database", file);
  if (got < kHeaderBytes)
    throw InputError("truncated kgraph store: " + std::to_string(size) + " bytes, shorter than an SQLite header",
                     file);
  std::uint64_t page_size = be(header + 16, 2);
  if (page_size == 1) page_size = 65536;
  if (page_size < 512 || (page_size & (page_size - 1)) != 0)
    throw InputError("damaged kgraph store: bad page size " + std::to_string(page_size), file);
  // The header's page count is valid when its "version valid for" equals the change counter
  // (SQLite file format, section 1.3.6); every writer since 3.7.0 keeps it so.
  std::uint64_t pages = be(header + 28, 4);
  bool pages_valid = be(header + 92, 4) == be(header + 24, 4) && pages > 0;
  if (pages_valid && size < pages * page_size)
    throw InputError("truncated kgraph store: " + std::to_string(size) + " bytes where its header says " +
                         std::to_string(pages * page_size),
                     file);
  if (size % page_size != 0)
    throw InputError("truncated kgraph store: " + std::to_string(size) + " bytes, not a whole number of " +
                         std::to_string(page_size) + "-byte pages",
                     file);
}

SqliteDb open_checked(const fs::path& path, StoreCounts& counts) {
  check_file_header(path);
  SqliteDb db = SqliteDb::open_read_only(path);
  const std::string& file = db.file();
  if (db.pragma_integer("application_id") != kApplicationId)
    throw InputError("not a kgraph store: an SQLite database of another program (no kgraph application id)", file);
  std::int64_t version = db.pragma_integer("user_version");
  if (version > kSchemaVersion)
    throw InputError("written by a newer kgraph: store schema version " + std::to_string(version) +
                         ", this kgraph reads versions " + std::to_string(kOldestSchemaVersion) + " to " +
                         std::to_string(kSchemaVersion) +
                         " (upgrade kgraph, or export the graph to .json with the newer one)",
                     file);
  if (version < kOldestSchemaVersion) throw InputError("damaged kgraph store: schema version " + std::to_string(version), file);
  std::map<std::string, std::string, std::less<>> meta;
  auto rows = db.prepare("SELECT key, value FROM meta");
  while (rows.step()) meta.emplace(rows.text(0), rows.text(1));
  if (meta["format"] != "kgraph" || meta["schema_version"] != std::to_string(version))
    throw InputError("damaged kgraph store: its meta table does not name kgraph's format and version", file);
  counts.documents = parse_count(meta, "documents", file);
  counts.entities = parse_count(meta, "entities", file);
  counts.relations = parse_count(meta, "relations", file);
  counts.evidence = parse_count(meta, "evidence", file);
  counts.sentences = parse_count(meta, "sentences", file);
  counts.schema_version = version;
  counts.meta = std::move(meta);
  return db;
}

}  // namespace kg::store
