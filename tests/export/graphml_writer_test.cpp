#include "export/graphml_writer.h"

#include <catch2/catch.hpp>
#include <sstream>

#include "golden.h"
#include "sample_graphs.h"

namespace {
std::string graphml(const kg::KnowledgeGraph& graph) {
  std::ostringstream out;
  kg::write_graphml(out, graph);
  return out.str();
}
}  // namespace

TEST_CASE("GraphML of a graph with hostile names matches the golden file", "[export][graphml]") {
  kg::test::check_golden("hostile.graphml", graphml(kg::test::hostile_graph()));
}

TEST_CASE("GraphML of the empty graph matches the golden file", "[export][graphml]") {
  kg::test::check_golden("empty.graphml", graphml(kg::KnowledgeGraph()));
}

TEST_CASE("GraphML of a one-node graph matches the golden file", "[export][graphml]") {
  kg::test::check_golden("one-node.graphml", graphml(kg::test::one_node_graph()));
}

TEST_CASE("GraphML output is the same bytes every time", "[export][graphml]") {
  CHECK(graphml(kg::test::hostile_graph()) == graphml(kg::test::hostile_graph()));
  auto graph = kg::test::hostile_graph();
  CHECK(graphml(graph) == graphml(graph));
}

TEST_CASE("GraphML key ids equal their names and no edge key is called id", "[export][graphml]") {
  auto text = graphml(kg::test::one_node_graph());
  CHECK(text.find(R"(<key id="label" for="node" attr.name="label" attr.type="string"/>)") != std::string::npos);
  // Key ids are unique per document, so the edge label has the id Gephi also knows.
  CHECK(text.find(R"(<key id="edgelabel" for="edge" attr.name="label" attr.type="string"/>)") != std::string::npos);
  CHECK(text.find(R"(for="all")") == std::string::npos);
  CHECK(text.find(R"(<key id="weight" for="edge" attr.name="weight" attr.type="double"/>)") != std::string::npos);
  CHECK(text.find(R"(attr.name="id")") == std::string::npos);
  CHECK(text.find(R"(edgedefault="directed")") != std::string::npos);
}

TEST_CASE("GraphML writer throws when the stream fails", "[export][graphml]") {
  std::ostringstream out;
  out.setstate(std::ios::badbit);
  CHECK_THROWS_AS(kg::write_graphml(out, kg::test::one_node_graph()), std::runtime_error);
}
