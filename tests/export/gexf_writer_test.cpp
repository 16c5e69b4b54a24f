#include "export/gexf_writer.h"

#include <catch2/catch.hpp>
#include <sstream>

#include "golden.h"
#include "sample_graphs.h"

namespace {

std::string gexf(const kg::KnowledgeGraph& graph) {
  std::ostringstream out;
  kg::write_gexf(out, graph);
  return out.str();
}

}  // namespace

TEST_CASE("GEXF of a graph with hostile names matches the golden file", "[export][gexf]") {
  kg::test::check_golden("hostile.gexf", gexf(kg::test::hostile_graph()));
}

TEST_CASE("GEXF of the empty and the one-node graph match the golden files", "[export][gexf]") {
  kg::test::check_golden("empty.gexf", gexf(kg::KnowledgeGraph()));
  kg::test::check_golden("one-node.gexf", gexf(kg::test::one_node_graph()));
}

TEST_CASE("GEXF output is the same bytes every time", "[export][gexf]") {
  CHECK(gexf(kg::test::hostile_graph()) == gexf(kg::test::hostile_graph()));
}

TEST_CASE("GEXF edges carry their relation as kind so parallel relations stay apart", "[export][gexf]") {
  auto text = gexf(kg::test::hostile_graph());
  CHECK(text.find(R"(source="n5" target="n1" kind="member_of")") != std::string::npos);
  CHECK(text.find(R"(source="n5" target="n1" kind="holds_position")") != std::string::npos);
}

TEST_CASE("GEXF writer throws when the stream fails", "[export][gexf]") {
  std::ostringstream out;
  out.setstate(std::ios::badbit);
  CHECK_THROWS_AS(kg::write_gexf(out, kg::test::one_node_graph()), std::runtime_error);
}
