// cli/distributed_edge_list.h: rank 0's compact edges get the ids, ends and titles that
// KnowledgeGraph::add_edge gives the same calls.
#include <catch2/catch.hpp>

#include "cli/distributed_edge_list.h"

namespace kg::test {

TEST_CASE("An edge list adds edges as a graph does", "[distributed][graph]") {
  KnowledgeGraph graph;
  for (const char* name : {"a", "b", "c", "d"}) graph.add_entity({name, EntityType::Person, {}, 1, {}, "", {}});
  cli::EdgeList edges(graph.node_count());
  edges.reserve(3);  // fewer than it gets: the list grows past its reserve
  struct Call {
    NodeId s, o;
    Relation r;
    std::string title;
  };
  const std::vector<Call> calls = {
      {2, 1, Relation::MetWith, ""},       {1, 2, Relation::MetWith, ""},           // symmetric: one edge, swapped once
      {0, 3, Relation::HoldsPosition, ""}, {0, 3, Relation::HoldsPosition, "Envoy"},  // the first title stated stays
      {0, 3, Relation::HoldsPosition, "Consul"}, {3, 0, Relation::HoldsPosition, "Chief"},
      {1, 1, Relation::MemberOf, ""},      {2, 1, Relation::MemberOf, "x"},          {1, 2, Relation::MemberOf, ""},
  };
  for (const auto& c : calls) {
    CAPTURE(c.s, c.o, c.title);
    bool in_graph = false, in_list = false;
    CHECK(edges.add_edge(c.s, c.o, c.r, c.title, in_list) == graph.add_edge(c.s, c.o, c.r, c.title, in_graph));
    CHECK(in_list == in_graph);
  }
  edges.end_adding();
  REQUIRE(edges.size() == graph.edge_count());
  std::size_t seen = 0;
  edges.for_each([&](EdgeId id, NodeId source, NodeId target, const FactEdge& edge) {
    CHECK(id == seen++);
    CHECK(source == graph.source(id));
    CHECK(target == graph.target(id));
    CHECK(edge.relation == graph.relation(id));
    CHECK(edge.title == graph.edge(id).title);
    CHECK(edge.evidence.empty());
  });
  CHECK(seen == graph.edge_count());
}

TEST_CASE("An edge list refuses unknown nodes, edges after adding and another list's evidence",
          "[distributed][graph]") {
  cli::EdgeList edges(2);
  bool swapped = false;
  CHECK_THROWS_AS(edges.add_edge(0, 2, Relation::MetWith, "", swapped), std::out_of_range);
  CHECK(edges.add_edge(0, 1, Relation::MetWith, "", swapped) == 0);
  CHECK_THROWS_AS(edges.set_evidence(std::make_shared<EdgeEvidence>(std::vector<std::pair<SharedText, SharedText>>{}),
                                     nullptr),
                  std::logic_error);
  edges.end_adding();
  CHECK_THROWS_AS(edges.add_edge(0, 1, Relation::MetWith, "", swapped), std::logic_error);
}

}  // namespace kg::test
