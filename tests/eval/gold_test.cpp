// Gold files: what loads, and where errors point.
#include <catch2/catch.hpp>

#include "eval/gold.h"
#include "extract/input_error.h"
#include "test_support.h"

namespace {

std::string error_of(const std::string& json) {
  try {
    kg::parse_gold(json, "g.gold.json");
  } catch (const kg::InputError& e) {
    return e.located();
  }
  return "no error";
}

}  // namespace

TEST_CASE("A gold file loads entities with aliases and relations with titles", "[eval][gold]") {
  auto gold = kg::parse_gold(R"({
  "source": "written for a test",
  "entities": [
    {"name": "Jan Lipavský", "type": "PERSON", "aliases": ["Lipavský"]},
    {"name": "Czech Republic", "type": "GPE", "aliases": ["Czech"]},
    {"name": "Prague", "type": "GPE"}
  ],
  "relations": [
    {"subject": "Jan Lipavský", "relation": "holds_position", "object": "Czech Republic", "title": "Minister"}
  ]
})",
                             "g.gold.json");
  CHECK(gold.source == "written for a test");
  REQUIRE(gold.entities.size() == 3);
  CHECK(gold.entities[0].name == "Jan Lipavský");
  CHECK(gold.entities[0].type == "PERSON");
  CHECK(gold.entities[0].aliases == std::vector<std::string>{"Lipavský"});
  CHECK(gold.entities[2].aliases.empty());
  REQUIRE(gold.relations.size() == 1);
  CHECK(gold.relations[0].relation == "holds_position");
  CHECK(gold.relations[0].object == "Czech Republic");
  CHECK(gold.relations[0].title == "Minister");
}

TEST_CASE("Gold file errors name the file, line and column of the offending value", "[eval][gold]") {
  auto [json, expected] = GENERATE(table<std::string, std::string>({
      {"", "g.gold.json:1:1: The document is empty."},
      {"{\"entities\": [], \"relations\": []",
       "g.gold.json:1:33: Missing a comma or '}' after an object member."},
      {"[]", "g.gold.json:1:1: the gold file: expected an object"},
      {"{\"relations\": []}", "g.gold.json:1:1: the gold file: missing \"entities\""},
      {"{\"entities\": {}, \"relations\": []}", "g.gold.json:1:14: entities: expected an array"},
      {"{\"entities\": [\n  {\"name\": \"X\", \"type\": \"PEOPLE\"}\n], \"relations\": []}",
       "g.gold.json:2:25: entities[0].type: expected PERSON, ORG, GPE or EVENT, got \"PEOPLE\""},
      {"{\"entities\": [{\"name\": 7, \"type\": \"GPE\"}], \"relations\": []}",
       "g.gold.json:1:24: entities[0].name: expected a string"},
      // Columns count code points: "Ł" is two bytes but one column.
      {"{\"entities\": [{\"name\": \"Łódź\", \"type\": \"GPE\", \"alias\": []}], \"relations\": []}",
       "g.gold.json:1:56: entities[0]: unknown key \"alias\""},
      {"{\"entities\": [\n {\"name\": \"Kariņš\", \"type\": \"PERSON\"},\n {\"name\": \"KARINS\", \"type\": \"PERSON\"}\n], "
       "\"relations\": []}",
       "g.gold.json:3:11: entities[1]: PERSON \"KARINS\" is listed twice"},
      {"{\"entities\": [{\"name\": \"A\", \"type\": \"PERSON\"}],\n \"relations\": [{\"subject\": \"A\", "
       "\"relation\": \"met_with\", \"object\": \"B\"}]}",
       "g.gold.json:2:67: relations[0].object: \"B\" is not an entity of this file"},
      {"{\"entities\": [{\"name\": \"A\", \"type\": \"PERSON\"}],\n \"relations\": [{\"subject\": \"A\", "
       "\"relation\": \"knows\", \"object\": \"A\"}]}",
       "g.gold.json:2:45: relations[0].relation: unknown relation \"knows\""},
      {"{\"entities\": [{\"name\": \"\xC3\x28\", \"type\": \"GPE\"}], \"relations\": []}",
       "g.gold.json:1:25: Invalid encoding in string."},
  }));
  CAPTURE(json);
  CHECK(error_of(json) == expected);
}

TEST_CASE("Loading a gold file takes the document id from its name", "[eval][gold]") {
  kg::test::TempDir dir("kg-gold");
  kg::test::write_file(dir / "03_talks.gold.json", R"({"entities": [], "relations": []})");
  kg::test::write_file(dir / "other.json", R"({"entities": [], "relations": []})");
  CHECK(kg::load_gold(dir / "03_talks.gold.json").document == "03_talks");
  CHECK(kg::load_gold(dir / "other.json").document == "other");
}

TEST_CASE("A gold file that cannot be read is an input error naming it", "[eval][gold]") {
  kg::test::TempDir dir("kg-gold");
  auto missing = (dir / "missing.gold.json").string();
  try {
    kg::load_gold(missing);
    FAIL("no error");
  } catch (const kg::InputError& e) {
    CHECK(e.located() == missing + ": cannot read gold file");
  }
  CHECK_THROWS_AS(kg::load_gold(dir.path()), kg::InputError);
}
