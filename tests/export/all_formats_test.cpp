// A real graph -- the shared seeds plus our samples -- through every output format of
// `kgraph build`: two builds give the same bytes, and every reader of every format sees
// the graph the JSON file holds (same nodes; same edges where the reader keeps parallel
// edges).
#include <catch2/catch.hpp>
#include <fstream>
#include <regex>
#include <set>
#include <vector>

#include "boost_graphml.h"
#include "consumers.h"
#include "graph/graph_json.h"
#include "reader_dump.h"

namespace fs = std::filesystem;

namespace {

// Every output kgraph build writes for the -o names below; images only with Graphviz.
const std::vector<std::string> kDataFiles = {"g.json", "g.graphml", "g.gexf", "g.dot", "g.nodes.csv",
                                             "g.relationships.csv"};
const std::vector<std::string> kImageFiles = {"g.svg", "g.png"};

std::string quote(const fs::path& path) { return kg::test::shell_quote(path.string()); }

// kgraph build over the seeds and samples, with the given thread count and input order.
kg::test::RunResult build(const fs::path& dir, bool images, int jobs, bool seeds_first) {
  const auto seeds = quote(kg::test::shared_dir() / "seeds");
  const auto samples = quote(kg::test::source_dir() / "samples");
  std::string command = quote(kg::test::kgraph_binary()) + " build -q --jobs " + std::to_string(jobs) + " " +
                        (seeds_first ? seeds + " " + samples : samples + " " + seeds);
  for (const char* name : {"g.json", "g.graphml", "g.gexf", "g.dot", "g.csv"}) command += " -o " + quote(dir / name);
  if (images)
    for (const char* name : {"g.svg", "g.png"}) command += " -o " + quote(dir / name);
  return kg::test::run(command);
}

// The build every test case below reads, made once per test process (CTest runs each
// test case in a process of its own, so each still sees a fresh build).
struct SeedsBuild {
  kg::test::TempDir dir{"kg-all-formats"};
  bool images = !kg::test::dot().empty();
  kg::test::RunResult result = build(dir.path(), images, 2, true);
  std::vector<std::string> files() const {
    auto all = kDataFiles;
    if (images) all.insert(all.end(), kImageFiles.begin(), kImageFiles.end());
    return all;
  }
  fs::path operator/(const std::string& name) const { return dir / name; }
};

const SeedsBuild& seeds_build() {
  REQUIRE(fs::is_directory(kg::test::shared_dir() / "seeds"));
  static const SeedsBuild built;
  INFO(built.result.err);
  REQUIRE(built.result.exit_code == 0);
  return built;
}

// The graph as the JSON file holds it: what every other format must agree with.
kg::KnowledgeGraph reference_graph() { return kg::load_graph_json(seeds_build() / "g.json"); }

// How many lines of `output` start with `prefix`.
std::size_t count_lines(const std::string& output, const std::string& prefix) {
  std::size_t count = 0;
  std::istringstream lines(output);
  for (std::string line; std::getline(lines, line);) count += line.rfind(prefix, 0) == 0;
  return count;
}

}  // namespace

TEST_CASE("kgraph build turns the seeds and samples into every format", "[export][all_formats]") {
  const auto& built = seeds_build();
  for (const auto& name : built.files()) {
    CAPTURE(name);
    REQUIRE(fs::exists(built / name));
    CHECK(fs::file_size(built / name) > 0);
  }
  const auto graph = reference_graph();
  CHECK(graph.node_count() > 50);
  CHECK(graph.edge_count() > 20);
}

TEST_CASE("two builds of the seeds and samples are byte-identical in every format, whatever the thread count "
          "and input order",
          "[export][all_formats]") {
  const auto& first = seeds_build();
  kg::test::TempDir second("kg-all-formats-again");
  auto result = build(second.path(), first.images, 1, false);
  INFO(result.err);
  REQUIRE(result.exit_code == 0);
  for (const auto& name : first.files()) {
    CAPTURE(name);
    CHECK(kg::test::read_file(first / name) == kg::test::read_file(second / name));
  }
}

TEST_CASE("every GraphML and GEXF reader sees the nodes, edges, labels, colours and sizes of the JSON file",
          "[export][all_formats][consumer]") {
  // All of these keep parallel edges, so the edge lists must match too.
  auto [reader, file, needs] = GENERATE(table<std::string, std::string, std::string>({
      {"networkx-graphml", "g.graphml", "networkx"},
      {"igraph-graphml", "g.graphml", "igraph"},
      {"networkx-gexf", "g.gexf", "networkx"},
      {"graphology-graphml", "g.graphml", "node"},
      {"graphology-gexf", "g.gexf", "node"},
  }));
  CAPTURE(reader);
  const auto& built = seeds_build();
  kg::test::RunResult result;
  if (needs == "node") {
    auto node = kg::test::node_with_graphology();
    if (node.empty()) return;
    result = kg::test::graphology_dump(node, reader, built / file);
  } else {
    auto python = kg::test::python_with(needs);
    if (python.empty()) return;
    result = kg::test::python_dump(python, reader, built / file);
  }
  kg::test::check_dump(result, reference_graph());
}

