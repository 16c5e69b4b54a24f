// What a query reads from a store without loading it all: the skeleton (the graph without
// its text, from the adjacency table), the full records of a few nodes and facts, and the
// adjacency blobs themselves.
#include <catch2/catch.hpp>

#include "export/sample_graphs.h"
#include "query/path_finder.h"
#include "store/adjacency.h"
#include "store/sqlite_db.h"
#include "store/store_reader.h"
#include "store_fixtures.h"

namespace kg::test {

TEST_CASE("A store's skeleton has every node, fact and weight of the graph, without evidence text", "[store]") {
  auto which = GENERATE(as<std::string>{}, "quirky", "hostile", "empty");
  CAPTURE(which);
  TempDir dir("kg-store");
  KnowledgeGraph graph = which == "quirky" ? quirky_graph() : sample_graph(which);
  write_store_file(dir / "g.kgdb", graph);
  KnowledgeGraph skeleton = GraphStore(dir / "g.kgdb").load_skeleton();
  CHECK(skeleton.documents() == graph.documents());
  REQUIRE(skeleton.node_count() == graph.node_count());
  for (NodeId n = 0; n < graph.node_count(); ++n) {
    const EntityNode &a = skeleton.node(n), &b = graph.node(n);
    CHECK(a.label == b.label);
    CHECK(a.type == b.type);
    CHECK(a.aliases == b.aliases);
    CHECK(a.titles == b.titles);
    CHECK(a.mentions == b.mentions);
    CHECK(a.country == b.country);
    CHECK(a.documents.empty());
    CHECK(skeleton.find(b.label) == graph.find(b.label));
  }
  REQUIRE(skeleton.edge_count() == graph.edge_count());
  for (EdgeId e = 0; e < graph.edge_count(); ++e) {
    CHECK(skeleton.source(e) == graph.source(e));
    CHECK(skeleton.target(e) == graph.target(e));
    CHECK(skeleton.edge(e).relation == graph.edge(e).relation);
    CHECK(skeleton.edge(e).title == graph.edge(e).title);
    CHECK(skeleton.edge(e).weight() == graph.edge(e).weight());
    for (const auto& ev : skeleton.edge(e).evidence) CHECK(ev.text.empty());
  }
}

TEST_CASE("Paths found in a store's skeleton are the paths of the whole graph", "[store]") {
  TempDir dir("kg-store");
  KnowledgeGraph graph = quirky_graph();
  write_store_file(dir / "g.kgdb", graph);
  KnowledgeGraph skeleton = GraphStore(dir / "g.kgdb").load_skeleton();
  for (bool weighted : {false, true}) {
    PathOptions options;
    options.k = 3;
    options.weighted = weighted;
    PathFinder full(graph, options), light(skeleton, options);
    for (NodeId from = 0; from < graph.node_count(); ++from)
      for (NodeId to = 0; to < graph.node_count(); ++to) CHECK(light.find(from, to) == full.find(from, to));
  }
}

TEST_CASE("A part of a store renumbers its nodes in id order and gives the named facts all their evidence", "[store]") {
  TempDir dir("kg-store");
  KnowledgeGraph graph = quirky_graph();
  write_store_file(dir / "g.kgdb", graph);
  GraphStore store(dir / "g.kgdb");
  // Edge 3 (ministry -> "Null\0Byte") names nodes 1 and 2; node 0 is named; node 3 is not.
  auto part = store.load_part({0}, {3, 0, 3});  // renumbered in store order: 0 -> 0, 3 -> 1
  REQUIRE(part.graph.node_count() == 3);
  CHECK(part.graph.node(0).documents == graph.node(0).documents);
  CHECK(part.graph.node(1).label == graph.node(1).label);
  CHECK(part.graph.node(2).aliases == graph.node(2).aliases);
  REQUIRE(part.edges.size() == 3);
  CHECK(part.edges[0] == part.edges[2]);
  CHECK(part.graph.edge_count() == 2);
  CHECK(part.graph.edge(part.edges[0]).evidence == graph.edge(3).evidence);
  CHECK(part.graph.edge(part.edges[1]).evidence == graph.edge(0).evidence);
  CHECK(part.graph.edge(part.edges[1]).title == "Deputy Minister");
  CHECK(part.graph.source(part.edges[0]) == 1);
  // The documents cited by the nodes and the evidence, in the order of the whole graph.
  REQUIRE(part.graph.documents().size() == 2);
  CHECK(part.graph.documents()[0].id == "doc-1");
  CHECK(part.graph.documents()[1].id == "doc-2");
  CHECK(part.nodes == std::vector<NodeId>{0, 1, 2});
  CHECK(store.load_part({}, {}).graph.node_count() == 0);
  // Nodes 1, 2 and 4 (edge 3 names 1 and 2) become 0, 1 and 2; nothing is read of 0 and 3.
  auto sparse = store.load_part({4, 4}, {3});
  CHECK(sparse.nodes == std::vector<NodeId>{1, 2, 4});
  REQUIRE(sparse.graph.node_count() == 3);
  CHECK(sparse.graph.node(2).label == "Lonely Summit");
  CHECK(sparse.graph.node(2).type == EntityType::Event);
  CHECK(sparse.graph.node(0).label == graph.node(1).label);
  REQUIRE(sparse.edges.size() == 1);
  CHECK(sparse.graph.source(sparse.edges[0]) == 0);
  CHECK(sparse.graph.target(sparse.edges[0]) == 1);
  CHECK(sparse.graph.edge(sparse.edges[0]).evidence == graph.edge(3).evidence);
}

TEST_CASE("The adjacency table lists every fact from both ends, in the order path searches walk them", "[store]") {
  TempDir dir("kg-store");
  KnowledgeGraph graph = quirky_graph();
  write_store_file(dir / "g.kgdb", graph);
  auto expected = store::build_adjacency(graph);
  auto db = store::SqliteDb::open_read_only(dir / "g.kgdb");
  auto rows = db.prepare("SELECT node, arcs FROM adjacency ORDER BY node");
  std::vector<std::vector<store::StoredArc>> stored(graph.node_count());
  while (rows.step()) REQUIRE(store::decode_arcs(rows.blob(1), stored.at(static_cast<std::size_t>(rows.integer(0)))));
  CHECK(stored == expected);
  // Ana (0): met_with Ivan (3) twice-supported, holds_position and member_of to the ministry (1).
  REQUIRE(stored[0].size() == 3);
  CHECK(stored[0][0] == store::StoredArc{1, 0, 2, Relation::HoldsPosition, true});
  CHECK(stored[0][1] == store::StoredArc{1, 1, 1, Relation::MemberOf, true});
  CHECK(stored[0][2] == store::StoredArc{3, 2, 2, Relation::MetWith, true});
  // The self-loop once, at its node; Lonely Summit (4) has no row at all.
  CHECK(std::count_if(stored[1].begin(), stored[1].end(), [](const auto& a) { return a.to == 1; }) == 1);
  CHECK(stored[4].empty());
}

TEST_CASE("Arcs survive encoding, and a blob that is no list of arcs is refused", "[store]") {
  std::vector<store::StoredArc> arcs{{7, 9, 3, Relation::Chaired, false}, {4294967295u, 0, 1, Relation::HoldsPosition, true}};
  std::vector<unsigned char> blob;
  store::encode_arcs(arcs, blob);
  CHECK(blob.size() == 2 * store::kArcBytes);
  std::vector<store::StoredArc> back;
  REQUIRE(store::decode_arcs(blob, back));
  CHECK(back == arcs);
  auto bad_size = blob;
  bad_size.pop_back();
  CHECK_FALSE(store::decode_arcs(bad_size, back));
  auto bad_relation = blob;
  bad_relation[12] = 7;  // relation 7 does not exist
  CHECK_FALSE(store::decode_arcs(bad_relation, back));
}

}  // namespace kg::test
