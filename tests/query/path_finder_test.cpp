#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <functional>
#include <map>
#include <random>

#include "query/path_finder.h"
#include "query_fixtures.h"

namespace {

using kg::NodeId;
using kg::Path;

std::vector<std::vector<NodeId>> node_lists(const std::vector<Path>& paths) {
  std::vector<std::vector<NodeId>> lists;
  for (const auto& p : paths) lists.push_back(p.nodes);
  return lists;
}

// Every simple path from `from` to `to` that the options allow, by depth-first search over
// all edges: the reference the path finder must agree with.
std::vector<Path> all_simple_paths(const kg::KnowledgeGraph& g, NodeId from, NodeId to, const kg::PathOptions& o) {
  kg::PathFinder costs(g, o);
  auto walkable = [&](kg::EdgeId e) {
    return o.relations.empty() ||
           std::find(o.relations.begin(), o.relations.end(), g.edge(e).relation) != o.relations.end();
  };
  auto allowed = [&](NodeId n) {
    return n == to || o.via.empty() || std::find(o.via.begin(), o.via.end(), g.node(n).type) != o.via.end();
  };
  std::vector<Path> result;
  Path current{{from}, {}, 0};
  std::function<void()> dfs = [&] {
    NodeId u = current.nodes.back();
    if (u == to) {
      Path p = current;
      for (std::size_t i = 0; i < p.edges.size(); ++i) p.cost += costs.hop_cost(p.nodes[i], p.edges[i]);
      result.push_back(p);
      return;
    }
    if (o.max_hops && current.edges.size() == *o.max_hops) return;
    // One hop per neighbour, over the best-supported fact (then the oldest), as documented.
    std::map<NodeId, kg::EdgeId> best;
    auto consider = [&](kg::EdgeId e, NodeId v) {
      if (!walkable(e) || v == u) return;
      auto it = best.find(v);
      if (it == best.end() || g.edge(e).weight() > g.edge(it->second).weight() ||
          (g.edge(e).weight() == g.edge(it->second).weight() && e < it->second))
        best[v] = e;
    };
    for (auto e : g.out_edges(u)) consider(e, g.target(e));
    for (auto e : g.in_edges(u)) consider(e, g.source(e));
    for (auto [v, e] : best) {
      if (std::find(current.nodes.begin(), current.nodes.end(), v) != current.nodes.end() || !allowed(v)) continue;
      current.nodes.push_back(v);
      current.edges.push_back(e);
      dfs();
      current.nodes.pop_back();
      current.edges.pop_back();
    }
  };
  dfs();
  std::sort(result.begin(), result.end(), [](const Path& a, const Path& b) {
    return a.cost != b.cost ? a.cost < b.cost : a.nodes < b.nodes;
  });
  return result;
}

kg::KnowledgeGraph random_graph(unsigned seed, std::size_t nodes, std::size_t edges) {
  std::mt19937 rng(seed);
  kg::KnowledgeGraph g;
  const kg::EntityType types[] = {kg::EntityType::Person, kg::EntityType::Org, kg::EntityType::Event};
  for (std::size_t i = 0; i < nodes; ++i) g.add_entity(kg::test::entity("node " + std::to_string(i), types[rng() % 3]));
  const kg::Relation relations[] = {kg::Relation::MetWith, kg::Relation::MemberOf, kg::Relation::Chaired};
  for (std::size_t i = 0; i < edges; ++i) {
    auto s = static_cast<NodeId>(rng() % nodes), t = static_cast<NodeId>(rng() % nodes);
    if (s == t) continue;
    auto evidence_count = 1 + rng() % 4;
    for (unsigned k = 0; k < evidence_count; ++k) {
      std::string document = "d";
      document += std::to_string(k);
      g.add_fact(s, t, relations[rng() % 3], "", kg::test::said(document, static_cast<std::uint32_t>(i), "s"));
    }
  }
  return g;
}

}  // namespace

TEST_CASE("the shortest path walks facts in both directions and remembers which way they point", "[query][path]") {
  auto g = kg::test::officials();
  kg::PathFinder finder(g, {});
  auto paths = finder.find(2, 4);  // ministry -> Schaich -> Vassilenko -> forum -> Astana
  REQUIRE(paths.size() == 1);
  CHECK(paths[0].nodes == std::vector<NodeId>{2, 1, 0, 3, 4});
  CHECK(paths[0].cost == 4);
  CHECK(g.source(paths[0].edges[0]) == 1);  // holds_position points from Schaich: walked backwards
  CHECK(g.source(paths[0].edges[3]) == 3);  // located_in points forwards
}

TEST_CASE("no path, same entity and k = 0 have defined answers", "[query][path]") {
  auto g = kg::test::officials();
  kg::PathFinder finder(g, {});
  CHECK(finder.find(0, 5).empty());
  auto same = finder.find(3, 3);
  REQUIRE(same.size() == 1);
  CHECK(same[0].nodes == std::vector<NodeId>{3});
  CHECK(same[0].edges.empty());
  kg::PathFinder none(g, kg::PathOptions{0, {}, {}, {}, false});
  CHECK(none.find(0, 4).empty());
}

