// Scoring hand-built graphs against hand-written gold: exact figures.
#include <catch2/catch.hpp>

#include "eval/gold.h"
#include "eval/score.h"
#include "graph_fixture.h"

namespace {

using kg::EntityType;
using kg::Relation;

using kg::test::add;
using kg::test::gold;
using kg::test::link;

const kg::TypeScore& type(const kg::Score& s, const std::string& name) {
  for (const auto& t : s.types)
    if (t.type == name) return t;
  throw std::logic_error("no type " + name);
}

const kg::RelationScore* relation(const kg::Score& s, const std::string& name) {
  for (const auto& r : s.relations)
    if (r.relation == name) return &r;
  return nullptr;
}

}  // namespace

TEST_CASE("Entity precision, recall and F1 count matched, spurious and missed entities", "[eval][score]") {
  kg::KnowledgeGraph g;
  add(g, "Jan Lipavský", EntityType::Person);
  add(g, "Nobody Here", EntityType::Person);
  add(g, "Prague", EntityType::Gpe);
  add(g, "Prague", EntityType::Org);  // right name, wrong type: spurious
  auto s = kg::score_graph(g, {gold(R"({"entities": [
      {"name": "Jan Lipavský", "type": "PERSON"}, {"name": "Jiří Kozák", "type": "PERSON"},
      {"name": "Prague", "type": "GPE"}, {"name": "European Union", "type": "ORG"}],
    "relations": []})")});

  const auto& person = type(s, "PERSON");
  CHECK(person.nodes == 2);
  CHECK(person.matched_nodes == 1);
  CHECK(person.gold == 2);
  CHECK(person.matched_gold == 1);
  CHECK(*person.precision() == Approx(0.5));
  CHECK(*person.recall() == Approx(0.5));
  CHECK(*person.f1() == Approx(0.5));

  const auto& org = type(s, "ORG");
  CHECK(*org.precision() == Approx(0.0));
  CHECK(*org.recall() == Approx(0.0));
  CHECK(*org.f1() == Approx(0.0));

  CHECK(*type(s, "GPE").f1() == Approx(1.0));
  const auto& event = type(s, "EVENT");
  CHECK_FALSE(event.precision().has_value());  // no nodes, no gold: undefined, not 0 or 1
  CHECK_FALSE(event.recall().has_value());
  CHECK_FALSE(event.f1().has_value());

  REQUIRE(s.spurious.size() == 2);
  CHECK(s.spurious[0].label == "Nobody Here");
  CHECK(s.spurious[1].type == "ORG");
  CHECK(s.splits.empty());
  CHECK_FALSE(s.overall.recall().has_value());
}

TEST_CASE("Names match across case, diacritics, look-alike letters and aliases", "[eval][score]") {
  kg::KnowledgeGraph g;
  add(g, "KRISJANIS KARINS", EntityType::Person);
  add(g, "Said\xD0\xBEv", EntityType::Person);  // Cyrillic o (U+043E) inside a Latin name
  add(g, "Republic of Kazakhstan", EntityType::Gpe, {"Kazakh"});
  add(g, "Turgunbek uulu", EntityType::Person);
  auto s = kg::score_graph(g, {gold(R"({"entities": [
      {"name": "Krišjānis Kariņš", "type": "PERSON"},
      {"name": "Bakhtiyor Saidov", "type": "PERSON", "aliases": ["Saidov"]},
      {"name": "Nurlanbek Turgunbek-uulu", "type": "PERSON", "aliases": ["Turgunbek-uulu"]},
      {"name": "Kazakhstan", "type": "GPE", "aliases": ["Kazakh"]}],
    "relations": []})")});
  CHECK(type(s, "PERSON").matched_nodes == 3);
  CHECK(type(s, "PERSON").matched_gold == 3);
  CHECK(type(s, "GPE").matched_gold == 1);
  CHECK(s.spurious.empty());
}

TEST_CASE("A gold entity matched by two nodes is reported as a split", "[eval][score]") {
  kg::KnowledgeGraph g;
  add(g, "Bakhtiyor Saidov", EntityType::Person);
  add(g, "Saidov", EntityType::Person);
  auto s = kg::score_graph(g, {gold(R"({"entities": [
      {"name": "Bakhtiyor Saidov", "type": "PERSON", "aliases": ["Saidov"]}], "relations": []})")});
  REQUIRE(s.splits.size() == 1);
  CHECK(s.splits[0].name == "Bakhtiyor Saidov");
  CHECK(s.splits[0].type == "PERSON");
  CHECK(s.splits[0].node_labels == std::vector<std::string>{"Bakhtiyor Saidov", "Saidov"});
  // Both nodes are right, just not merged: precision stays 1, recall counts the entity once.
  CHECK(*type(s, "PERSON").precision() == Approx(1.0));
  CHECK(type(s, "PERSON").matched_gold == 1);
  REQUIRE(s.documents.size() == 1);
  CHECK(s.documents[0].splits.size() == 1);
}

