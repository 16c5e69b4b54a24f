// GraphBuilder, the streaming reduce step: the graph depends on the set of documents added,
// not on their order, and evidence cited from one sentence shares that sentence's text.
#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <sstream>
#include <stdexcept>
#include <vector>

#include "extract/extractor.h"
#include "graph/graph_builder.h"
#include "graph/graph_json.h"
#include "test_support.h"

namespace {

namespace fs = std::filesystem;

std::vector<kg::Document> sample_documents() {
  std::vector<fs::path> paths;
  for (const auto& entry : fs::directory_iterator(kg::test::source_dir() / "samples"))
    if (entry.path().extension() == ".txt") paths.push_back(entry.path());
  std::sort(paths.begin(), paths.end());
  std::vector<kg::Document> docs;
  for (const auto& p : paths) {
    kg::Document d;
    d.id = p.filename().string();
    d.path = p.string();
    d.text = kg::test::read_file(p);
    docs.push_back(std::move(d));
  }
  REQUIRE(docs.size() >= 10);
  return docs;
}

std::string json_of(const kg::KnowledgeGraph& graph) {
  std::ostringstream out;
  kg::write_graph_json(out, graph);
  return out.str();
}

}  // namespace

TEST_CASE("GraphBuilder gives the same graph whatever order documents arrive in", "[graph][builder]") {
  auto docs = sample_documents();
  std::vector<kg::DocumentExtraction> all;
  for (const auto& d : docs) all.push_back(kg::extract(d));
  std::string at_once = json_of(kg::build_graph(all).graph);

  kg::GraphBuilder reversed;
  for (auto it = docs.rbegin(); it != docs.rend(); ++it) reversed.add(kg::extract(*it));
  CHECK(reversed.document_count() == docs.size());
  auto result = reversed.build();
  CHECK(reversed.document_count() == 0);  // build() leaves the builder empty
  CHECK(result.graph.documents().size() == docs.size());
  CHECK(json_of(result.graph) == at_once);

  kg::GraphBuilder interleaved;  // even positions first, then odd ones
  for (std::size_t start : {0u, 1u})
    for (std::size_t i = start; i < docs.size(); i += 2) interleaved.add(kg::extract(docs[i]));
  CHECK(json_of(interleaved.build().graph) == at_once);
}

TEST_CASE("Evidence cited from one sentence shares one copy of its text", "[graph][builder]") {
  auto docs = sample_documents();
  kg::GraphBuilder builder;
  for (const auto& d : docs) builder.add(kg::extract(d));
  auto graph = builder.build().graph;
  std::size_t shared = 0, pairs = 0;
  std::vector<const kg::Evidence*> cited;
  for (kg::EdgeId e = 0; e < graph.edge_count(); ++e)
    for (const auto& ev : graph.edge(e).evidence) cited.push_back(&ev);
  std::sort(cited.begin(), cited.end(), [](auto* a, auto* b) {
    return std::tie(a->doc, a->sentence) < std::tie(b->doc, b->sentence);
  });
  for (std::size_t i = 1; i < cited.size(); ++i)
    if (cited[i]->doc == cited[i - 1]->doc && cited[i]->sentence == cited[i - 1]->sentence) {
      ++pairs;
      CHECK(cited[i]->text == cited[i - 1]->text);
      shared += cited[i]->text.same_copy(cited[i - 1]->text);
      CHECK(cited[i]->doc.same_copy(cited[i - 1]->doc));
    }
  REQUIRE(pairs > 50);  // the samples cite many sentences for more than one fact
  CHECK(shared == pairs);
}

TEST_CASE("A graph built with its entities and evidence kept on disk is the same graph, read one edge at a time", "[graph][builder]") {
  auto docs = sample_documents();
  kg::GraphBuilder in_memory, on_disk;
  on_disk.keep_on_disk();
  for (const auto& d : docs) {
    in_memory.add(kg::extract(d));
    on_disk.add(kg::extract(d));
  }
  auto a = in_memory.build().graph, b = on_disk.build().graph;
  CHECK(json_of(b) == json_of(a));
  REQUIRE(b.edge_count() == a.edge_count());
  REQUIRE(b.edge_count() > 10);
  for (kg::EdgeId e = 0; e < b.edge_count(); ++e) {
    CHECK(b.evidence_count(e) == a.edge(e).evidence.size());
    const auto ev = b.edge(e).evidence;  // a copy: the next edge() on this thread reuses the buffer
    CHECK(a.edge(e).evidence == ev);
    CHECK(b.edge(e).title == a.edge(e).title);
  }
  kg::Evidence extra{"x", 0, {}, {}, {}, "text", ""};
  CHECK_THROWS_AS(b.add_fact(0, 1, kg::Relation::MetWith, "", extra), std::logic_error);
}

TEST_CASE("An empty GraphBuilder builds an empty graph", "[graph][builder]") {
  kg::GraphBuilder builder;
  auto result = builder.build();
  CHECK(result.graph.node_count() == 0);
  CHECK(result.graph.edge_count() == 0);
  CHECK(result.merges.empty());
}

// Typo merges (same given name, surname one edit apart) compare each distinct name once, so
// they hold however many documents mention the names; they used to stop past 4000 mentions.
TEST_CASE("A surname typo merges at any corpus size", "[graph][builder][resolve]") {
  kg::GraphBuilder builder;
  const std::size_t documents = GENERATE(2u, 5000u);
  CAPTURE(documents);
  for (std::size_t d = 0; d < documents; ++d) {
    kg::DocumentExtraction x;
    x.doc_id = "doc-" + std::to_string(d);
    kg::ExtractedEntity person;
    person.name = d % 2 ? "Anna Nowakowska" : "Anna Novakowska";
    person.forms = {person.name};
    person.mentions.push_back({{0, 15}, 0, person.name, "name"});
    x.entities.push_back(std::move(person));
    builder.add(std::move(x));
  }
  auto graph = builder.build().graph;
  REQUIRE(graph.node_count() == 1);
  CHECK(graph.node(0).aliases.size() == 1);
  CHECK(graph.node(0).documents.size() == documents);
}
