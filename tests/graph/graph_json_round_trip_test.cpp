#include <catch2/catch.hpp>

#include <sstream>

#include "extract/input_error.h"
#include "graph/graph_json.h"
#include "test_support.h"

namespace {

std::string save(const kg::KnowledgeGraph& graph) {
  std::ostringstream out;
  kg::write_graph_json(out, graph);
  return out.str();
}

kg::Evidence evidence(const std::string& doc, std::uint32_t sentence, const std::string& text) {
  return kg::Evidence{doc, sentence, {10, 60}, {10, 20}, {30, 44}, text, "2024-03-01"};
}

// Every field filled, plus the awkward values: empty strings, quotes, control characters,
// non-ASCII text and an embedded NUL.
kg::KnowledgeGraph sample_graph() {
  kg::KnowledgeGraph graph;
  graph.add_document({"d1", "2024-03-01", "Reuters", "https://example.com/a?b=\"c\"", 12});
  graph.add_document({"d2", "", "", "", 0});
  auto a = graph.add_entity({"Roman Vassilenko", kg::EntityType::Person, {"R. Vassilenko", "Vassilenko"}, 3,
                             {"d1", "d2"}, "KZ", {"Deputy Foreign Minister"}});
  auto b = graph.add_entity({"Gerd Sch\xD0\xB0ich", kg::EntityType::Person, {}, 1, {"d1"}, "", {}});
  auto c = graph.add_entity({"Ministry of Foreign Affairs", kg::EntityType::Org, {"MFA"}, 2, {"d1"}, "KZ", {}});
  auto d = graph.add_entity({"Astana \"2024\"\n\ttalks\\", kg::EntityType::Event, {}, 1, {"d2"}, "", {}});
  auto e = graph.add_entity({std::string("nul\0inside", 10), kg::EntityType::Gpe, {""}, 0, {}, "", {}});
  graph.add_fact(a, b, kg::Relation::MetWith, "", evidence("d1", 3, "Vassilenko met Sch\xD0\xB0ich in Astana."));
  graph.add_fact(a, b, kg::Relation::MetWith, "", evidence("d2", 0, "Они встретились — again."));
  graph.add_fact(a, c, kg::Relation::HoldsPosition, "Deputy Foreign Minister", evidence("d1", 1, "x"));
  graph.add_fact(a, d, kg::Relation::Chaired, "", evidence("d2", 7, ""));
  graph.add_fact(c, e, kg::Relation::LocatedIn, "", kg::Evidence{"d1", 0, {}, {}, {}, "", ""});
  return graph;
}

}  // namespace

TEST_CASE("save, load, save gives the same bytes", "[graph][json]") {
  auto first = save(sample_graph());
  auto loaded = kg::parse_graph_json(first, "graph.json");
  CHECK(save(loaded) == first);
}

TEST_CASE("a loaded graph holds every field that was saved", "[graph][json]") {
  auto original = sample_graph();
  auto loaded = kg::parse_graph_json(save(original), "graph.json");
  REQUIRE(loaded.node_count() == original.node_count());
  REQUIRE(loaded.edge_count() == original.edge_count());
  CHECK(loaded.documents() == original.documents());
  for (kg::NodeId n = 0; n < original.node_count(); ++n) {
    const auto &x = original.node(n), &y = loaded.node(n);
    CHECK(x.label == y.label);
    CHECK(x.type == y.type);
    CHECK(x.aliases == y.aliases);
    CHECK(x.mentions == y.mentions);
    CHECK(x.documents == y.documents);
    CHECK(x.country == y.country);
    CHECK(x.titles == y.titles);
  }
  for (kg::EdgeId e = 0; e < original.edge_count(); ++e) {
    CHECK(loaded.source(e) == original.source(e));
    CHECK(loaded.target(e) == original.target(e));
    CHECK(loaded.edge(e).relation == original.edge(e).relation);
    CHECK(loaded.edge(e).title == original.edge(e).title);
    CHECK(loaded.edge(e).evidence == original.edge(e).evidence);
  }
  CHECK(loaded.find("gerd schaich") == std::vector<kg::NodeId>{1});
}

TEST_CASE("the empty graph round-trips", "[graph][json]") {
  kg::KnowledgeGraph empty;
  auto text = save(empty);
  CHECK(text ==
        "{\n  \"format\": \"kgraph\",\n  \"version\": 1,\n  \"directed\": true,\n  \"multigraph\": true,\n"
        "  \"graph\": {},\n  \"documents\": [],\n  \"nodes\": [],\n  \"links\": []\n}\n");
  CHECK(kg::parse_graph_json(text, "g.json").node_count() == 0);
}

