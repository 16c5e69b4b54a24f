// kgraph eval end to end: a graph file written by kg::write_graph_json, gold files on disk.
#include <catch2/catch.hpp>

#include <fstream>

#include "graph/graph_json.h"
#include "test_support.h"

namespace {

using kg::test::shell_quote;

// Two ministers and the meeting they co-chaired; one spurious place.
void write_graph(const std::filesystem::path& path) {
  kg::KnowledgeGraph g;
  auto node = [&](const std::string& label, kg::EntityType type) {
    kg::EntityNode n;
    n.label = label;
    n.type = type;
    n.documents = {"talks"};
    return g.add_entity(std::move(n));
  };
  auto tileuberdi = node("Mukhtar Tileuberdi", kg::EntityType::Person);
  auto cavusoglu = node("Mevlut Cavusoglu", kg::EntityType::Person);
  auto talks = node("talks", kg::EntityType::Event);
  node("Atlantis", kg::EntityType::Gpe);
  kg::Evidence ev;
  ev.doc = "talks";
  ev.text = "They co-chaired the talks.";
  g.add_fact(tileuberdi, talks, kg::Relation::Chaired, "", ev);
  g.add_fact(cavusoglu, talks, kg::Relation::Chaired, "", ev);
  kg::DocumentInfo doc;
  doc.id = "talks";
  g.add_document(doc);
  std::ofstream out(path, std::ios::binary);
  kg::write_graph_json(out, g);
}

const char* kGold = R"({"source": "test", "entities": [
  {"name": "Mukhtar Tileuberdi", "type": "PERSON", "aliases": ["Tileuberdi"]},
  {"name": "Mevlüt Çavuşoğlu", "type": "PERSON"},
  {"name": "Türkiye", "type": "GPE", "aliases": ["Turkish"]},
  {"name": "Kazakh-Turkish talks", "type": "EVENT", "aliases": ["talks"]}],
 "relations": [
  {"subject": "Mukhtar Tileuberdi", "relation": "met_with", "object": "Mevlüt Çavuşoğlu"},
  {"subject": "Mevlüt Çavuşoğlu", "relation": "holds_position", "object": "Türkiye", "title": "Foreign Minister"}]})";

struct Files {
  kg::test::TempDir dir{"kg-eval-cli"};
  std::string graph = (dir / "g.json").string();
  std::string gold = (dir / "talks.gold.json").string();
  Files() {
    write_graph(graph);
    kg::test::write_file(gold, kGold);
  }
  kg::test::RunResult eval(const std::string& extra = {}) const {
    return kg::test::run(shell_quote(kg::test::kgraph_binary()) + " eval " + shell_quote(graph) + " " +
                         shell_quote(gold) + extra);
  }
};

}  // namespace

TEST_CASE("kgraph eval prints per-type scores, relation precision and recall and exits 0", "[eval][cli]") {
  Files files;
  auto r = files.eval();
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
  CHECK(r.out.find("PERSON          2        2      2      2   1.000   1.000   1.000\n") != std::string::npos);
  CHECK(r.out.find("GPE             1        0      1      0   0.000   0.000   0.000\n") != std::string::npos);
  CHECK(r.out.find("relations          edges  correct       P   gold  found       R      F1\n") != std::string::npos);
  CHECK(r.out.find("holds_position         0        0       -      1      0   0.000       -\n") != std::string::npos);
  // The gold has nobody at the talks: both chaired edges are wrong, and sharing them is not the
  // gold's meeting of the two.
  CHECK(r.out.find("met_with               0        0       -      1      0   0.000       -\n") != std::string::npos);
  CHECK(r.out.find("chaired                2        0   0.000      0      0       -       -\n") != std::string::npos);
  CHECK(r.out.find("overall                2        0   0.000      2      0   0.000   0.000\n") != std::string::npos);
  CHECK(r.out.find("split entities: 0\n") != std::string::npos);
  CHECK(r.out.find("Atlantis") == std::string::npos);  // details only on request
}

