// GraphML read back by the programs our users use: xmllint, NetworkX, python-igraph,
// Boost.Graph and graphology (sigma.js, Gephi Lite).
#include <catch2/catch.hpp>
#include <sstream>

#include "boost_graphml.h"
#include "consumers.h"
#include "export/graphml_writer.h"
#include "golden.h"
#include "reader_dump.h"
#include "sample_graphs.h"

TEST_CASE("xmllint accepts GraphML with hostile names, empty and one-node graphs", "[export][graphml][consumer]") {
  auto xmllint = kg::test::xmllint();
  if (xmllint.empty()) return;
  kg::test::TempDir dir("kg-graphml");
  for (auto* which : {"hostile", "empty", "one"}) {
    auto path = kg::test::write_to(dir / (std::string(which) + ".graphml"), kg::write_graphml, kg::test::sample_graph(which));
    auto result = kg::test::run(kg::test::shell_quote(xmllint) + " --noout " + kg::test::shell_quote(path.string()));
    INFO(which << ": " << result.err);
    CHECK(result.exit_code == 0);
    CHECK(result.err.empty());
  }
}

TEST_CASE("Python readers get every node, edge, label, colour and size back from GraphML",
          "[export][graphml][consumer]") {
  // NetworkX builds a MultiDiGraph keyed by our edge ids (two relations share a pair);
  // igraph keeps the ids as the `id` attribute.
  auto [reader, module] = GENERATE(table<std::string, std::string>({
      {"networkx-graphml", "networkx"},
      {"igraph-graphml", "igraph"},
  }));
  CAPTURE(reader);
  auto python = kg::test::python_with(module);
  if (python.empty()) return;
  kg::test::TempDir dir("kg-graphml");
  auto graph = kg::test::hostile_graph();
  kg::test::check_dump(kg::test::python_dump(python, reader, kg::test::write_to(dir / "graph.graphml", kg::write_graphml, graph)), graph);
}

TEST_CASE("graphology-graphml gets every node, parallel edge, label, colour and size back",
          "[export][graphml][consumer][graphology]") {
  auto node = kg::test::node_with_graphology();
  if (node.empty()) return;
  kg::test::TempDir dir("kg-graphml");
  auto graph = kg::test::hostile_graph();
  kg::test::check_dump(kg::test::graphology_dump(node, "graphology-graphml", kg::test::write_to(dir / "graph.graphml", kg::write_graphml, graph)), graph);
}

TEST_CASE("python-igraph reads the empty and the one-node GraphML", "[export][graphml][consumer]") {
  auto python = kg::test::python_with("igraph");
  if (python.empty()) return;
  kg::test::TempDir dir("kg-graphml");
  for (auto* which : {"empty", "one"}) {
    CAPTURE(which);
    const auto graph = kg::test::sample_graph(which);
    kg::test::check_dump(kg::test::python_dump(python, "igraph-graphml", kg::test::write_to(dir / "graph.graphml", kg::write_graphml, graph)), graph);
  }
}

TEST_CASE("Boost read_graphml reads GraphML back with labels and relations", "[export][graphml][consumer]") {
  auto graph = kg::test::hostile_graph();
  std::istringstream in(kg::test::written(kg::write_graphml, graph));
  kg::test::BoostGraph read;
  REQUIRE_NOTHROW(kg::test::read_with_boost(in, read));

  REQUIRE(boost::num_vertices(read) == graph.node_count());
  REQUIRE(boost::num_edges(read) == graph.edge_count());
  for (kg::NodeId id = 0; id < graph.node_count(); ++id) {
    CHECK(read[id].label == kg::test::xml_read_back(graph.node(id).label));
    CHECK(read[id].type == kg::to_string(graph.node(id).type));
    CHECK(read[id].mentions == static_cast<int>(graph.node(id).mentions));
  }
  CHECK(read[4].label == "Summit\xEF\xBF\xBD 2024 \xEF\xBF\xBD");
  CHECK(kg::test::edge_set(read) == kg::test::edge_set(graph));
}
