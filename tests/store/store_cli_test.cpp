// End to end through the kgraph binary: `build -o g.kgdb`, `export`, and every query command
// giving on a store exactly the answers it gives on the graph file of the same documents.
#include <catch2/catch.hpp>

#include <cstdint>
#include <vector>

#include "cli/cli_support.h"
#include "graph/graph_json.h"
#include "store_fixtures.h"

namespace kg::test {
namespace {

namespace fs = std::filesystem;

// samples/ built once per test process into g.json and g.kgdb (and nothing else).
const TempDir& samples_built() {
  static const TempDir dir = [] {
    TempDir d("kg-store-samples");
    auto r = kgraph("build " + quoted(source_dir() / "samples") + " -q -o " + quoted(d / "g.json") + " -o " +
                    quoted(d / "g.kgdb"));
    if (r.exit_code != 0) FAIL("kgraph build samples/ failed: " << r.err);
    return d;
  }();
  return dir;
}

std::string replace_all(std::string text, const std::string& from, const std::string& to) {
  for (std::size_t at = 0; (at = text.find(from, at)) != std::string::npos; at += to.size()) text.replace(at, from.size(), to);
  return text;
}

// One run of `kgraph COMMAND GRAPH ARGS`, with the graph's name replaced by GRAPH.
RunResult query(const std::string& command, const fs::path& graph, const std::string& args) {
  RunResult r = kgraph(command + " " + quoted(graph) + " " + args);
  r.out = replace_all(r.out, graph.string(), "GRAPH");
  r.err = replace_all(r.err, graph.string(), "GRAPH");
  return r;
}

std::string gold_files() {
  std::string list;
  for (const auto& entry : fs::directory_iterator(source_dir() / "samples"))
    if (entry.path().string().ends_with(".gold.json")) list += " " + quoted(entry.path());
  return list;
}

// Names to query, chosen from the graph of samples/ (which changes as extraction improves):
// the best-connected entity, the entity farthest from it, one it cannot reach. Only labels
// that name one node are used.
struct QueryNames {
  std::string hub, far, unreachable, misspelt;
  std::size_t far_hops = 0;
};

const QueryNames& names() {
  static const QueryNames found = [] {
    KnowledgeGraph graph = load_graph_json(samples_built() / "g.json");
    auto unique = [&](NodeId n) { return graph.find(graph.node(n).label).size() == 1; };
    NodeId hub = 0;
    std::size_t best = 0;
    for (NodeId n = 0; n < graph.node_count(); ++n) {
      std::size_t degree = graph.out_edges(n).size() + graph.in_edges(n).size();
      if (unique(n) && degree > best) best = degree, hub = n;
    }
    std::vector<std::size_t> hops(graph.node_count(), SIZE_MAX);
    std::vector<NodeId> queue{hub};
    hops[hub] = 0;
    for (std::size_t i = 0; i < queue.size(); ++i)
      for (const auto& list : {graph.out_edges(queue[i]), graph.in_edges(queue[i])})
        for (EdgeId e : list)
          for (NodeId next : {graph.source(e), graph.target(e)})
            if (hops[next] == SIZE_MAX) hops[next] = hops[queue[i]] + 1, queue.push_back(next);
    QueryNames q;
    q.hub = graph.node(hub).label;
    NodeId far = hub, unreachable = hub;
    for (NodeId n = 0; n < graph.node_count(); ++n) {
      if (!unique(n)) continue;
      if (hops[n] != SIZE_MAX && (far == hub || hops[n] > hops[far])) far = n;
      if (hops[n] == SIZE_MAX && unreachable == hub) unreachable = n;
    }
    q.far = graph.node(far).label;
    q.far_hops = hops[far];
    q.unreachable = graph.node(unreachable).label;
    q.misspelt = q.hub.substr(0, 3) + q.hub.substr(4);  // one letter dropped: "did you mean"
    return q;
  }();
  return found;
}

std::string arg(const std::string& name) { return shell_quote(name); }

}  // namespace

TEST_CASE("The graph of samples/ gives the store tests something to find", "[store]") {
  const auto& q = names();
  CAPTURE(q.hub, q.far, q.unreachable);
  CHECK(q.far_hops >= 4);
  CHECK(q.unreachable != q.hub);
}

TEST_CASE("Every query command answers the same on a .kgdb as on the .json of the same documents", "[store]") {
  const auto& dir = samples_built();
  const auto& q = names();
  const std::string ends = arg(q.hub) + " " + arg(q.far);
  auto [command, args, code] = GENERATE_COPY(table<std::string, std::string, int>({
      {"path", ends, 0},
      {"path", ends + " --format json", 0},
      {"path", ends + " --format dot", 0},
      {"path", ends + " --k 3", 0},
      {"path", ends + " --weighted --k 2 --format json", 0},
      {"path", ends + " --max-hops 30 --via PERSON,ORG,GPE,EVENT --relations holds_position,member_of,met_with,"
                      "part_of,participated_in,chaired,located_in",
       0},
      {"path", arg(q.hub) + " " + arg(q.hub), 0},
      {"path", arg(q.hub) + " " + arg(q.unreachable), 1},
      {"path", ends + " --max-hops 2", 1},
      {"path", arg(q.misspelt) + " " + arg(q.far), 2},
      {"path", "'Ministry' " + arg(q.far), 2},
      {"neighbors", arg(q.hub), 0},
      {"neighbors", arg(q.hub) + " --depth 2 --format json", 0},
      {"neighbors", "'Zzyzx Qwerty'", 2},
      {"stats", "", 0},
      {"stats", "--format json --top 5", 0},
      {"eval", gold_files(), 0},
      {"eval", gold_files() + " --details --format json", 0},
  }));
  CAPTURE(command, args);
  RunResult json = query(command, dir / "g.json", args);
  RunResult store = query(command, dir / "g.kgdb", args);
  CHECK(json.exit_code == code);
  CHECK(store.exit_code == json.exit_code);
  CHECK(store.out == json.out);
  CHECK(store.err == json.err);
  if (code == 0) CHECK_FALSE(json.out.empty());
}

TEST_CASE("kgraph subgraph of a store writes the files it writes from the graph file", "[store]") {
  const auto& dir = samples_built();
  TempDir out("kg-store-sub");
  for (const char* name : {"s.json", "s.graphml", "s.kgdb"}) {
    CAPTURE(name);
    std::string args = arg(names().hub) + " " + arg(names().far) + " --depth 2 -o ";
    std::string from_json = "a", from_store = "b";  // appended: GCC 12 misreads "a" + std::string (-Wrestrict)
    from_json += name;
    from_store += name;
    REQUIRE(kgraph("subgraph " + quoted(dir / "g.json") + " " + args + quoted(out / from_json)).exit_code == 0);
    REQUIRE(kgraph("subgraph " + quoted(dir / "g.kgdb") + " " + args + quoted(out / from_store)).exit_code == 0);
    CHECK(read_file(out / from_json) == read_file(out / from_store));
  }
}

TEST_CASE("kgraph export of a store writes, in every format, the bytes kgraph build writes", "[store]") {
  // .svg and .png are Graphviz renderings of the .dot compared here (and slow on samples/).
  TempDir dir("kg-store-export");
  std::vector<std::string> names{"g.json", "g.graphml", "g.gexf", "g.dot", "g.csv", "g.kgdb"};
  std::string built, exported;
  for (const auto& n : names) {
    built += " -o " + quoted(dir / ("a-" + n));
    exported += " -o " + quoted(dir / ("b-" + n));
  }
  RunResult build = kgraph("build " + quoted(source_dir() / "samples") + " -q" + built);
  REQUIRE(build.exit_code == 0);
  RunResult run = kgraph("export " + quoted(dir / "a-g.kgdb") + exported);
  INFO(run.err);
  REQUIRE(run.exit_code == 0);
  CHECK(run.out.empty());
  CHECK(run.err.empty());
  names.insert(names.end(), {"g.nodes.csv", "g.relationships.csv"});
  for (const auto& n : names) {
    if (n == "g.csv") continue;
    CAPTURE(n);
    REQUIRE(fs::exists(dir / ("b-" + n)));
    CHECK(read_file(dir / ("b-" + n)) == read_file(dir / ("a-" + n)));
  }
  // A graph file exports to a store of the same graph, without extractions (it has none to
  // give: build --into refuses that store); a second build, on one thread, writes the same store.
  REQUIRE(kgraph("export " + quoted(dir / "a-g.json") + " -o " + quoted(dir / "c.kgdb")).exit_code == 0);
  REQUIRE(kgraph("export " + quoted(dir / "c.kgdb") + " -o " + quoted(dir / "c.json")).exit_code == 0);
  CHECK(read_file(dir / "c.json") == read_file(dir / "a-g.json"));
  CHECK(sqlite3(dir / "c.kgdb", "SELECT count(*) FROM extractions;").out == "0\n");
  CHECK(sqlite3(dir / "a-g.kgdb", "SELECT count(*) > 10 FROM extractions;").out == "1\n");
  REQUIRE(kgraph("build " + quoted(source_dir() / "samples") + " -q --jobs 1 -o " + quoted(dir / "d.kgdb")).exit_code == 0);
  CHECK(read_file(dir / "d.kgdb") == read_file(dir / "a-g.kgdb"));
}

TEST_CASE("kgraph export checks its outputs before it reads the store, and writes none when one fails", "[store]") {
  TempDir dir("kg-store-export");
  write_store_file(dir / "g.kgdb", quirky_graph());
  SECTION("an unknown format") {
    RunResult r = kgraph("export " + quoted(dir / "g.kgdb") + " -o " + quoted(dir / "x.json") + " -o " + quoted(dir / "x.xlsx"));
    CHECK(r.exit_code == 2);
    CHECK(r.err.find("unknown output format") != std::string::npos);
    CHECK_FALSE(fs::exists(dir / "x.json"));
  }
  SECTION("one file named twice") {
    RunResult r = kgraph("export " + quoted(dir / "g.kgdb") + " -o " + quoted(dir / "x.csv") + " -o " +
                         quoted(dir / "x.nodes.csv"));
    CHECK(r.exit_code == 2);
    CHECK(r.err.find("the same output file is named twice") != std::string::npos);
  }
  SECTION("no output") {
    RunResult r = kgraph("export " + quoted(dir / "g.kgdb"));
    CHECK(r.exit_code == 2);
    CHECK(r.err.find("--output is required") != std::string::npos);
  }
  SECTION("a store exported over itself is rewritten whole") {
    std::string before = read_file(dir / "g.kgdb");
    REQUIRE(kgraph("export " + quoted(dir / "g.kgdb") + " -o " + quoted(dir / "g.kgdb")).exit_code == 0);
    CHECK(read_file(dir / "g.kgdb") == before);
  }
}

}  // namespace kg::test