TEST_CASE("A gold met_with is found as an edge either way or through one gold event both attend", "[eval][score]") {
  auto g0 = gold(R"({"entities": [
      {"name": "Qin Gang", "type": "PERSON"}, {"name": "Rashid Meredov", "type": "PERSON"},
      {"name": "Jeenbek Kulubaev", "type": "PERSON"}],
    "relations": [
      {"subject": "Rashid Meredov", "relation": "met_with", "object": "Qin Gang"},
      {"subject": "Qin Gang", "relation": "met_with", "object": "Jeenbek Kulubaev"}]})");
  kg::KnowledgeGraph g;
  auto qin = add(g, "Qin Gang", EntityType::Person);
  auto meredov = add(g, "Meredov", EntityType::Person, {"Rashid Meredov"});
  auto kulubaev = add(g, "Jeenbek Kulubaev", EntityType::Person);
  auto meeting = add(g, "China-Central Asia Foreign Ministers' Meeting", EntityType::Event);
  auto summit = add(g, "China-Central Asia Summit", EntityType::Event);

  SECTION("direct edge in the other direction") {
    link(g, qin, meredov, Relation::MetWith);
    auto s = kg::score_graph(g, {g0});
    CHECK(relation(s, "met_with")->found == 1);
  }
  SECTION("chaired and participated_in one event that the gold gives them all") {
    auto g1 = gold(R"({"entities": [
        {"name": "Qin Gang", "type": "PERSON"}, {"name": "Rashid Meredov", "type": "PERSON"},
        {"name": "Jeenbek Kulubaev", "type": "PERSON"},
        {"name": "China-Central Asia Foreign Ministers' Meeting", "type": "EVENT"}],
      "relations": [
        {"subject": "Rashid Meredov", "relation": "met_with", "object": "Qin Gang"},
        {"subject": "Qin Gang", "relation": "met_with", "object": "Jeenbek Kulubaev"},
        {"subject": "Qin Gang", "relation": "chaired", "object": "China-Central Asia Foreign Ministers' Meeting"},
        {"subject": "Rashid Meredov", "relation": "participated_in", "object": "China-Central Asia Foreign Ministers' Meeting"},
        {"subject": "Jeenbek Kulubaev", "relation": "participated_in", "object": "China-Central Asia Foreign Ministers' Meeting"}]})");
    link(g, qin, meeting, Relation::Chaired);
    link(g, meredov, meeting, Relation::ParticipatedIn);
    link(g, kulubaev, meeting, Relation::ParticipatedIn);
    auto s = kg::score_graph(g, {g1});
    CHECK(relation(s, "met_with")->found == 2);
    CHECK(*s.overall.recall() == Approx(1.0));
  }
  SECTION("one event node the gold does not give them is not their meeting") {
    link(g, qin, meeting, Relation::Chaired);
    link(g, meredov, meeting, Relation::ParticipatedIn);
    link(g, kulubaev, meeting, Relation::ParticipatedIn);
    auto s = kg::score_graph(g, {g0});
    CHECK(relation(s, "met_with")->found == 0);
  }
  SECTION("different events are not a meeting") {
    link(g, qin, meeting, Relation::Chaired);
    link(g, kulubaev, summit, Relation::ParticipatedIn);
    auto s = kg::score_graph(g, {g0});
    CHECK(relation(s, "met_with")->found == 0);
    REQUIRE(s.documents[0].missed_relations.size() == 2);
  }
}

TEST_CASE("Other relations need their own type and direction", "[eval][score]") {
  kg::KnowledgeGraph g;
  auto person = add(g, "Gabrielius Landsbergis", EntityType::Person);
  auto ministry = add(g, "Ministry of Foreign Affairs of Lithuania", EntityType::Org);
  auto country = add(g, "Lithuania", EntityType::Gpe);
  link(g, person, ministry, Relation::HoldsPosition, "Minister of Foreign Affairs");
  link(g, country, ministry, Relation::PartOf);  // wrong direction
  auto s = kg::score_graph(g, {gold(R"({"entities": [
      {"name": "Gabrielius Landsbergis", "type": "PERSON"},
      {"name": "Ministry of Foreign Affairs of Lithuania", "type": "ORG"},
      {"name": "Lithuania", "type": "GPE"}],
    "relations": [
      {"subject": "Gabrielius Landsbergis", "relation": "holds_position",
       "object": "Ministry of Foreign Affairs of Lithuania", "title": "Minister"},
      {"subject": "Gabrielius Landsbergis", "relation": "member_of",
       "object": "Ministry of Foreign Affairs of Lithuania"},
      {"subject": "Ministry of Foreign Affairs of Lithuania", "relation": "part_of", "object": "Lithuania"}]})")});
  REQUIRE(s.relations.size() == 3);  // vocabulary order, only relations the gold has
  CHECK(s.relations[0].relation == "holds_position");
  CHECK(s.relations[0].found == 1);
  CHECK(s.relations[1].relation == "member_of");
  CHECK(s.relations[1].found == 0);
  CHECK(s.relations[2].relation == "part_of");
  CHECK(s.relations[2].found == 0);
  CHECK(s.overall.gold == 3);
  CHECK(s.overall.found == 1);
  CHECK(*s.overall.recall() == Approx(1.0 / 3.0));
}

