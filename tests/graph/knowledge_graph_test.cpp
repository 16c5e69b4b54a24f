#include <catch2/catch.hpp>

#include "graph/knowledge_graph.h"

namespace {

kg::Evidence evidence(const std::string& doc, std::uint32_t sentence) {
  kg::Evidence e;
  e.doc = doc;
  e.sentence = sentence;
  e.subject_range = {1, 2};
  e.object_range = {5, 9};
  e.text = "sentence " + std::to_string(sentence);
  return e;
}

kg::EntityNode person(const std::string& label, std::vector<std::string> aliases = {}) {
  kg::EntityNode node;
  node.label = label;
  node.aliases = std::move(aliases);
  return node;
}

}  // namespace

TEST_CASE("add_fact merges evidence for the same triple and ignores duplicates", "[graph]") {
  kg::KnowledgeGraph graph;
  auto a = graph.add_entity(person("A"));
  auto b = graph.add_entity(person("B"));
  auto e1 = graph.add_fact(a, b, kg::Relation::MemberOf, "", evidence("d2", 1));
  auto e2 = graph.add_fact(a, b, kg::Relation::MemberOf, "", evidence("d1", 4));
  auto e3 = graph.add_fact(a, b, kg::Relation::MemberOf, "", evidence("d1", 4));
  CHECK(e1 == e2);
  CHECK(e2 == e3);
  REQUIRE(graph.edge_count() == 1);
  const auto& fact = graph.edge(e1);
  REQUIRE(fact.evidence.size() == 2);
  CHECK(fact.evidence[0].doc == "d1");  // kept sorted
  CHECK(fact.weight() == 2.0);
}

TEST_CASE("a symmetric met_with fact is stored once, smaller id first", "[graph]") {
  kg::KnowledgeGraph graph;
  auto a = graph.add_entity(person("A"));
  auto b = graph.add_entity(person("B"));
  auto e1 = graph.add_fact(b, a, kg::Relation::MetWith, "", evidence("d1", 0));
  auto e2 = graph.add_fact(a, b, kg::Relation::MetWith, "", evidence("d1", 1));
  CHECK(e1 == e2);
  CHECK(graph.edge_count() == 1);
  CHECK(graph.source(e1) == a);
  CHECK(graph.target(e1) == b);
  // The swap keeps each range attached to its mention.
  CHECK(graph.edge(e1).evidence[0].subject_range == kg::ByteRange{5, 9});
}

TEST_CASE("a directed relation keeps both directions apart", "[graph]") {
  kg::KnowledgeGraph graph;
  auto a = graph.add_entity(person("A"));
  auto b = graph.add_entity(person("B"));
  graph.add_fact(a, b, kg::Relation::PartOf, "", evidence("d1", 0));
  graph.add_fact(b, a, kg::Relation::PartOf, "", evidence("d1", 0));
  CHECK(graph.edge_count() == 2);
  CHECK(graph.out_edges(a).size() == 1);
  CHECK(graph.in_edges(a).size() == 1);
}

TEST_CASE("find folds case, diacritics and look-alike letters", "[graph]") {
  kg::KnowledgeGraph graph;
  graph.add_entity(person("Ulrich Lüttenberg"));
  auto schaich = graph.add_entity(person("Sch\xD0\xB0ich", {"Gerd Sch\xD0\xB0ich"}));  // Cyrillic a
  CHECK(graph.find("schaich") == std::vector<kg::NodeId>{schaich});
  CHECK(graph.find("GERD SCHAICH") == std::vector<kg::NodeId>{schaich});
  CHECK(graph.find("ulrich luttenberg") == std::vector<kg::NodeId>{0});
  CHECK(graph.find("nobody").empty());
}

TEST_CASE("adding a fact between unknown nodes throws", "[graph]") {
  kg::KnowledgeGraph graph;
  CHECK_THROWS_AS(graph.add_fact(0, 1, kg::Relation::MetWith, "", evidence("d", 0)), std::out_of_range);
}
