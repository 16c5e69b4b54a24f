// The sqlite3 shell, a real consumer, reads a store's tables: the counts of the graph, the
// schema's identification, and every query docs/store.md shows.
#include <catch2/catch.hpp>

#include <set>
#include <sstream>

#include "cli/cli_support.h"
#include "store/store_reader.h"
#include "store_fixtures.h"

namespace kg::test {
namespace {

namespace fs = std::filesystem;

const TempDir& samples_store() {
  static const TempDir dir = [] {
    TempDir d("kg-store-shell");
    auto r = kgraph("build " + quoted(source_dir() / "samples") + " -q -o " + quoted(d / "g.kgdb"));
    if (r.exit_code != 0) FAIL("kgraph build samples/ failed: " << r.err);
    return d;
  }();
  return dir;
}

std::string one_value(const fs::path& db, const std::string& sql) {
  RunResult r = sqlite3(db, sql);
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
  return r.out;
}

// The ```sql blocks of docs/store.md.
std::vector<std::string> documented_queries() {
  std::string docs = read_file(source_dir() / "docs" / "store.md");
  std::vector<std::string> queries;
  const std::string open = "```sql\n";
  for (std::size_t at = docs.find(open); at != std::string::npos; at = docs.find(open, at)) {
    at += open.size();
    std::size_t end = docs.find("```", at);
    queries.push_back(docs.substr(at, end - at));
    at = end;
  }
  return queries;
}

}  // namespace

TEST_CASE("The sqlite3 shell reads a store's tables with the graph's counts and names", "[store]") {
  TempDir dir("kg-store-shell");
  KnowledgeGraph graph = quirky_graph();
  write_store_file(dir / "g.kgdb", graph);
  const auto db = dir / "g.kgdb";
  CHECK(one_value(db, "PRAGMA application_id;") == "1801938018\n");
  CHECK(one_value(db, "PRAGMA user_version;") == "2\n");
  CHECK(one_value(db, "SELECT value FROM meta WHERE key = 'format';") == "kgraph\n");
  CHECK(one_value(db, "SELECT count(*) FROM documents;") == "3\n");
  CHECK(one_value(db, "SELECT count(*) FROM entities;") == "5\n");
  CHECK(one_value(db, "SELECT count(*) FROM relations;") == "5\n");
  CHECK(one_value(db, "SELECT count(*) FROM evidence;") == "7\n");
  CHECK(one_value(db, "SELECT count(*) FROM sentences;") == "6\n");  // doc-1 sentence 2 is cited twice
  CHECK(one_value(db, "SELECT sum(weight) FROM relations;") == "7\n");
  CHECK(one_value(db, "SELECT group_concat(alias, '|') FROM entity_aliases WHERE entity = 0;") == "A. Petrova|Петрова\n");
  CHECK(one_value(db, "SELECT source, relation, target, title, weight FROM relations WHERE id = 0;") ==
        "0|holds_position|1|Deputy Minister|2\n");
  CHECK(one_value(db, "SELECT document, sentence, text, date FROM evidence_text WHERE relation = 2 ORDER BY position;") ==
        "dóc 3|0|Колев встретился с Петровой.|2024-03-03\ndóc 3|1|They met again\ttoday.|2024-03-03\n");
  CHECK(one_value(db, "SELECT id, source, url FROM documents ORDER BY position LIMIT 1;") ==
        "doc-1|Agency \"A\"|https://example.org/1?a=b&c\n");
  CHECK(one_value(db, "SELECT node, length(arcs) / 16 FROM adjacency ORDER BY node;") == "0|3\n1|4\n2|1\n3|1\n");
  CHECK(one_value(db, "SELECT hex(substr(arcs, 1, 16)) FROM adjacency WHERE node = 0;") ==
        "01000000000000000200000000010000\n");  // to 1, relation 0, weight 2, holds_position from here
  CHECK(one_value(db, "PRAGMA integrity_check;") == "ok\n");
}

TEST_CASE("Every query in docs/store.md runs in the sqlite3 shell on the store of samples/", "[store]") {
  const auto db = samples_store() / "g.kgdb";
  auto queries = documented_queries();
  REQUIRE(queries.size() >= 6);
  for (const auto& sql : queries) {
    CAPTURE(sql);
    RunResult r = sqlite3(db, sql);
    CHECK(r.exit_code == 0);
    CHECK(r.err.empty());
    CHECK(std::count(r.out.begin(), r.out.end(), '\n') >= 2);  // an answer, not an empty one
  }
}

TEST_CASE("The documented queries give the answers the graph gives", "[store]") {
  const auto db = samples_store() / "g.kgdb";
  auto queries = documented_queries();
  REQUIRE(queries.size() >= 2);
  KnowledgeGraph graph = load_store(db);
  // Everyone who met Kimmo Vähäkangas, from the graph itself.
  auto kimmo = graph.find("Kimmo Vähäkangas");
  REQUIRE(kimmo.size() == 1);
  std::set<std::string> met;
  for (EdgeId e = 0; e < graph.edge_count(); ++e) {
    if (graph.edge(e).relation != Relation::MetWith) continue;
    if (graph.source(e) == kimmo[0]) met.insert(graph.node(graph.target(e)).label);
    if (graph.target(e) == kimmo[0]) met.insert(graph.node(graph.source(e)).label);
  }
  REQUIRE_FALSE(met.empty());
  RunResult r = sqlite3(db, queries[0]);
  std::set<std::string> answered;
  std::istringstream lines(r.out);
  for (std::string line; std::getline(lines, line);) answered.insert(line.substr(0, line.find('|')));
  CHECK(answered == met);
  // Posts in the European Parliament: one row per holds_position fact.
  auto ministry = graph.find("European Parliament");
  REQUIRE(ministry.size() == 1);
  std::size_t posts = 0;
  for (EdgeId e : graph.in_edges(ministry[0])) posts += graph.edge(e).relation == Relation::HoldsPosition;
  RunResult p = sqlite3(db, queries[1]);
  CHECK(static_cast<std::size_t>(std::count(p.out.begin(), p.out.end(), '\n')) == posts);
  CHECK(p.out.find("Ingrid Holmberg|MEP|") != std::string::npos);
}

}  // namespace kg::test