TEST_CASE("kgraph eval --details lists misses, spurious nodes and spurious edges per document", "[eval][cli]") {
  Files files;
  auto r = files.eval(" --details");
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
  CHECK(r.out.find("\ntalks\n  missed entities:\n    GPE    Türkiye\n") != std::string::npos);
  CHECK(r.out.find("  missed relations:\n") != std::string::npos);
  CHECK(r.out.find("\n    Mevlüt Çavuşoğlu holds_position Türkiye (Foreign Minister)\n") != std::string::npos);
  CHECK(r.out.find("\n    Mukhtar Tileuberdi met_with Mevlüt Çavuşoğlu\n") != std::string::npos);
  CHECK(r.out.find("  spurious nodes:\n    GPE    Atlantis\n") != std::string::npos);
  CHECK(r.out.find("  spurious edges:\n    Mukhtar Tileuberdi chaired talks\n    Mevlut Cavusoglu chaired talks\n") !=
        std::string::npos);
}

TEST_CASE("kgraph eval --format json writes one JSON object", "[eval][cli]") {
  Files files;
  auto r = files.eval(" --format json --details");
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
  CHECK(r.out.front() == '{');
  CHECK(r.out.find("\"overall_relations\": {\n    \"relation\": \"overall\",\n    \"predicted\": 2,\n"
                   "    \"correct\": 0,\n    \"gold\": 2,\n    \"found\": 0,") != std::string::npos);
  CHECK(r.out.find("\"label\": \"Atlantis\"") != std::string::npos);
  // A real JSON reader agrees: Python's json module.
  if (std::string(KG_PYTHON).empty()) return;
  auto report = files.dir / "report.json";
  kg::test::write_file(report, r.out);
  auto parsed = kg::test::run(shell_quote(KG_PYTHON) + " -c " +
                              shell_quote("import json,sys; d=json.load(open(sys.argv[1], encoding='utf-8')); "
                                          "print(d['entities'][0]['type'], d['overall_relations']['recall'], "
                                          "d['entities'][3]['precision'], d['overall_relations']['precision'], "
                                          "d['overall_relations']['f1'], len(d['spurious_edges']))") +
                              " " + shell_quote(report.string()));
  CHECK(parsed.out == "PERSON 0.0 1.0 0.0 0.0 2\n");
}

TEST_CASE("kgraph eval exits 2 and names the position of a bad gold file", "[eval][cli]") {
  Files files;
  kg::test::write_file(files.gold, "{\"entities\": [\n  {\"name\": \"X\", \"type\": \"THING\"}], \"relations\": []}");
  auto r = files.eval();
  CHECK(r.exit_code == 2);
  CHECK(r.err == "kgraph: error: " + files.gold + ":2:25: entities[0].type: expected PERSON, ORG, GPE or EVENT, "
                                                  "got \"THING\"\n");
  CHECK(r.out.empty());
}

TEST_CASE("kgraph eval exits 2 when the graph file is missing or the format unknown", "[eval][cli]") {
  Files files;
  std::filesystem::remove(files.graph);
  CHECK(files.eval().exit_code == 2);
  Files other;
  CHECK(other.eval(" --format xml").exit_code == 2);
}

TEST_CASE("kgraph eval --cv --details follows the table with each held-out fold's report", "[eval][cli][cv]") {
  std::string cv = shell_quote(kg::test::kgraph_binary()) + " eval --cv 2 " +
                   shell_quote((kg::test::source_dir() / "samples").string()) + " --rules-only --jobs 2";
  auto r = kg::test::run(cv + " --details");
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
  auto first = r.out.find("\nfold 0 (held out; trained on the other folds)\n");
  auto second = r.out.find("\nfold 1 (held out; trained on the other folds)\n");
  REQUIRE(first != std::string::npos);
  REQUIRE(second != std::string::npos);
  CHECK(first < second);
  CHECK(r.out.find("mean over folds") < first);
  CHECK(r.out.find("  missed relations:\n", first) != std::string::npos);
  // The table itself is the same with or without --details.
  auto plain = kg::test::run(cv);
  REQUIRE(plain.exit_code == 0);
  CHECK(r.out.compare(0, plain.out.size(), plain.out) == 0);

  auto json = kg::test::run(cv + " --details --format json");
  CHECK(json.exit_code == 2);
  CHECK(json.err.find("kgraph: error: eval: --details with --cv") != std::string::npos);
}