TEST_CASE("Several gold files are one gold: entities merge by folded name, aliases unite", "[eval][score]") {
  auto a = gold(R"({"entities": [
      {"name": "Bakhtiyor Saidov", "type": "PERSON", "aliases": ["Saidov"]},
      {"name": "Władysław Teofil Bartoszewski", "type": "PERSON"}],
    "relations": [{"subject": "Bakhtiyor Saidov", "relation": "met_with", "object": "Władysław Teofil Bartoszewski"}]})",
                "a");
  auto b = gold(R"({"entities": [
      {"name": "BAKHTIYOR SAIDOV", "type": "PERSON", "aliases": ["Minister Saidov"]},
      {"name": "WŁADYSŁAW TEOFIL BARTOSZEWSKI", "type": "PERSON"},
      {"name": "Bakhtiyor Saidov", "type": "ORG"}],
    "relations": [{"subject": "WŁADYSŁAW TEOFIL BARTOSZEWSKI", "relation": "met_with", "object": "BAKHTIYOR SAIDOV"}]})",
                "b");
  kg::KnowledgeGraph g;
  auto saidov = add(g, "Minister Saidov", EntityType::Person, {}, {"b"});  // an alias from b only
  auto bartoszewski = add(g, "Bartoszewski", EntityType::Person, {}, {"a"});
  link(g, saidov, bartoszewski, Relation::MetWith);
  auto s = kg::score_graph(g, {a, b});
  CHECK(type(s, "PERSON").gold == 2);
  CHECK(type(s, "PERSON").matched_gold == 1);  // Bartoszewski's node has no gold name or alias
  CHECK(type(s, "ORG").gold == 1);             // same name, other type: another entity
  CHECK(relation(s, "met_with")->gold == 1);   // the same meeting, listed in both files
  REQUIRE(s.documents.size() == 2);
  CHECK(s.documents[0].document == "a");
  REQUIRE(s.documents[0].missed_entities.size() == 1);
  CHECK(s.documents[0].missed_entities[0].name == "Władysław Teofil Bartoszewski");
  CHECK(s.documents[1].missed_entities.size() == 2);
  REQUIRE(s.documents[0].spurious.size() == 1);
  CHECK(s.documents[0].spurious[0].label == "Bartoszewski");
  CHECK(s.documents[1].spurious.empty());
}

TEST_CASE("An empty graph scores zero recall and undefined precision", "[eval][score]") {
  kg::KnowledgeGraph g;
  auto s = kg::score_graph(g, {gold(R"({"entities": [{"name": "Vilnius", "type": "GPE"}], "relations": []})")});
  CHECK_FALSE(type(s, "GPE").precision().has_value());
  CHECK(*type(s, "GPE").recall() == Approx(0.0));
  CHECK_FALSE(type(s, "GPE").f1().has_value());
}

TEST_CASE("A generic alias matches the gold entity of the node's own document", "[eval][score]") {
  auto a = gold(R"({"entities": [{"name": "GCC and Central Asia summit", "type": "EVENT", "aliases": ["summit"]}],
    "relations": []})",
                "jeddah");
  auto b = gold(R"({"entities": [{"name": "China-Central Asia Summit", "type": "EVENT", "aliases": ["summit"]}],
    "relations": []})",
                "xian");
  kg::KnowledgeGraph g;
  add(g, "summit", EntityType::Event, {}, {"jeddah"});
  add(g, "summit", EntityType::Event, {}, {"xian"});
  add(g, "summit", EntityType::Event, {}, {"elsewhere"});  // no gold of its own: matches neither
  auto s = kg::score_graph(g, {a, b});
  CHECK(type(s, "EVENT").matched_nodes == 2);
  CHECK(type(s, "EVENT").matched_gold == 2);
  CHECK(s.splits.empty());
}
