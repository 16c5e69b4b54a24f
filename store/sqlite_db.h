#pragma once
// A thin RAII layer over the SQLite C API for the store: one connection (SqliteDb) and its
// prepared statements (SqliteStatement). Every failing call throws kg::InputError naming
// the database file and saying what SQLite said ("database disk image is malformed"), so a
// bad store surfaces as `kgraph: error: FILE: ...` like any other bad input.
//
// Not thread-safe: one connection and its statements belong to one thread.
#include <cstdint>
#include <filesystem>
#include <span>
#include <string>
#include <string_view>
#include <system_error>

struct sqlite3;
struct sqlite3_stmt;

namespace kg::store {

class SqliteStatement;

class SqliteDb {
 public:
  /// Opens an existing database file read-only (it is never created or changed).
  static SqliteDb open_read_only(const std::filesystem::path& path);
  /// A new, empty database held in one contiguous block of memory (SQLite's memdb), whose
  /// bytes serialized() returns: the store is built there, then written out as a file.
  static SqliteDb open_in_memory();
  /// A new database in the file `path` (empty or missing), written by one connection without
  /// a journal or syncs: the file is a temp file that only a complete write renames into
  /// place (cli/output_file.h), which syncs it. A write the system refuses (a full disk, a
  /// file-size limit) throws std::system_error with its errno.
  static SqliteDb create_file(const std::filesystem::path& path);

  SqliteDb(SqliteDb&&) noexcept;
  SqliteDb& operator=(SqliteDb&&) noexcept;
  ~SqliteDb();

  /// Runs one or more statements that return no rows.
  void exec(std::string_view sql);
  SqliteStatement prepare(std::string_view sql);
  /// The integer a `PRAGMA name` returns (application_id, user_version, ...).
  std::int64_t pragma_integer(std::string_view name);
  /// The database file's bytes, valid until the next change; only for open_in_memory().
  std::span<const unsigned char> serialized();

  /// Throws kg::InputError "`context`: what SQLite says about `code`" naming the file.
  [[noreturn]] void fail(int code, std::string_view context) const;
  const std::string& file() const { return file_; }
  sqlite3* handle() const { return db_; }

 private:
  SqliteDb(sqlite3* db, std::string file, bool writes_file = false)
      : db_(db), file_(std::move(file)), writes_file_(writes_file) {}
  sqlite3* db_ = nullptr;
  std::string file_;
  bool writes_file_ = false;
};

/// A prepared statement. Columns are read with a type check: a value of the wrong type
/// (which only a damaged or hand-edited store holds) throws, naming the column.
class SqliteStatement {
 public:
  SqliteStatement(SqliteStatement&&) noexcept;
  SqliteStatement& operator=(SqliteStatement&&) = delete;
  ~SqliteStatement();

  /// Parameters are 1-based, as in SQLite. Text and blobs must outlive the next step().
  void bind(int index, std::int64_t value);
  void bind(int index, std::string_view text);
  void bind_blob(int index, std::span<const unsigned char> bytes);
  /// True when a row is ready; false when the statement is done.
  bool step();
  /// Clears the bindings' effect so the statement can run again with new ones.
  void reset();

  std::int64_t integer(int column) const;
  /// An integer column that must fit in 32 bits unsigned.
  std::uint32_t uint32(int column) const;
  std::string_view text(int column) const;
  std::span<const unsigned char> blob(int column) const;

 private:
  friend class SqliteDb;
  SqliteStatement(const SqliteDb& db, sqlite3_stmt* statement) : db_(&db), statement_(statement) {}
  [[noreturn]] void wrong_type(int column, const char* expected) const;
  const SqliteDb* db_;
  sqlite3_stmt* statement_;
};

}  // namespace kg::store
