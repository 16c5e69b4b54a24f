#include <catch2/catch.hpp>

#include <sstream>

#include <rapidjson/document.h>

#include "query/path_format.h"
#include "query_fixtures.h"

TEST_CASE("text output shows one hop per line with its direction, title and evidence", "[query][format]") {
  auto g = kg::test::officials();
  auto paths = kg::PathFinder(g, {}).find(2, 3);
  std::ostringstream out;
  kg::write_paths_text(out, g, paths);
  CHECK(out.str() ==
        "Federal Foreign Office \u2190holds_position\u2014 Gerd Sch\xD0\xB0ich (State Secretary)\n"
        "  \"State Secretary Schaich of the Federal Foreign Office.\" (d1, sentence 1)\n"
        "Gerd Sch\xD0\xB0ich \u2014met_with\u2192 Roman Vassilenko\n"
        "  \"Vassilenko met Schaich in Berlin.\" (d1, sentence 3)\n"
        "Roman Vassilenko \u2014chaired\u2192 Astana International Forum\n"
        "  \"Vassilenko chaired the forum.\" (d2, sentence 5) +1 more\n");
}

TEST_CASE("text output numbers several paths and names a zero-hop path", "[query][format]") {
  kg::KnowledgeGraph g;
  for (auto name : {"A", "B", "C"}) g.add_entity(kg::test::entity(name));
  g.add_fact(0, 1, kg::Relation::MetWith, "", kg::test::said("d", 0, "A met B."));
  g.add_fact(1, 2, kg::Relation::MetWith, "", kg::test::said("d", 1, "B met C."));
  g.add_fact(0, 2, kg::Relation::MetWith, "", kg::test::said("d", 2, "A met C."));
  kg::PathOptions two;
  two.k = 2;
  std::ostringstream out;
  kg::write_paths_text(out, g, kg::PathFinder(g, two).find(0, 2));
  CHECK(out.str() ==
        "Path 1 (1 hop):\nA \u2014met_with\u2192 C\n  \"A met C.\" (d, sentence 3)\n\n"
        "Path 2 (2 hops):\nA \u2014met_with\u2192 B\n  \"A met B.\" (d, sentence 1)\n"
        "B \u2014met_with\u2192 C\n  \"B met C.\" (d, sentence 2)\n");
  std::ostringstream same;
  kg::write_paths_text(same, g, kg::PathFinder(g, {}).find(1, 1));
  CHECK(same.str() == "B (same entity at both ends)\n");
}

TEST_CASE("JSON output lists nodes and edges of every path", "[query][format]") {
  auto g = kg::test::officials();
  std::ostringstream out;
  kg::write_paths_json(out, g, 1, 3, kg::PathFinder(g, {}).find(1, 3));
  rapidjson::Document doc;
  doc.Parse(out.str().c_str());
  REQUIRE_FALSE(doc.HasParseError());
  CHECK(std::string(doc["from"]["id"].GetString()) == "n1");
  CHECK(std::string(doc["to"]["type"].GetString()) == "EVENT");
  const auto& path = doc["paths"][0];
  CHECK(path["hops"].GetUint() == 2);
  REQUIRE(path["nodes"].Size() == 3);
  CHECK(std::string(path["nodes"][1]["label"].GetString()) == "Roman Vassilenko");
  const auto& edge = path["edges"][0];
  CHECK(std::string(edge["source"].GetString()) == "n0");
  CHECK(std::string(edge["target"].GetString()) == "n1");
  CHECK(std::string(edge["relation"].GetString()) == "met_with");
  CHECK_FALSE(edge.HasMember("title"));
  CHECK(std::string(edge["evidence"].GetString()) == "Vassilenko met Schaich in Berlin.");
  CHECK(std::string(edge["doc"].GetString()) == "d1");
}