TEST_CASE("a one-node graph is written one entry per line", "[graph][json]") {
  kg::KnowledgeGraph graph;
  graph.add_entity({"Kazakhstan", kg::EntityType::Gpe, {}, 2, {"d1"}, "KZ", {}});
  CHECK(save(graph) ==
        "{\n  \"format\": \"kgraph\",\n  \"version\": 1,\n  \"directed\": true,\n  \"multigraph\": true,\n"
        "  \"graph\": {},\n  \"documents\": [],\n  \"nodes\": [\n"
        "    {\"id\":\"n0\",\"label\":\"Kazakhstan\",\"type\":\"GPE\",\"aliases\":[],\"mentions\":2,"
        "\"documents\":[\"d1\"],\"country\":\"KZ\",\"titles\":[]}\n  ],\n  \"links\": []\n}\n");
}

TEST_CASE("invalid UTF-8 is written as U+FFFD so the file stays valid", "[graph][json]") {
  kg::KnowledgeGraph graph;
  auto [input, expected] = GENERATE(table<std::string, std::string>({
      {"ok \xC3\xA9", "ok \xC3\xA9"},
      {"bad \xFF end", "bad \xEF\xBF\xBD end"},
      {"cut \xE2\x82", "cut \xEF\xBF\xBD\xEF\xBF\xBD"},
      {"overlong \xC0\xAF", "overlong \xEF\xBF\xBD\xEF\xBF\xBD"},
      {"surrogate \xED\xA0\x80", "surrogate \xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD"},
      {"emoji \xF0\x9F\x98\x80", "emoji \xF0\x9F\x98\x80"},
  }));
  graph.add_entity({input, kg::EntityType::Person, {}, 0, {}, "", {}});
  auto loaded = kg::parse_graph_json(save(graph), "g.json");
  CHECK(loaded.node(0).label == expected);
}

TEST_CASE("load_graph_json reads a file and names it in errors", "[graph][json]") {
  kg::test::TempDir dir("kg-graph-json");
  auto path = dir / "g.json";
  kg::test::write_file(path, save(sample_graph()));
  CHECK(kg::load_graph_json(path).node_count() == 5);

  SECTION("missing file") {
    try {
      kg::load_graph_json(dir / "none.json");
      FAIL("no error");
    } catch (const kg::InputError& e) {
      CHECK(e.located() == (dir / "none.json").string() + ": no such graph file");
    }
  }
  SECTION("directory") {
    try {
      kg::load_graph_json(dir.path());
      FAIL("no error");
    } catch (const kg::InputError& e) {
      CHECK(e.located() == dir.path().string() + ": is a directory, not a graph file");
    }
  }
  SECTION("empty file") {
    kg::test::write_file(path, "");
    try {
      kg::load_graph_json(path);
      FAIL("no error");
    } catch (const kg::InputError& e) {
      CHECK(e.located() == path.string() + ":1:1: invalid JSON: the document is empty");
    }
  }
}

TEST_CASE("NetworkX reads the graph file with node_link_graph", "[graph][json][networkx]") {
  std::string python = KG_PYTHON;
  if (python.empty() || kg::test::run(python + " -c 'import networkx'").exit_code != 0) {
    WARN("python3 with networkx not found: skipped");
    return;
  }
  kg::test::TempDir dir("kg-graph-nx");
  kg::test::write_file(dir / "g.json", save(sample_graph()));
  kg::test::write_file(dir / "read.py",
                       "import json, sys, warnings\n"
                       "import networkx as nx\n"
                       "warnings.simplefilter('ignore')\n"
                       "data = json.load(open(sys.argv[1], encoding='utf-8'))\n"
                       "g = nx.node_link_graph(data)\n"
                       "print(g.is_directed(), g.is_multigraph(), g.number_of_nodes(), g.number_of_edges())\n"
                       "print(g.nodes['n0']['label'], g['n0']['n1']['met_with']['weight'])\n");
  auto result = kg::test::run(python + " " + kg::test::shell_quote((dir / "read.py").string()) + " " +
                              kg::test::shell_quote((dir / "g.json").string()));
  INFO(result.err);
  CHECK(result.exit_code == 0);
  CHECK(result.out == "True True 5 4\nRoman Vassilenko 2\n");
}
