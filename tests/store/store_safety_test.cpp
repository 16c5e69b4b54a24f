// A file that is not a sound kgraph store is refused before anything is loaded, with
// `kgraph: error: FILE: ...` and exit 2, by every command that reads a graph: empty,
// truncated, damaged, foreign SQLite databases, non-SQLite files named .kgdb, and stores of
// a newer schema version.
#include <catch2/catch.hpp>

#include <algorithm>
#include <functional>

#include "cli/cli_support.h"
#include "extract/input_error.h"
#include "store/store_reader.h"
#include "store_fixtures.h"

namespace kg::test {
namespace {

namespace fs = std::filesystem;

std::string valid_store() { return store_bytes(quirky_graph()); }

// The store with its pages after the first overwritten: every table's b-tree is garbage.
std::string damaged_pages() {
  std::string bytes = valid_store();
  for (std::size_t i = 4096; i < bytes.size(); ++i) bytes[i] = static_cast<char>(0xA5 ^ (i * 7));
  return bytes;
}

// A copy of the store changed by SQL in the sqlite3 shell.
std::string edited_store(const std::string& sql) {
  TempDir dir("kg-store-edit");
  write_file(dir / "e.kgdb", valid_store());
  RunResult r = sqlite3(dir / "e.kgdb", sql);
  if (r.exit_code != 0) FAIL("sqlite3 failed: " << r.err);
  return read_file(dir / "e.kgdb");
}

std::string foreign_database() {
  TempDir dir("kg-store-foreign");
  RunResult r = sqlite3(dir / "f.db", "CREATE TABLE notes(id INTEGER PRIMARY KEY, text TEXT); INSERT INTO notes VALUES (1, 'hi');");
  if (r.exit_code != 0) FAIL("sqlite3 failed: " << r.err);
  return read_file(dir / "f.db");
}

std::string cut(const std::string& bytes, std::size_t size) { return bytes.substr(0, size); }

}  // namespace

// Commands that read a store's skeleton (path, neighbors, stats) and those that load it
// whole (subgraph, export): each checks what it reads.
std::vector<std::string> commands(const std::string& reads, const fs::path& file, const TempDir& dir) {
  std::vector<std::string> list;
  if (reads != "whole") {
    list.push_back("path " + quoted(file) + " 'Ana Petrova' 'Ivan Kolev'");
    list.push_back("neighbors " + quoted(file) + " 'Ana Petrova'");
    list.push_back("stats " + quoted(file));
  }
  if (reads != "skeleton") {
    list.push_back("subgraph " + quoted(file) + " 'Ana Petrova' -o " + quoted(dir / "s.json"));
    list.push_back("export " + quoted(file) + " -o " + quoted(dir / "e.json"));
  }
  return list;
}

TEST_CASE("A file that is not a sound kgraph store is refused, naming the file", "[store]") {
  auto [what, make, reads, message] = GENERATE(table<std::string, std::function<std::string()>, std::string, std::string>({
      {"empty", [] { return std::string(); }, "all", "not a kgraph store: the file is empty"},
      {"a graph file named .kgdb", [] { return graph_json(quirky_graph()); }, "all",
       "not a kgraph store: not an SQLite database"},
      {"text", [] { return std::string("SQLite is a database\n"); }, "all", "not a kgraph store: not an SQLite database"},
      {"cut inside the header", [] { return cut(valid_store(), 50); }, "all",
       "truncated kgraph store: 50 bytes, shorter than an SQLite header"},
      {"cut to one page", [] { return cut(valid_store(), 4096); }, "all",
       "truncated kgraph store: 4096 bytes where its header says "},
      {"cut inside a page", [] { return cut(valid_store(), 6000); }, "all",
       "truncated kgraph store: 6000 bytes where its header says "},
      {"damaged pages", damaged_pages, "all", "damaged kgraph store"},
      {"another program's database", foreign_database, "all",
       "not a kgraph store: an SQLite database of another program"},
      {"a newer schema", [] { return edited_store("PRAGMA user_version = 3;"); }, "all",
       "written by a newer kgraph: store schema version 3, this kgraph reads versions 1 to 2 (upgrade kgraph, or export "
       "the graph to .json with the newer one)"},
      {"schema version 0", [] { return edited_store("PRAGMA user_version = 0;"); }, "all",
       "damaged kgraph store: schema version 0"},
      {"an entity lost", [] { return edited_store("DELETE FROM entities WHERE id = 4;"); }, "all",
       "damaged kgraph store: holds 4 entities where its meta table says 5"},
      {"a table dropped", [] { return edited_store("DROP TABLE entity_titles;"); }, "all",
       "not a kgraph store, or a damaged one (SQLite: no such table: entity_titles)"},
      {"an evidence row lost", [] { return edited_store("DELETE FROM evidence WHERE relation = 2 AND position = 1;"); },
       "whole", "damaged kgraph store: relation 2 has 1 evidence rows where its weight says 2"},
      {"an unknown relation", [] { return edited_store("UPDATE relations SET relation = 'loves' WHERE id = 1;"); },
       "whole", "damaged kgraph store: relation 1 is the unknown \"loves\""},
      {"an adjacency blob cut", [] { return edited_store("UPDATE adjacency SET arcs = substr(arcs, 1, 20) WHERE node = 0;"); },
       "skeleton", "damaged kgraph store: the adjacency of entity 0 is not a list of arcs"},
  }));
  CAPTURE(what);
  TempDir dir("kg-store-bad");
  const fs::path file = dir / "bad.kgdb";
  write_file(file, make());
  const std::string prefix = "kgraph: error: " + file.string() + ": ";
  for (const std::string& args : commands(reads, file, dir)) {
    CAPTURE(args);
    RunResult r = kgraph(args);
    CHECK(r.exit_code == 2);
    CHECK(r.out.empty());
    CHECK(r.err.rfind(prefix, 0) == 0);
    CHECK(r.err.find(message) != std::string::npos);
    CHECK(std::count(r.err.begin(), r.err.end(), '\n') == 1);
  }
  CHECK_FALSE(fs::exists(dir / "s.json"));
  CHECK_FALSE(fs::exists(dir / "e.json"));
}

TEST_CASE("Each load of a store checks what it reads", "[store]") {
  // The same files in process: the full load and the skeleton load both refuse.
  TempDir dir("kg-store-bad");
  write_file(dir / "lost.kgdb", edited_store("DELETE FROM evidence WHERE relation = 2 AND position = 1;"));
  CHECK_THROWS_AS(load_store(dir / "lost.kgdb"), InputError);
  // The skeleton reads no evidence rows; the evidence of a printed hop is checked when read.
  GraphStore lost(dir / "lost.kgdb");
  CHECK_NOTHROW(lost.load_skeleton());
  CHECK_THROWS_WITH(lost.load_part({}, {2}), "damaged kgraph store: relation 2 has 1 evidence rows where its weight says 2");
  write_file(dir / "arc.kgdb", edited_store("DELETE FROM adjacency WHERE node = 1;"));
  CHECK_NOTHROW(load_store(dir / "arc.kgdb"));  // the whole graph is read from the other tables
  CHECK_THROWS_WITH(GraphStore(dir / "arc.kgdb").load_skeleton(), "damaged kgraph store: the adjacency lacks relation 3");
  CHECK_THROWS_WITH(GraphStore(dir / "arc.kgdb").path_index(),
                    "damaged kgraph store: holds 3 relations in the adjacency where its meta table says 5");
  write_file(dir / "ok.kgdb", valid_store());
  CHECK_THROWS_WITH(GraphStore(dir / "ok.kgdb").load_part({99}, {}),
                    "damaged kgraph store: a query names entity 99, which does not exist");
}

TEST_CASE("A missing store or a directory is refused like a missing graph file", "[store]") {
  TempDir dir("kg-store-bad");
  fs::create_directory(dir / "d.kgdb");
  RunResult missing = kgraph("stats " + quoted(dir / "none.kgdb"));
  CHECK(missing.exit_code == 2);
  CHECK(missing.err == "kgraph: error: " + (dir / "none.kgdb").string() + ": no such graph file\n");
  RunResult directory = kgraph("stats " + quoted(dir / "d.kgdb"));
  CHECK(directory.exit_code == 2);
  CHECK(directory.err == "kgraph: error: " + (dir / "d.kgdb").string() + ": is a directory, not a graph file\n");
}

TEST_CASE("A store is read whatever its name, and a name starting with file: is no URI", "[store]") {
  TempDir dir("kg-store-name");
  write_store_file(dir / "file:g.json", quirky_graph());  // a store named like a graph file and a URI
  RunResult r = run("cd " + quoted(dir.path()) + " && " + shell_quote(kgraph_binary()) + " stats 'file:g.json'");
  INFO(r.err);
  CHECK(r.exit_code == 0);
  CHECK(r.out.rfind("5 entities, 5 relations, 7 evidence, 3 documents", 0) == 0);
}

}  // namespace kg::test
