#include "export/dot_writer.h"

#include <catch2/catch.hpp>
#include <sstream>

#include "consumers.h"
#include "golden.h"
#include "sample_graphs.h"

namespace {

std::string dot_text(const kg::KnowledgeGraph& graph) {
  std::ostringstream out;
  kg::write_dot(out, graph);
  return out.str();
}

std::size_t count(const std::string& text, const std::string& what) {
  std::size_t n = 0;
  for (auto pos = text.find(what); pos != std::string::npos; pos = text.find(what, pos + what.size())) ++n;
  return n;
}

// Renders with the real `dot`; returns the SVG, or "" when dot is missing.
std::string render_svg(const kg::KnowledgeGraph& graph) {
  auto dot = kg::test::dot();
  if (dot.empty()) return "";
  kg::test::TempDir dir("kg-dot");
  kg::test::write_file(dir / "graph.dot", dot_text(graph));
  auto result = kg::test::run(kg::test::shell_quote(dot) + " -Tsvg " + kg::test::shell_quote((dir / "graph.dot").string()));
  INFO(result.err);
  REQUIRE(result.exit_code == 0);
  CHECK(result.err.empty());  // not even a warning
  return result.out;
}

}  // namespace

TEST_CASE("DOT of a graph with hostile names matches the golden file", "[export][dot]") {
  kg::test::check_golden("hostile.dot", dot_text(kg::test::hostile_graph()));
}

TEST_CASE("DOT of the empty graph matches the golden file", "[export][dot]") {
  kg::test::check_golden("empty.dot", dot_text(kg::KnowledgeGraph()));
}

TEST_CASE("DOT of a one-node graph matches the golden file", "[export][dot]") {
  kg::test::check_golden("one-node.dot", dot_text(kg::test::one_node_graph()));
}

TEST_CASE("DOT output is the same bytes every time", "[export][dot]") {
  CHECK(dot_text(kg::test::hostile_graph()) == dot_text(kg::test::hostile_graph()));
}

TEST_CASE("DOT groups nodes by country and draws met_with without arrows", "[export][dot]") {
  auto text = dot_text(kg::test::hostile_graph());
  CHECK(count(text, "subgraph \"cluster_RU\"") == 1);
  CHECK(count(text, "dir=none") == 1);
  CHECK(text.find("\"n0\" -> \"n5\"") != std::string::npos);  // met_with: smaller id first
}

TEST_CASE("DOT writer throws when the stream fails", "[export][dot]") {
  std::ostringstream out;
  out.setstate(std::ios::badbit);
  CHECK_THROWS_AS(kg::write_dot(out, kg::test::one_node_graph()), std::runtime_error);
}

TEST_CASE("dot renders the hostile graph to SVG with every node, edge and name", "[export][dot][consumer]") {
  auto graph = kg::test::hostile_graph();
  auto svg = render_svg(graph);
  if (svg.empty()) return;
  CHECK(count(svg, "class=\"node\"") == graph.node_count());
  CHECK(count(svg, "class=\"edge\"") == graph.edge_count());
  CHECK(count(svg, "class=\"cluster\"") == 1);
  CHECK(svg.find(R"(C:\Users\ends with \<)") != std::string::npos);
  CHECK(svg.find("Sergei &quot;The Fox&quot; Ryabkov") != std::string::npos);
  CHECK(svg.find("Ministry of Foreign Affairs &amp;") != std::string::npos);
  CHECK(svg.find("Мария Захарова") != std::string::npos);
  CHECK(svg.find(">node<") != std::string::npos);

  auto xmllint = kg::test::xmllint();
  if (xmllint.empty()) return;
  kg::test::TempDir dir("kg-dot");
  kg::test::write_file(dir / "graph.svg", svg);
  auto lint = kg::test::run(kg::test::shell_quote(xmllint) + " --noout " + kg::test::shell_quote((dir / "graph.svg").string()));
  INFO(lint.err);
  CHECK(lint.exit_code == 0);
}

TEST_CASE("dot renders the empty and the one-node graph", "[export][dot][consumer]") {
  auto empty = render_svg(kg::KnowledgeGraph());
  auto one = render_svg(kg::test::one_node_graph());
  if (one.empty()) return;
  CHECK(count(empty, "class=\"node\"") == 0);
  CHECK(count(one, "class=\"node\"") == 1);
  CHECK(count(one, "class=\"cluster\"") == 1);
}

TEST_CASE("DOT chains unconnected nodes into invisible rows instead of one tall column", "[export][dot]") {
  kg::KnowledgeGraph graph;
  for (int i = 0; i < 6; ++i) graph.add_entity({"Org " + std::to_string(i), kg::EntityType::Org, {}, 1, {"d"}, "", {}});
  graph.add_fact(0, 1, kg::Relation::PartOf, "", kg::test::evidence("d", 0, "Org 0 is part of Org 1."));
  auto text = dot_text(graph);
  CHECK(text.find(R"("n2" -> "n3" -> "n4" -> "n5" [style=invis];)") != std::string::npos);
  CHECK(count(text, "style=invis") == 1);
  CHECK(count(text, "->") == 4);
}
