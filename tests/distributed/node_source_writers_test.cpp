// The writers rank 0 of a distributed build uses when its nodes stay on disk
// (graph/node_source.h, cli/distributed_node_spill.h): the same bytes as the writers that
// read the nodes from the graph.
#include <sstream>

#include <catch2/catch.hpp>

#include "../export/sample_graphs.h"
#include "cli/distributed_node_spill.h"
#include "graph/graph_json_writer.h"
#include "export/graphml_writer.h"
#include "graph/graph_json.h"

namespace kg::test {
namespace {

// A sample graph with documents, one of them with bytes that are not UTF-8.
KnowledgeGraph graph_with_documents(std::string_view which) {
  KnowledgeGraph g = sample_graph(which);
  if (which != "empty") {
    g.add_document({"doc-1", "2024-03-01", "wire \xC3\x28", "https://example.org/1", 7});
    g.add_document({"doc-2", "", "", "", 0});
  }
  return g;
}

template <class Write>
std::string written(Write write) {
  std::ostringstream out;
  write(out);
  return out.str();
}

}  // namespace

TEST_CASE("The graph file with nodes from a NodeSource is the graph file", "[distributed][export]") {
  const auto which = GENERATE(as<std::string>{}, "hostile", "one", "empty");
  CAPTURE(which);
  const KnowledgeGraph graph = graph_with_documents(which);
  const std::string expected = written([&](std::ostream& out) { write_graph_json(out, graph); });
  CHECK(written([&](std::ostream& out) { write_graph_json_from(out, graph, GraphNodes(graph)); }) == expected);
}

TEST_CASE("GraphML with nodes from a NodeSource is the graph's GraphML", "[distributed][export]") {
  const auto which = GENERATE(as<std::string>{}, "hostile", "one", "empty");
  CAPTURE(which);
  const KnowledgeGraph graph = graph_with_documents(which);
  const std::string expected = written([&](std::ostream& out) { write_graphml(out, graph); });
  CHECK(written([&](std::ostream& out) { write_graphml_from(out, graph, GraphNodes(graph)); }) == expected);
}

TEST_CASE("Nodes kept on disk come back field by field, and the writers write the same bytes",
          "[distributed][export]") {
  const KnowledgeGraph graph = graph_with_documents("hostile");
  cli::NodeSpill spill;
  GraphNodes(graph).for_each([&](NodeId, const EntityNode& node) { spill.add(node); });
  REQUIRE(spill.size() == graph.node_count());
  std::size_t seen = 0;
  spill.for_each([&](NodeId id, const EntityNode& node) {
    const EntityNode& original = graph.node(id);
    CHECK(id == seen++);
    CHECK(node.label == original.label);
    CHECK(node.type == original.type);
    CHECK(node.aliases == original.aliases);
    CHECK(node.mentions == original.mentions);
    CHECK(node.documents == original.documents);
    CHECK(node.country == original.country);
    CHECK(node.titles == original.titles);
  });
  CHECK(seen == graph.node_count());
  CHECK(written([&](std::ostream& out) { write_graph_json_from(out, graph, spill); }) ==
        written([&](std::ostream& out) { write_graph_json(out, graph); }));
  CHECK(written([&](std::ostream& out) { write_graphml_from(out, graph, spill); }) ==
        written([&](std::ostream& out) { write_graphml(out, graph); }));
}

TEST_CASE("An empty NodeSpill visits nothing", "[distributed][export]") {
  cli::NodeSpill spill;
  std::size_t seen = 0;
  spill.for_each([&](NodeId, const EntityNode&) { ++seen; });
  CHECK(spill.size() == 0);
  CHECK(seen == 0);
}

}  // namespace kg::test