TEST_CASE("constraints restrict hops, intermediate types and relations", "[query][path]") {
  auto g = kg::test::officials();
  kg::PathOptions options;
  SECTION("max hops") {
    options.max_hops = 3;
    CHECK(kg::PathFinder(g, options).find(2, 4).empty());
    options.max_hops = 4;
    CHECK(kg::PathFinder(g, options).find(2, 4).size() == 1);
  }
  SECTION("via types") {
    options.via = {kg::EntityType::Person};
    CHECK(kg::PathFinder(g, options).find(2, 4).empty());  // the forum is an EVENT
    CHECK(kg::PathFinder(g, options).find(2, 3).size() == 1);  // the ends may be any type
  }
  SECTION("relations") {
    options.relations = {kg::Relation::MetWith, kg::Relation::HoldsPosition};
    CHECK(kg::PathFinder(g, options).find(2, 0).size() == 1);
    CHECK(kg::PathFinder(g, options).find(2, 3).empty());
  }
}

TEST_CASE("of several facts between two entities a hop uses the best supported", "[query][path]") {
  auto g = kg::test::officials();
  g.add_fact(0, 1, kg::Relation::ParticipatedIn, "", kg::test::said("d9", 0, "x"));
  g.add_fact(0, 1, kg::Relation::ParticipatedIn, "", kg::test::said("d9", 1, "y"));
  auto paths = kg::PathFinder(g, {}).find(0, 1);
  REQUIRE(paths.size() == 1);
  CHECK(g.edge(paths[0].edges[0]).relation == kg::Relation::ParticipatedIn);
}

TEST_CASE("the k shortest paths equal a brute-force enumeration of all simple paths", "[query][path][yen]") {
  auto seed = GENERATE(range(1u, 41u));
  auto g = random_graph(seed, 9, 16);
  kg::PathOptions options;
  options.k = 6;
  if (seed % 4 == 1) options.max_hops = 3;
  if (seed % 4 == 2) options.via = {kg::EntityType::Person, kg::EntityType::Event};
  if (seed % 4 == 3) options.relations = {kg::Relation::MetWith, kg::Relation::MemberOf};
  kg::PathFinder finder(g, options);
  for (NodeId from = 0; from < 3; ++from)
    for (NodeId to = 5; to < 9; ++to) {
      CAPTURE(seed, from, to);
      auto expected = all_simple_paths(g, from, to, options);
      if (expected.size() > options.k) expected.resize(options.k);
      CHECK(node_lists(finder.find(from, to)) == node_lists(expected));
    }
}

TEST_CASE("weighted k shortest paths have the costs of the brute-force best", "[query][path][yen]") {
  auto seed = GENERATE(range(100u, 120u));
  auto g = random_graph(seed, 8, 14);
  kg::PathOptions options;
  options.k = 5;
  options.weighted = true;
  if (seed % 2) options.max_hops = 3;
  kg::PathFinder finder(g, options);
  for (NodeId from = 0; from < 2; ++from)
    for (NodeId to = 5; to < 8; ++to) {
      CAPTURE(seed, from, to);
      auto expected = all_simple_paths(g, from, to, options);
      if (expected.size() > options.k) expected.resize(options.k);
      auto found = finder.find(from, to);
      REQUIRE(found.size() == expected.size());
      for (std::size_t i = 0; i < found.size(); ++i) CHECK(found[i].cost == Approx(expected[i].cost));
    }
}

TEST_CASE("weighted search prefers a longer path over facts with much more evidence", "[query][path]") {
  kg::KnowledgeGraph g;
  for (auto name : {"A", "B", "C", "D"}) g.add_entity(kg::test::entity(name));
  g.add_fact(0, 3, kg::Relation::MetWith, "", kg::test::said("d", 0, "weak"));
  for (std::uint32_t i = 0; i < 50; ++i) {
    g.add_fact(0, 1, kg::Relation::MetWith, "", kg::test::said("d", i, "s"));
    g.add_fact(1, 2, kg::Relation::MetWith, "", kg::test::said("d", i, "s"));
    g.add_fact(2, 3, kg::Relation::MetWith, "", kg::test::said("d", i, "s"));
  }
  CHECK(kg::PathFinder(g, {}).find(0, 3).at(0).nodes == std::vector<NodeId>{0, 3});
  kg::PathOptions weighted;
  weighted.weighted = true;
  CHECK(kg::PathFinder(g, weighted).find(0, 3).at(0).nodes == std::vector<NodeId>{0, 1, 2, 3});
  weighted.max_hops = 2;
  CHECK(kg::PathFinder(g, weighted).find(0, 3).at(0).nodes == std::vector<NodeId>{0, 3});
}
