// The writers rank 0 of a distributed build uses when it holds no graph (graph/node_source.h,
// graph/edge_source.h; cli/distributed_node_spill.h, cli/distributed_edge_list.h): the same
// bytes as the writers over a whole graph.
#include <map>
#include <sstream>

#include <catch2/catch.hpp>

#include "../export/sample_graphs.h"
#include "cli/distributed_edge_list.h"
#include "cli/distributed_node_spill.h"
#include "export/graphml_writer.h"
#include "graph/graph_json.h"
#include "graph/graph_json_writer.h"

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

// The edges of `graph` as rank 0 keeps them: added in id order, the evidence on disk.
std::unique_ptr<cli::EdgeList> edge_list_of(const KnowledgeGraph& graph) {
  auto edges = std::make_unique<cli::EdgeList>(graph.node_count());
  std::map<std::pair<std::string, std::string>, std::uint32_t> numbers;  // (doc, date) -> document
  std::vector<std::pair<SharedText, SharedText>> documents;
  GraphEdges(graph).for_each([&](EdgeId, NodeId, NodeId, const FactEdge& edge) {
    for (const auto& e : edge.evidence)
      if (numbers.try_emplace({e.doc.str(), e.date.str()}, static_cast<std::uint32_t>(documents.size())).second)
        documents.emplace_back(e.doc, e.date);
  });
  auto evidence = std::make_shared<EdgeEvidence>(documents);
  GraphEdges(graph).for_each([&](EdgeId id, NodeId source, NodeId target, const FactEdge& edge) {
    bool swapped = false;
    CHECK(edges->add_edge(source, target, edge.relation, edge.title, swapped) == id);
    CHECK_FALSE(swapped);
    std::vector<EdgeEvidence::Entry> entries;
    for (const auto& e : edge.evidence) entries.push_back({e, numbers.at({e.doc.str(), e.date.str()})});
    evidence->append(entries);
  });
  edges->end_adding();
  edges->set_evidence(std::move(evidence), nullptr);
  return edges;
}

}  // namespace

TEST_CASE("The graph file from node and edge sources is the graph file", "[distributed][export]") {
  const auto which = GENERATE(as<std::string>{}, "hostile", "one", "empty");
  CAPTURE(which);
  const KnowledgeGraph graph = graph_with_documents(which);
  const std::string expected = written([&](std::ostream& out) { write_graph_json(out, graph); });
  CHECK(written([&](std::ostream& out) {
          write_graph_json_from(out, graph.documents(), GraphNodes(graph), GraphEdges(graph));
        }) == expected);
  const auto edges = edge_list_of(graph);
  CHECK(written([&](std::ostream& out) { write_graph_json_from(out, graph.documents(), GraphNodes(graph), *edges); }) ==
        expected);
}

TEST_CASE("GraphML from node and edge sources is the graph's GraphML", "[distributed][export]") {
  const auto which = GENERATE(as<std::string>{}, "hostile", "one", "empty");
  CAPTURE(which);
  const KnowledgeGraph graph = graph_with_documents(which);
  const std::string expected = written([&](std::ostream& out) { write_graphml(out, graph); });
  CHECK(written([&](std::ostream& out) { write_graphml_from(out, GraphNodes(graph), GraphEdges(graph)); }) == expected);
  const auto edges = edge_list_of(graph);
  CHECK(written([&](std::ostream& out) { write_graphml_from(out, GraphNodes(graph), *edges); }) == expected);
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
  const auto edges = edge_list_of(graph);
  CHECK(written([&](std::ostream& out) { write_graph_json_from(out, graph.documents(), spill, *edges); }) ==
        written([&](std::ostream& out) { write_graph_json(out, graph); }));
  CHECK(written([&](std::ostream& out) { write_graphml_from(out, spill, *edges); }) ==
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
