// Relation precision: which graph edges count as right, wrong or not scored.
#include <catch2/catch.hpp>

#include <sstream>

#include "eval/report.h"
#include "eval/score.h"
#include "graph_fixture.h"

namespace {

using kg::EntityType;
using kg::Relation;
using kg::test::add;
using kg::test::gold;
using kg::test::link;

const kg::RelationScore& relation(const kg::Score& s, const std::string& name) {
  for (const auto& r : s.relations)
    if (r.relation == name) return r;
  throw std::logic_error("no relation " + name);
}

std::vector<std::string> names(const kg::Score& s) {
  std::vector<std::string> result;
  for (const auto& r : s.relations) result.push_back(r.relation);
  return result;
}

}  // namespace

TEST_CASE("An edge is right when a gold relation of its family joins its ends", "[eval][precision]") {
  auto g0 = gold(R"j({"entities": [
      {"name": "Lina Varga", "type": "PERSON", "aliases": ["Varga"]},
      {"name": "Tomas Brel", "type": "PERSON"},
      {"name": "Ministry of Foreign Affairs of Lithuania", "type": "ORG"},
      {"name": "Lithuania", "type": "GPE"}],
    "relations": [
      {"subject": "Lina Varga", "relation": "holds_position", "object": "Ministry of Foreign Affairs of Lithuania"},
      {"subject": "Ministry of Foreign Affairs of Lithuania", "relation": "part_of", "object": "Lithuania"},
      {"subject": "Lina Varga", "relation": "met_with", "object": "Tomas Brel"}]})j");
  kg::KnowledgeGraph g;
  auto varga = add(g, "Varga", EntityType::Person);
  auto brel = add(g, "Tomas Brel", EntityType::Person);
  auto ministry = add(g, "Ministry of Foreign Affairs of Lithuania", EntityType::Org);
  auto country = add(g, "Lithuania", EntityType::Gpe);
  auto nobody = add(g, "Nobody Known", EntityType::Person);
  link(g, varga, ministry, Relation::HoldsPosition, "Minister");
  link(g, varga, ministry, Relation::MemberOf);        // a post and a membership are one family
  link(g, varga, country, Relation::HoldsPosition);    // no gold relation joins them
  link(g, ministry, country, Relation::PartOf);
  link(g, country, ministry, Relation::PartOf);        // the wrong way round
  link(g, brel, varga, Relation::MetWith);             // met_with either way
  link(g, varga, nobody, Relation::MetWith);           // an end that matches no gold entity
  auto s = kg::score_graph(g, {g0});

  CHECK(names(s) == std::vector<std::string>{"holds_position", "member_of", "part_of", "met_with"});
  const auto& holds = relation(s, "holds_position");
  CHECK(holds.predicted == 2);
  CHECK(holds.correct == 1);
  CHECK(holds.gold == 1);
  CHECK(holds.found == 1);
  CHECK(*holds.f1() == Approx(2.0 / 3.0));
  const auto& member = relation(s, "member_of");  // listed for its edge although the gold has none
  CHECK(member.predicted == 1);
  CHECK(*member.precision() == Approx(1.0));
  CHECK_FALSE(member.recall().has_value());
  CHECK_FALSE(member.f1().has_value());
  CHECK(relation(s, "part_of").correct == 1);
  CHECK(relation(s, "met_with").correct == 1);
  CHECK(s.overall.predicted == 7);
  CHECK(s.overall.correct == 4);
  CHECK(*s.overall.precision() == Approx(4.0 / 7.0));
  CHECK(*s.overall.recall() == Approx(1.0));  // recall as before: every gold relation found
  CHECK(s.unscored_edges == 0);
  REQUIRE(s.spurious_edges.size() == 3);
  CHECK(s.spurious_edges[0].subject == "Varga");
  CHECK(s.spurious_edges[0].relation == "holds_position");
  CHECK(s.spurious_edges[0].object == "Lithuania");
  CHECK(s.spurious_edges[1].subject == "Lithuania");
  CHECK(s.spurious_edges[2].object == "Nobody Known");
  REQUIRE(s.documents.size() == 1);
  CHECK(s.documents[0].spurious_edges.size() == 3);
}

