// `kgraph build NEW... --into graph.kgdb` (issue 14, point 4): only new documents are
// extracted, the stored extractions are resolved again with them, and the store equals the
// one built from all documents at once, in any order of arrival. Known documents are
// skipped; a store whose extractions another kgraph made, or that has none, is refused and
// left as it was; so is a store whose --into was killed.
#include <catch2/catch.hpp>

#include <algorithm>
#include <csignal>

#include "cli/cli_support.h"
#include "store_fixtures.h"

namespace kg::test {
namespace {

namespace fs = std::filesystem;

// samples/ texts split into first/ and second/ (and all of them in all/).
void split_samples(const TempDir& dir) {
  std::vector<fs::path> texts;
  for (const auto& entry : fs::directory_iterator(source_dir() / "samples"))
    if (entry.path().extension() == ".txt") texts.push_back(entry.path());
  std::sort(texts.begin(), texts.end());
  REQUIRE(texts.size() >= 10);
  for (const char* sub : {"all", "first", "second"}) fs::create_directory(dir / sub);
  for (std::size_t i = 0; i < texts.size(); ++i) {
    fs::copy_file(texts[i], dir / "all" / texts[i].filename());
    fs::copy_file(texts[i], dir / (i % 3 == 0 ? "first" : "second") / texts[i].filename());
  }
}

RunResult into(const fs::path& input, const fs::path& store, const std::string& more = "") {
  return kgraph("build " + quoted(input) + " -q --into " + quoted(store) + more);
}

std::string exported(const fs::path& store, const std::string& name) {
  const fs::path out = store.parent_path() / ("exported-" + name);
  RunResult r = kgraph("export " + quoted(store) + " -o " + quoted(out));
  if (r.exit_code != 0) FAIL("kgraph export failed: " << r.err);
  return read_file(out);
}

// Runs `kgraph build INPUT --into STORE` and kills it with SIGKILL once its temp output
// appears. True when the kill came during the write, false when the run finished first.
bool kill_during_into(const fs::path& input, const fs::path& store) {
  return signal_during_write({"build", input.string(), "--into", store.string(), "--jobs", "1"},
                             store.parent_path(), SIGKILL);
}

}  // namespace

TEST_CASE("A store grown with --into in two halves, in either order, equals the store built at once", "[store][into]") {
  TempDir dir("kg-store-into");
  split_samples(dir);
  RunResult all = kgraph("build " + quoted(dir / "all") + " -q -o " + quoted(dir / "all.kgdb") + " -o " +
                         quoted(dir / "all.json") + " -o " + quoted(dir / "all.graphml"));
  REQUIRE(all.exit_code == 0);
  REQUIRE(into(dir / "first", dir / "fs.kgdb").exit_code == 0);  // creates the store
  RunResult second = into(dir / "second", dir / "fs.kgdb");
  INFO(second.err);
  REQUIRE(second.exit_code == 0);
  CHECK(second.err.empty());
  REQUIRE(into(dir / "second", dir / "sf.kgdb").exit_code == 0);
  REQUIRE(into(dir / "first", dir / "sf.kgdb", " -o " + quoted(dir / "sf.graphml")).exit_code == 0);
  for (const char* store : {"fs.kgdb", "sf.kgdb"}) {
    CAPTURE(store);
    CHECK(exported(dir / store, "g.json") == read_file(dir / "all.json"));
    CHECK(exported(dir / store, "g.graphml") == read_file(dir / "all.graphml"));
    CHECK(read_file(dir / store) == read_file(dir / "all.kgdb"));  // extractions and all
  }
  CHECK(read_file(dir / "sf.graphml") == read_file(dir / "all.graphml"));
  // A third step onto a store made by -o works the same way.
  REQUIRE(kgraph("build " + quoted(dir / "first") + " -q -o " + quoted(dir / "o.kgdb")).exit_code == 0);
  REQUIRE(into(dir / "second", dir / "o.kgdb").exit_code == 0);
  CHECK(read_file(dir / "o.kgdb") == read_file(dir / "all.kgdb"));
}

TEST_CASE("build --into a store skips, with a warning, a document it already holds", "[store][into]") {
  TempDir dir("kg-store-into");
  split_samples(dir);
  REQUIRE(into(dir / "first", dir / "g.kgdb").exit_code == 0);
  const std::string before = read_file(dir / "g.kgdb");
  fs::path again;
  for (const auto& entry : fs::directory_iterator(dir / "first")) again = entry.path();
  RunResult r = kgraph("build " + quoted(again) + " --into " + quoted(dir / "g.kgdb"));
  CHECK(r.exit_code == 0);
  const std::string id = again.stem().string();
  CHECK(r.err.find("kgraph: warning: " + again.string() + ": document \"" + id + "\" is already in " +
                   (dir / "g.kgdb").string() + "; skipped (the first one is kept)\n") != std::string::npos);
  CHECK(read_file(dir / "g.kgdb") == before);
}

TEST_CASE("build --into refuses a store it cannot grow and leaves it as it was", "[store][into]") {
  TempDir dir("kg-store-into");
  split_samples(dir);
  REQUIRE(into(dir / "first", dir / "g.kgdb").exit_code == 0);
  auto [what, sql, message] = GENERATE(table<std::string, std::string, std::string>({
      {"another extraction version",
       "UPDATE meta SET value = 'extraction 0, codec 1, model 0, probe 0' WHERE key = 'extraction_version';",
       "the store's documents were extracted by another version of kgraph (extraction 0, codec 1, model 0, probe 0; "
       "this kgraph: extraction "},
      {"a store of schema version 1",
       "DROP TABLE name_keys; DROP TABLE name_words; DROP TABLE extractions; DROP TABLE node_types; "
       "DELETE FROM meta WHERE key IN ('name_key_probe', 'extraction_version'); "
       "UPDATE meta SET value = '1' WHERE key = 'schema_version'; PRAGMA user_version = 1;",
       "the store was written by an older kgraph (store schema version 1) that kept no extractions, so documents "
       "cannot be added to it; rebuild it from all its documents with this kgraph: kgraph build DOCUMENTS... -o "},
      {"a store without extractions",
       "DELETE FROM extractions; UPDATE meta SET value = '' WHERE key = 'extraction_version';",
       "the store holds no extractions (it was written by kgraph export, not kgraph build)"},
      {"a damaged extraction", "UPDATE extractions SET data = substr(data, 1, length(data) - 1) WHERE position = 0;",
       "damaged compact extraction: "},
  }));
  CAPTURE(what);
  REQUIRE(sqlite3(dir / "g.kgdb", sql).exit_code == 0);
  const std::string before = read_file(dir / "g.kgdb");
  RunResult r = into(dir / "second", dir / "g.kgdb");
  CHECK(r.exit_code == 2);
  CHECK(r.err.rfind("kgraph: error: " + (dir / "g.kgdb").string(), 0) == 0);
  CHECK(r.err.find(message) != std::string::npos);
  CHECK(read_file(dir / "g.kgdb") == before);
  CHECK_FALSE(has_temp_file(dir.path()));
}

TEST_CASE("build --into a store killed while it writes leaves the previous store as it was", "[store][into]") {
  TempDir dir("kg-store-into");
  write_file(dir / "small.txt", kMeetingText);
  REQUIRE(into(dir / "small.txt", dir / "g.kgdb").exit_code == 0);
  const std::string previous = read_file(dir / "g.kgdb");
  // One fact with every sentence as evidence: a store of megabytes. Should a fast machine
  // finish before the kill, the input doubles.
  std::string sentence = "Foreign Minister Mukhtar Tileuberdi met Turkish Foreign Minister Mevlut Cavusoglu. ";
  std::string text;
  bool killed = false;
  for (std::size_t repeats = 20000; !killed && repeats <= 320000; repeats *= 2) {
    while (text.size() < sentence.size() * repeats) text += sentence;
    write_file(dir / "big.txt", text);
    killed = kill_during_into(dir / "big.txt", dir / "g.kgdb");
    if (!killed) write_file(dir / "g.kgdb", previous);  // it finished: the previous state back
  }
  REQUIRE(killed);
  CHECK(read_file(dir / "g.kgdb") == previous);
  CHECK(exported(dir / "g.kgdb", "g.json").find("Tileuberdi") != std::string::npos);
  // The store still grows: the killed run left nothing half-done behind.
  REQUIRE(into(dir / "big.txt", dir / "g.kgdb").exit_code == 0);
  CHECK(read_file(dir / "g.kgdb") != previous);
}

}  // namespace kg::test
