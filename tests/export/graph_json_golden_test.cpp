// kgraph's own graph file (graph/graph_json.h) pinned by golden files like the other
// formats, and read by Python's json module, the strictest reader at hand.
#include <catch2/catch.hpp>

#include "consumers.h"
#include "golden.h"
#include "graph/graph_json.h"
#include "sample_graphs.h"

TEST_CASE("JSON graph file of a graph with hostile names, the empty and the one-node graph match the golden files",
          "[export][json]") {
  auto [which, golden] = GENERATE(table<std::string, std::string>({
      {"hostile", "hostile.json"},
      {"empty", "empty.json"},
      {"one", "one-node.json"},
  }));
  kg::test::check_golden(golden, kg::test::written(kg::write_graph_json, kg::test::sample_graph(which)));
}

TEST_CASE("Python's json module reads hostile names back from the JSON graph file", "[export][json][consumer]") {
  auto python = kg::test::python();
  if (python.empty()) return;
  // U+0001 and U+FFFE, which XML forbids, are valid in JSON: every label comes back as it
  // was, quotes, backslashes and Cyrillic included.
  constexpr const char* kScript =
      "import json, sys\n"
      "with open(sys.argv[1], encoding='utf-8') as f:\n"
      "    g = json.load(f)\n"
      "for n in g['nodes']:\n"
      "    print(n['label'].encode('utf-8').hex())\n"
      "print(len(g['links']))\n";
  kg::test::TempDir dir("kg-json");
  const auto graph = kg::test::hostile_graph();
  kg::test::write_file(dir / "g.json", kg::test::written(kg::write_graph_json, graph));
  auto result = kg::test::run(kg::test::shell_quote(python) + " -c " + kg::test::shell_quote(kScript) + " " +
                              kg::test::shell_quote((dir / "g.json").string()));
  INFO(result.err);
  REQUIRE(result.exit_code == 0);
  std::string expected;
  for (kg::NodeId id = 0; id < graph.node_count(); ++id) expected += kg::test::hex(graph.node(id).label) + "\n";
  expected += std::to_string(graph.edge_count()) + "\n";
  CHECK(result.out == expected);
}
