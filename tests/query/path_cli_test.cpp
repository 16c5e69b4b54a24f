#include <catch2/catch.hpp>

#include <fstream>

#include "graph/graph_json.h"
#include "query_fixtures.h"
#include "test_support.h"

namespace {

struct GraphFile {
  kg::test::TempDir dir{"kg-path-cli"};
  std::string path = (dir / "officials.json").string();
  GraphFile() {
    std::ofstream out(path, std::ios::binary);
    kg::write_graph_json(out, kg::test::officials());
  }
  kg::test::RunResult run(const std::string& args) const {
    return kg::test::run(kg::test::shell_quote(kg::test::kgraph_binary()) + " path " +
                         kg::test::shell_quote(path) + " " + args);
  }
};

}  // namespace

TEST_CASE("kgraph path prints the path and exits 0", "[query][cli]") {
  GraphFile file;
  auto r = file.run("'roman vassilenko' 'Gerd Schaich'");
  CHECK(r.exit_code == 0);
  CHECK(r.err.empty());
  CHECK(r.out == "Roman Vassilenko \u2014met_with\u2192 Gerd Sch\xD0\xB0ich\n"
                 "  \"Vassilenko met Schaich in Berlin.\" (d1, sentence 3)\n");
}

TEST_CASE("kgraph path exits 1 with a message when there is no path", "[query][cli]") {
  GraphFile file;
  auto r = file.run("Vassilenko 'Anna Muller'");
  CHECK(r.exit_code == 1);
  CHECK(r.out.empty());
  CHECK(r.err == "kgraph: no path between Roman Vassilenko and Anna Müller\n");
  CHECK(file.run("Schaich Astana --max-hops 2").exit_code == 1);
}

TEST_CASE("kgraph path exits 2 on unknown or ambiguous entities and bad options", "[query][cli]") {
  GraphFile file;
  auto [args, message] = GENERATE(table<std::string, std::string>({
      {"'Roman Vasilenko' Astana", "unknown entity \"Roman Vasilenko\"; did you mean \"Roman Vassilenko\"?"},
      {"Astana ''", "empty entity name"},
      {"Astana Schaich --via PERSON,PLACE", "unknown entity type \"PLACE\" in --via (expected PERSON, ORG, GPE or EVENT)"},
      {"Astana Schaich --relations likes",
       "unknown relation \"likes\" in --relations (expected holds_position, member_of, part_of, located_in, "
       "met_with, participated_in or chaired)"},
  }));
  auto r = file.run(args);
  CHECK(r.exit_code == 2);
  CHECK(r.err == "kgraph: error: " + message + "\n");
}

TEST_CASE("kgraph path reports a missing graph file with its name", "[query][cli]") {
  auto r = kg::test::run(kg::test::shell_quote(kg::test::kgraph_binary()) + " path /nonexistent/g.json A B");
  CHECK(r.exit_code == 2);
  CHECK(r.err == "kgraph: error: /nonexistent/g.json: no such graph file\n");
}

TEST_CASE("kgraph path writes JSON and DOT", "[query][cli]") {
  GraphFile file;
  auto json = file.run("Schaich Astana --format json");
  CHECK(json.exit_code == 0);
  CHECK(json.out.find("\"relation\": \"located_in\"") != std::string::npos);
  auto dot = file.run("Schaich Astana --format dot --k 2");
  CHECK(dot.exit_code == 0);
  CHECK(dot.out.rfind("digraph", 0) == 0);
  std::string dot_tool = KG_DOT;
  if (!dot_tool.empty()) {
    kg::test::write_file(file.dir / "p.dot", dot.out);
    CHECK(kg::test::run(dot_tool + " -Tsvg " + kg::test::shell_quote((file.dir / "p.dot").string())).exit_code == 0);
  }
}

TEST_CASE("kgraph path finds the same entity at both ends", "[query][cli]") {
  GraphFile file;
  auto r = file.run("Astana astana");
  CHECK(r.exit_code == 0);
  CHECK(r.out == "Astana (same entity at both ends)\n");
}

TEST_CASE("kgraph path --format dot matches its golden file", "[query][cli]") {
  // Schaich to Astana has one path even with --k 2; the golden file pins ids, attributes, order.
  GraphFile file;
  auto dot = file.run("Schaich Astana --format dot --k 2");
  REQUIRE(dot.exit_code == 0);
  const auto golden = kg::test::source_dir() / "tests" / "query" / "golden" / "path_schaich_astana_k2.dot";
  REQUIRE(std::filesystem::exists(golden));
  CHECK(dot.out == kg::test::read_file(golden));
}