TEST_CASE("An edge to an event is right when the gold person takes part in that event", "[eval][precision]") {
  auto g0 = gold(R"j({"entities": [
      {"name": "Ana Petrova", "type": "PERSON"}, {"name": "Marco Lind", "type": "PERSON"},
      {"name": "Ivo Sander", "type": "PERSON"}, {"name": "Dana Ross", "type": "PERSON"},
      {"name": "Nordic-Baltic political consultations (2024)", "type": "EVENT", "aliases": ["consultations"]},
      {"name": "Riga Security Forum (2024)", "type": "EVENT", "aliases": ["forum"]}],
    "relations": [
      {"subject": "Ana Petrova", "relation": "chaired", "object": "Nordic-Baltic political consultations (2024)"},
      {"subject": "Marco Lind", "relation": "participated_in", "object": "Nordic-Baltic political consultations (2024)"},
      {"subject": "Dana Ross", "relation": "participated_in", "object": "Riga Security Forum (2024)"}]})j");
  kg::KnowledgeGraph g;
  auto petrova = add(g, "Ana Petrova", EntityType::Person);
  auto lind = add(g, "Marco Lind", EntityType::Person);
  auto sander = add(g, "Ivo Sander", EntityType::Person);
  auto ross = add(g, "Dana Ross", EntityType::Person);
  auto consultations = add(g, "consultations", EntityType::Event);
  auto forum = add(g, "forum", EntityType::Event);

  SECTION("chaired and participated_in are one family") {
    link(g, petrova, consultations, Relation::ParticipatedIn);
    link(g, lind, consultations, Relation::Chaired);
    link(g, sander, consultations, Relation::ParticipatedIn);  // the gold does not have him there
    link(g, ross, consultations, Relation::ParticipatedIn);    // she was at the other event
    link(g, ross, forum, Relation::Chaired);
    auto s = kg::score_graph(g, {g0});
    CHECK(relation(s, "participated_in").predicted == 3);
    CHECK(relation(s, "participated_in").correct == 1);
    CHECK(relation(s, "chaired").predicted == 2);
    CHECK(relation(s, "chaired").correct == 2);
  }
  SECTION("a member_of edge to the event counts when the person takes part in it") {
    link(g, lind, consultations, Relation::MemberOf);
    link(g, sander, consultations, Relation::MemberOf);
    auto s = kg::score_graph(g, {g0});
    CHECK(relation(s, "member_of").predicted == 2);
    CHECK(relation(s, "member_of").correct == 1);
  }
  SECTION("a met_with is right when the gold has both persons at one event") {
    link(g, petrova, lind, Relation::MetWith);   // both at the consultations
    link(g, petrova, ross, Relation::MetWith);   // different events
    link(g, sander, lind, Relation::MetWith);    // Sander is at no event
    auto s = kg::score_graph(g, {g0});
    CHECK(relation(s, "met_with").predicted == 3);
    CHECK(relation(s, "met_with").correct == 1);
    CHECK(relation(s, "met_with").gold == 0);
  }
}

TEST_CASE("Edges resting only on documents without a gold file are not scored", "[eval][precision]") {
  auto a = gold(R"j({"entities": [{"name": "Ana Petrova", "type": "PERSON"}, {"name": "Marco Lind", "type": "PERSON"}],
    "relations": [{"subject": "Ana Petrova", "relation": "met_with", "object": "Marco Lind"}]})j",
                "a");
  kg::KnowledgeGraph g;
  auto petrova = add(g, "Ana Petrova", EntityType::Person, {}, {"a", "b"});
  auto lind = add(g, "Marco Lind", EntityType::Person, {}, {"a", "b"});
  auto stranger = add(g, "Ivo Sander", EntityType::Person, {}, {"a", "b"});
  link(g, petrova, stranger, Relation::MetWith, {}, {"b"});       // b has no gold file: not scored
  link(g, lind, stranger, Relation::MetWith, {}, {"a", "b"});     // a has: scored, and wrong
  link(g, petrova, lind, Relation::MetWith, {}, {"b"});           // right, but not scored either
  auto s = kg::score_graph(g, {a});
  CHECK(s.unscored_edges == 2);
  CHECK(s.overall.predicted == 1);
  CHECK(s.overall.correct == 0);
  CHECK(*s.overall.recall() == Approx(1.0));  // recall looks at every edge, as before
  REQUIRE(s.spurious_edges.size() == 1);
  CHECK(s.spurious_edges[0].documents == std::vector<std::string>{"a", "b"});
  REQUIRE(s.documents.size() == 1);
  CHECK(s.documents[0].spurious_edges.size() == 1);
}

TEST_CASE("Precision over no scored edge is undefined, not 0 or 1", "[eval][precision]") {
  kg::KnowledgeGraph g;
  add(g, "Ana Petrova", EntityType::Person);
  auto s = kg::score_graph(g, {gold(R"j({"entities": [{"name": "Ana Petrova", "type": "PERSON"},
      {"name": "Marco Lind", "type": "PERSON"}],
    "relations": [{"subject": "Ana Petrova", "relation": "met_with", "object": "Marco Lind"}]})j")});
  CHECK_FALSE(s.overall.precision().has_value());
  CHECK(*s.overall.recall() == Approx(0.0));
  CHECK_FALSE(s.overall.f1().has_value());
}

TEST_CASE("The text report lists precision and F1 per relation and spurious edges per document",
          "[eval][precision][report]") {
  auto g0 = gold(R"j({"entities": [{"name": "Ana Petrova", "type": "PERSON"}, {"name": "Marco Lind", "type": "PERSON"},
      {"name": "Ivo Sander", "type": "PERSON"}],
    "relations": [{"subject": "Ana Petrova", "relation": "met_with", "object": "Marco Lind"}]})j");
  kg::KnowledgeGraph g;
  auto petrova = add(g, "Ana Petrova", EntityType::Person);
  auto lind = add(g, "Marco Lind", EntityType::Person);
  auto sander = add(g, "Ivo Sander", EntityType::Person);
  link(g, petrova, lind, Relation::MetWith);
  link(g, petrova, sander, Relation::MetWith);
  auto s = kg::score_graph(g, {g0});
  std::ostringstream text;
  kg::write_score(text, s, kg::ReportFormat::Text, {true});
  CHECK(text.str().find("relations          edges  correct       P   gold  found       R      F1\n"
                        "met_with               2        1   0.500      1      1   1.000   0.667\n"
                        "overall                2        1   0.500      1      1   1.000   0.667\n") !=
        std::string::npos);
  CHECK(text.str().find("\ndoc\n  spurious edges:\n    Ana Petrova met_with Ivo Sander\n") != std::string::npos);
  std::ostringstream json;
  kg::write_score(json, s, kg::ReportFormat::Json, {true});
  CHECK(json.str().find("\"spurious_edges\": [\n    {\n      \"subject\": \"Ana Petrova\",\n"
                        "      \"relation\": \"met_with\",\n      \"object\": \"Ivo Sander\",\n"
                        "      \"documents\": [\n        \"doc\"\n      ]\n    }\n  ]") != std::string::npos);
}
