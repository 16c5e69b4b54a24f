// A store holds the whole graph: written from a KnowledgeGraph and loaded back, it gives the
// same graph, checked as the graph JSON both write (every field, every order).
#include <catch2/catch.hpp>

#include <sstream>

#include "export/sample_graphs.h"
#include "store/store_reader.h"
#include "store_fixtures.h"

namespace kg::test {
namespace {

KnowledgeGraph graph_named(const std::string& which) {
  return which == "quirky" ? quirky_graph() : sample_graph(which);
}

KnowledgeGraph round_trip(const KnowledgeGraph& graph, const TempDir& dir) {
  write_store_file(dir / "g.kgdb", graph);
  return load_store(dir / "g.kgdb");
}

}  // namespace

TEST_CASE("A store loads back the graph it was written from, byte for byte as graph JSON", "[store]") {
  auto which = GENERATE(as<std::string>{}, "quirky", "hostile", "one", "empty");
  CAPTURE(which);
  TempDir dir("kg-store");
  KnowledgeGraph graph = graph_named(which);
  KnowledgeGraph loaded = round_trip(graph, dir);
  CHECK(graph_json(loaded) == graph_json(graph));
  CHECK(loaded.documents() == graph.documents());
}

TEST_CASE("A store keeps names and texts byte for byte, invalid UTF-8 and NUL included", "[store]") {
  TempDir dir("kg-store");
  KnowledgeGraph graph = quirky_graph();
  KnowledgeGraph loaded = round_trip(graph, dir);
  REQUIRE(loaded.node_count() == graph.node_count());
  for (NodeId n = 0; n < graph.node_count(); ++n) {
    CHECK(loaded.node(n).label == graph.node(n).label);
    CHECK(loaded.node(n).aliases == graph.node(n).aliases);
    CHECK(loaded.node(n).documents == graph.node(n).documents);
  }
  CHECK(loaded.node(1).label == "Ministry of \xFF Affairs");
  CHECK(loaded.node(2).label == std::string("Null\0Byte", 9));
  REQUIRE(loaded.edge_count() == graph.edge_count());
  for (EdgeId e = 0; e < graph.edge_count(); ++e) CHECK(loaded.edge(e).evidence == graph.edge(e).evidence);
}

TEST_CASE("A loaded store shares each cited sentence and document id among the facts citing it", "[store]") {
  TempDir dir("kg-store");
  KnowledgeGraph loaded = round_trip(quirky_graph(), dir);
  const Evidence& post = loaded.edge(0).evidence.front();    // doc-1, sentence 2
  const Evidence& member = loaded.edge(1).evidence.front();  // the same sentence
  REQUIRE(post.text == member.text);
  CHECK(post.text.same_copy(member.text));
  CHECK(post.doc.same_copy(member.doc));
}

TEST_CASE("The same graph always gives the same store bytes", "[store]") {
  CHECK(store_bytes(quirky_graph()) == store_bytes(quirky_graph()));
  CHECK(store_bytes(hostile_graph()) == store_bytes(hostile_graph()));
  CHECK(store_bytes(quirky_graph()) != store_bytes(hostile_graph()));
}

TEST_CASE("A store written again from its loaded graph has the same bytes", "[store]") {
  TempDir dir("kg-store");
  KnowledgeGraph graph = quirky_graph();
  CHECK(store_bytes(round_trip(graph, dir)) == store_bytes(graph));
}

TEST_CASE("A store starts with SQLite's header and kgraph's application id", "[store]") {
  std::string bytes = store_bytes(one_node_graph());
  REQUIRE(bytes.size() >= 100);
  CHECK(bytes.substr(0, 16) == std::string("SQLite format 3\0", 16));
  CHECK(bytes.substr(68, 4) == "kgdb");  // PRAGMA application_id, big-endian
  CHECK(bytes.size() % 4096 == 0);
}

}  // namespace kg::test
