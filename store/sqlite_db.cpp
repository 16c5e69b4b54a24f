#include "store/sqlite_db.h"

#include <limits>
#include <utility>

#include <sqlite3.h>

#include "extract/input_error.h"

namespace kg::store {

SqliteDb SqliteDb::open_read_only(const std::filesystem::path& path) {
  sqlite3* db = nullptr;
  // Debian's SQLite reads names starting with "file:" as URIs even without SQLITE_OPEN_URI;
  // "./file:x" is the same file and no URI.
  std::string name = path.string();
  if (name.rfind("file:", 0) == 0) name = "./" + name;
  // NOMUTEX: a connection belongs to one thread (see the header), so SQLite need not lock it
  // on every call, which at a million rows is a tenth of a path query's time.
  int rc = sqlite3_open_v2(name.c_str(), &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, nullptr);
  SqliteDb result(db, path.string());
  if (rc != SQLITE_OK) result.fail(rc, "cannot open the store");
  sqlite3_extended_result_codes(db, 1);
  // Pages read through a memory map, not copied by read(): a store is replaced by a rename,
  // never changed in place, so the mapping stays valid while it is read.
  result.exec("PRAGMA mmap_size = 2147418112");
  return result;
}

SqliteDb SqliteDb::open_in_memory() {
  sqlite3* db = nullptr;
  // memdb keeps the database in one block that sqlite3_serialize hands out without a copy;
  // a name without a leading '/' is private to this connection.
  // NOMUTEX as for reading: the store is written by one thread.
  int rc = sqlite3_open_v2("file:kgraph-store?vfs=memdb", &db,
                           SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_URI | SQLITE_OPEN_NOMUTEX, nullptr);
  SqliteDb result(db, "graph store");
  if (rc != SQLITE_OK) result.fail(rc, "cannot create the store in memory");
  // memdb stops at 1 GiB by default; a store is as large as its graph needs.
  sqlite3_int64 limit = std::numeric_limits<sqlite3_int64>::max() / 2;
  sqlite3_file_control(db, "main", SQLITE_FCNTL_SIZE_LIMIT, &limit);
  return result;
}

SqliteDb SqliteDb::create_file(const std::filesystem::path& path) {
  sqlite3* db = nullptr;
  std::string name = path.string();
  if (name.rfind("file:", 0) == 0) name = "./" + name;  // as in open_read_only
  int rc = sqlite3_open_v2(name.c_str(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, nullptr);
  SqliteDb result(db, path.string(), true);
  if (rc != SQLITE_OK) result.fail(rc, "cannot create the store");
  sqlite3_extended_result_codes(db, 1);
  // No journal, no syncs, one lock for the whole write: nobody else opens a temp file, and one
  // that is not complete is removed, never renamed into place. An 8 MiB page cache: the pages
  // a transaction changes beyond it go to the file, not to memory.
  result.exec("PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA locking_mode = EXCLUSIVE; "
              "PRAGMA cache_size = -8192");
  return result;
}

SqliteDb::SqliteDb(SqliteDb&& other) noexcept
    : db_(std::exchange(other.db_, nullptr)), file_(std::move(other.file_)), writes_file_(other.writes_file_) {}

SqliteDb& SqliteDb::operator=(SqliteDb&& other) noexcept {
  if (this != &other) {
    if (db_) sqlite3_close_v2(db_);
    db_ = std::exchange(other.db_, nullptr);
    file_ = std::move(other.file_);
    writes_file_ = other.writes_file_;
  }
  return *this;
}

SqliteDb::~SqliteDb() {
  if (db_) sqlite3_close_v2(db_);
}

void SqliteDb::fail(int code, std::string_view context) const {
  std::string said = db_ ? sqlite3_errmsg(db_) : sqlite3_errstr(code);
  int primary = code & 0xff;
  if (writes_file_ && (primary == SQLITE_FULL || primary == SQLITE_IOERR) && db_ && sqlite3_system_errno(db_) != 0)
    throw std::system_error(sqlite3_system_errno(db_), std::generic_category(), said);
  if (primary == SQLITE_CORRUPT || primary == SQLITE_NOTADB || primary == SQLITE_IOERR)
    throw InputError("damaged kgraph store (SQLite: " + said + ")", file_);
  throw InputError(std::string(context) + " (SQLite: " + said + ")", file_);
}

void SqliteDb::exec(std::string_view sql) {
  std::string text(sql);
  int rc = sqlite3_exec(db_, text.c_str(), nullptr, nullptr, nullptr);
  if (rc != SQLITE_OK) fail(rc, "store statement failed");
}

SqliteStatement SqliteDb::prepare(std::string_view sql) {
  sqlite3_stmt* statement = nullptr;
  int rc = sqlite3_prepare_v2(db_, sql.data(), static_cast<int>(sql.size()), &statement, nullptr);
  // A statement that does not prepare names a table or column the file lacks: not our schema.
  if (rc != SQLITE_OK) fail(rc, "not a kgraph store, or a damaged one");
  return SqliteStatement(*this, statement);
}

std::int64_t SqliteDb::pragma_integer(std::string_view name) {
  auto statement = prepare("PRAGMA " + std::string(name));
  if (!statement.step()) throw InputError("PRAGMA " + std::string(name) + " returned nothing", file_);
  return statement.integer(0);
}

std::span<const unsigned char> SqliteDb::serialized() {
  sqlite3_int64 size = 0;
  unsigned char* bytes = sqlite3_serialize(db_, "main", &size, SQLITE_SERIALIZE_NOCOPY);
  if (!bytes && size > 0) throw InputError("the store in memory cannot be serialized", file_);
  return {bytes, static_cast<std::size_t>(size)};
}

SqliteStatement::SqliteStatement(SqliteStatement&& other) noexcept
    : db_(other.db_), statement_(std::exchange(other.statement_, nullptr)) {}

SqliteStatement::~SqliteStatement() {
  if (statement_) sqlite3_finalize(statement_);
}

void SqliteStatement::bind(int index, std::int64_t value) {
  int rc = sqlite3_bind_int64(statement_, index, value);
  if (rc != SQLITE_OK) db_->fail(rc, "cannot bind a store value");
}

void SqliteStatement::bind(int index, std::string_view text) {
  // Bytes as they are (SQLite does not check UTF-8): names keep even invalid bytes.
  int rc = sqlite3_bind_text64(statement_, index, text.empty() ? "" : text.data(), text.size(), SQLITE_STATIC,
                               SQLITE_UTF8);
  if (rc != SQLITE_OK) db_->fail(rc, "cannot bind a store value");
}

void SqliteStatement::bind_blob(int index, std::span<const unsigned char> bytes) {
  int rc = sqlite3_bind_blob64(statement_, index, bytes.empty() ? "" : static_cast<const void*>(bytes.data()),
                               bytes.size(), SQLITE_STATIC);
  if (rc != SQLITE_OK) db_->fail(rc, "cannot bind a store value");
}

bool SqliteStatement::step() {
  int rc = sqlite3_step(statement_);
  if (rc == SQLITE_ROW) return true;
  if (rc == SQLITE_DONE) return false;
  db_->fail(rc, "cannot read or write the store");
}

void SqliteStatement::reset() {
  sqlite3_reset(statement_);
  sqlite3_clear_bindings(statement_);
}

void SqliteStatement::wrong_type(int column, const char* expected) const {
  const char* table = sqlite3_column_table_name(statement_, column);
  const char* name = sqlite3_column_name(statement_, column);
  throw InputError(std::string("damaged kgraph store: ") + (table ? table : "?") + "." + (name ? name : "?") +
                       " holds a value that is not " + expected,
                   db_->file());
}

std::int64_t SqliteStatement::integer(int column) const {
  if (sqlite3_column_type(statement_, column) != SQLITE_INTEGER) wrong_type(column, "an integer");
  return sqlite3_column_int64(statement_, column);
}

std::uint32_t SqliteStatement::uint32(int column) const {
  std::int64_t value = integer(column);
  if (value < 0 || value > std::numeric_limits<std::uint32_t>::max()) wrong_type(column, "a 32-bit count");
  return static_cast<std::uint32_t>(value);
}

std::string_view SqliteStatement::text(int column) const {
  if (sqlite3_column_type(statement_, column) != SQLITE_TEXT) wrong_type(column, "text");
  const auto* bytes = reinterpret_cast<const char*>(sqlite3_column_text(statement_, column));
  auto size = static_cast<std::size_t>(sqlite3_column_bytes(statement_, column));
  return bytes ? std::string_view(bytes, size) : std::string_view();
}

std::span<const unsigned char> SqliteStatement::blob(int column) const {
  if (sqlite3_column_type(statement_, column) != SQLITE_BLOB) wrong_type(column, "a blob");
  const auto* bytes = static_cast<const unsigned char*>(sqlite3_column_blob(statement_, column));
  auto size = static_cast<std::size_t>(sqlite3_column_bytes(statement_, column));
  return bytes ? std::span<const unsigned char>(bytes, size) : std::span<const unsigned char>();
}

}  // namespace kg::store
