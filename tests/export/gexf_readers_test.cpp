// GEXF read back by xmllint, NetworkX and graphology-gexf (sigma.js, Gephi Lite).
#include <catch2/catch.hpp>

#include "consumers.h"
#include "export/gexf_writer.h"
#include "golden.h"
#include "reader_dump.h"
#include "sample_graphs.h"

TEST_CASE("xmllint accepts GEXF with hostile names", "[export][gexf][consumer]") {
  auto xmllint = kg::test::xmllint();
  if (xmllint.empty()) return;
  kg::test::TempDir dir("kg-gexf");
  auto path = kg::test::write_to(dir / "graph.gexf", kg::write_gexf, kg::test::hostile_graph());
  auto result = kg::test::run(kg::test::shell_quote(xmllint) + " --noout " + kg::test::shell_quote(path.string()));
  INFO(result.err);
  CHECK(result.exit_code == 0);
  CHECK(result.err.empty());
}

TEST_CASE("NetworkX reads GEXF back with labels, colours, sizes and parallel edges", "[export][gexf][consumer]") {
  auto python = kg::test::python_with_networkx();
  if (python.empty()) return;
  auto graph = kg::test::hostile_graph();
  kg::test::TempDir dir("kg-gexf");
  kg::test::check_dump(kg::test::python_dump(python, "networkx-gexf", kg::test::write_to(dir / "graph.gexf", kg::write_gexf, graph)), graph);
}

TEST_CASE("graphology-gexf reads every edge back with its relation as kind", "[export][gexf][consumer][graphology]") {
  // The dump prints the relation from `kind`: two relations between n5 and n1 stay two
  // edges of a multi graph, told apart by kind as Gephi does.
  auto node = kg::test::node_with_graphology();
  if (node.empty()) return;
  kg::test::TempDir dir("kg-gexf");
  for (auto* which : {"hostile", "empty", "one"}) {
    CAPTURE(which);
    const auto graph = kg::test::sample_graph(which);
    kg::test::check_dump(kg::test::graphology_dump(node, "graphology-gexf", kg::test::write_to(dir / "graph.gexf", kg::write_gexf, graph)), graph);
  }
}
