#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>

#include "graph/graph_json.h"
#include "query/graph_stats.h"
#include "query/neighbors.h"
#include "query/subgraph.h"
#include "query_fixtures.h"
#include "test_support.h"

TEST_CASE("neighbors are listed by distance with the facts that reach them", "[query][neighbors]") {
  auto g = kg::test::officials();
  auto n = kg::find_neighbors(g, 1, 2);  // Schaich
  REQUIRE(n.size() == 3);
  CHECK(n[0].node == 0);
  CHECK(n[0].distance == 1);
  CHECK(n[1].node == 2);
  CHECK(n[2].node == 3);
  CHECK(n[2].distance == 2);
  CHECK(n[2].links.size() == 1);  // chaired, merged from two mentions
  CHECK(kg::find_neighbors(g, 5, 3).empty());
}

TEST_CASE("a subgraph keeps the chosen entities, their facts and cited documents", "[query][subgraph]") {
  auto g = kg::test::officials();
  g.add_document({"d1", "", "", "", 3});
  g.add_document({"d7", "", "", "", 1});
  auto nodes = kg::neighborhood(g, {3}, 1);
  CHECK(nodes == std::vector<kg::NodeId>{3, 0, 4});
  auto sub = kg::extract_subgraph(g, nodes);
  REQUIRE(sub.node_count() == 3);
  CHECK(sub.node(0).label == "Astana International Forum");
  CHECK(sub.edge_count() == 2);
  CHECK(sub.edge(0).evidence.size() == 2);
  CHECK(sub.documents().empty());  // d2/d3 are cited but not listed; d1 and d7 are not cited
  CHECK(kg::extract_subgraph(g, {0, 1}).documents().size() == 1);
}

TEST_CASE("stats count types, relations, components and rank central entities", "[query][stats]") {
  // A path a - b - c - d plus an isolated e: b and c lie on the most shortest paths.
  kg::KnowledgeGraph g;
  for (auto name : {"a", "b", "c", "d", "e"}) g.add_entity(kg::test::entity(name));
  g.add_fact(0, 1, kg::Relation::MetWith, "", kg::test::said("d", 0, "s"));
  g.add_fact(1, 2, kg::Relation::MetWith, "", kg::test::said("d", 1, "s"));
  g.add_fact(2, 1, kg::Relation::MemberOf, "", kg::test::said("d", 2, "s"));
  g.add_fact(2, 3, kg::Relation::MetWith, "", kg::test::said("d", 3, "s"));
  auto s = kg::compute_stats(g, {2, 100});
  CHECK(s.nodes == 5);
  CHECK(s.edges == 4);
  CHECK(s.by_relation == std::map<std::string, std::size_t>{{"member_of", 1}, {"met_with", 3}});
  CHECK(s.components == 2);
  CHECK(s.largest_component == 4);
  CHECK(s.isolated == 1);
  REQUIRE(s.by_degree.size() == 2);
  CHECK(s.by_degree[0].node == 1);
  CHECK(s.by_degree[0].score == 2);
  REQUIRE(s.by_betweenness.size() == 2);
  CHECK(s.by_betweenness[0].score == 2);  // b lies between a-c and a-d
  CHECK(kg::compute_stats(g, {2, 4}).betweenness_skipped);
  kg::KnowledgeGraph empty;
  CHECK(kg::compute_stats(empty).components == 0);
}

TEST_CASE("kgraph neighbors, subgraph and stats run on a graph file", "[query][cli]") {
  kg::test::TempDir dir("kg-query-cli");
  auto path = (dir / "g.json").string();
  {
    std::ofstream out(path, std::ios::binary);
    kg::write_graph_json(out, kg::test::officials());
  }
  auto kgraph = kg::test::shell_quote(kg::test::kgraph_binary()) + " ";
  auto file = kg::test::shell_quote(path) + " ";
  auto n = kg::test::run(kgraph + "neighbors " + file + "Astana");
  CHECK(n.exit_code == 0);
  CHECK(n.out == "\"Astana\" (GPE): 1 entity within 1 hop\n"
                 "1  \"Astana International Forum\" (EVENT)\n"
                 "     Astana International Forum \u2014located_in\u2192 Astana (1 evidence)\n");
  auto lonely = kg::test::run(kgraph + "neighbors " + file + "'Anna Muller' --depth 2");
  CHECK(lonely.exit_code == 1);
  CHECK(lonely.err == "kgraph: Anna Müller has no neighbours within 2 hops\n");
  CHECK(kg::test::run(kgraph + "neighbors " + file + "Astana --format json").out.find("\"distance\": 1") !=
        std::string::npos);

  for (std::string ext : {".json", ".dot", ".graphml"}) {
    auto out = (dir / ("sub" + ext)).string();
    auto r = kg::test::run(kgraph + "subgraph " + file + "Schaich Astana -o " + kg::test::shell_quote(out));
    CHECK(r.exit_code == 0);
    CHECK(std::filesystem::exists(out));
  }
  CHECK(kg::load_graph_json(dir / "sub.json").node_count() == 5);  // Schaich, Astana and three neighbours
  auto bad = kg::test::run(kgraph + "subgraph " + file + "Schaich -o " + kg::test::shell_quote((dir / "x.txt").string()));
  CHECK(bad.exit_code == 2);

  auto stats = kg::test::run(kgraph + "stats " + file);
  CHECK(stats.exit_code == 0);
  CHECK(stats.out.rfind("6 entities, 4 relations, 5 evidence, 0 documents\n", 0) == 0);
  CHECK(kg::test::run(kgraph + "stats " + file + "--format json").out.find("\"components\": 2") != std::string::npos);
}