TEST_CASE("Gephi merges no edges: GraphML edge ids are unique and no two GEXF edges share source, target and kind",
          "[export][all_formats][gephi]") {
  // Gephi's importer keeps edges apart by (kind, source, target) and rejects a repeated
  // edge id; graphology merges two edges with the same id into one.
  const auto& built = seeds_build();
  const auto graph = reference_graph();
  const std::string graphml = kg::test::read_file(built / "g.graphml");
  const std::regex edge_id(R"re(<edge id="([^"]+)")re");
  std::set<std::string> ids;
  for (std::sregex_iterator it(graphml.begin(), graphml.end(), edge_id), end; it != end; ++it) ids.insert((*it)[1]);
  CHECK(ids.size() == graph.edge_count());
  const std::string gexf = kg::test::read_file(built / "g.gexf");
  const std::regex edge_kind(R"re(<edge id="[^"]+" source="([^"]+)" target="([^"]+)" kind="([^"]+)")re");
  std::set<std::string> keys;
  for (std::sregex_iterator it(gexf.begin(), gexf.end(), edge_kind), end; it != end; ++it)
    keys.insert((*it)[1].str() + " " + (*it)[2].str() + " " + (*it)[3].str());
  CHECK(keys.size() == graph.edge_count());
}

TEST_CASE("Boost read_graphml sees the nodes, labels and edges of the JSON file", "[export][all_formats][consumer]") {
  const auto graph = reference_graph();
  std::ifstream in(seeds_build() / "g.graphml", std::ios::binary);
  kg::test::BoostGraph read;
  REQUIRE_NOTHROW(kg::test::read_with_boost(in, read));
  REQUIRE(boost::num_vertices(read) == graph.node_count());
  for (kg::NodeId id = 0; id < graph.node_count(); ++id)
    CHECK(read[id].label == kg::test::xml_read_back(graph.node(id).label));
  CHECK(kg::test::edge_set(read) == kg::test::edge_set(graph));
}

TEST_CASE("xmllint finds every node in the GraphML, GEXF and SVG", "[export][all_formats][consumer]") {
  auto xmllint = kg::test::xmllint();
  if (xmllint.empty()) return;
  const auto& built = seeds_build();
  const auto graph = reference_graph();
  // Graphviz draws each node as <g class="node">; GraphML and GEXF have <node> and <edge>.
  const std::vector<std::tuple<std::string, std::string, std::size_t>> counts = {
      {"g.graphml", "count(//*[local-name()='node'])", graph.node_count()},
      {"g.graphml", "count(//*[local-name()='edge'])", graph.edge_count()},
      {"g.gexf", "count(//*[local-name()='node'])", graph.node_count()},
      {"g.gexf", "count(//*[local-name()='edge'])", graph.edge_count()},
      {"g.svg", "count(//*[local-name()='g'][@class='node'])", graph.node_count()},
  };
  for (const auto& [file, xpath, expected] : counts) {
    if (file == "g.svg" && !built.images) continue;
    CAPTURE(file, xpath);
    auto result = kg::test::run(kg::test::shell_quote(xmllint) + " --xpath " + kg::test::shell_quote(xpath) + " " +
                                quote(built / file));
    INFO(result.err);
    REQUIRE(result.exit_code == 0);
    // xmllint 2.9 ends the number with a newline, older versions do not
    CHECK(result.out.substr(0, result.out.find_last_not_of('\n') + 1) == std::to_string(expected));
  }
}

TEST_CASE("dot lays out the DOT file with every node", "[export][all_formats][consumer]") {
  auto dot = kg::test::dot();
  if (dot.empty()) return;
  // -Tplain prints one "node" line per node; edges are not compared, as the DOT file adds
  // invisible layout edges.
  auto result = kg::test::run(kg::test::shell_quote(dot) + " -Tplain " + quote(seeds_build() / "g.dot"));
  INFO(result.err);
  REQUIRE(result.exit_code == 0);
  CHECK(count_lines(result.out, "node ") == reference_graph().node_count());
}

TEST_CASE("Python's strict csv reader finds one row per node and per edge", "[export][all_formats][consumer]") {
  auto python = kg::test::python();
  if (python.empty()) return;
  const auto& built = seeds_build();
  constexpr const char* kScript =
      "import csv, sys\n"
      "for path in sys.argv[1:]:\n"
      "    with open(path, newline='', encoding='utf-8') as f:\n"
      "        rows = list(csv.reader(f, strict=True))\n"
      "    print(len(rows) - 1, len({len(r) for r in rows}))\n";
  auto result = kg::test::run(kg::test::shell_quote(python) + " -c " + kg::test::shell_quote(kScript) + " " +
                              quote(built / "g.nodes.csv") + " " + quote(built / "g.relationships.csv"));
  INFO(result.err);
  REQUIRE(result.exit_code == 0);
  // rows after the header, and 1 distinct row width per file
  const auto graph = reference_graph();
  CHECK(result.out == std::to_string(graph.node_count()) + " 1\n" + std::to_string(graph.edge_count()) + " 1\n");
}

TEST_CASE("the PNG is a PNG", "[export][all_formats]") {
  const auto& built = seeds_build();
  if (!built.images) return;
  CHECK(kg::test::read_file(built / "g.png").rfind("\x89PNG\r\n\x1A\n", 0) == 0);
}
