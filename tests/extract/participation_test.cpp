#include <catch2/catch.hpp>

#include <algorithm>
#include <string>

#include "extract/extractor.h"
#include "extract/participation.h"
#include "tagger/model_trainer.h"

namespace {

// A text's participation candidates as training sees them (no participation model).
std::vector<kg::ParticipationCandidate> candidates_of(const std::string& text, kg::DocumentExtraction& doc) {
  kg::Document d;
  d.id = "t";
  d.text = text;
  std::vector<kg::ParticipationCandidate> out;
  kg::ExtractOptions options;
  options.participation = nullptr;
  options.observe_participation = [&](const kg::DocumentExtraction& e, const std::vector<kg::ParticipationCandidate>& c) {
    doc = e;
    out = c;
  };
  kg::extract(d, options);
  return out;
}

const kg::ParticipationCandidate* find(const std::vector<kg::ParticipationCandidate>& cs, const kg::DocumentExtraction& doc,
                                       const std::string& person, const std::string& event) {
  for (const auto& c : cs)
    if (doc.entities[static_cast<std::size_t>(c.person)].name == person &&
        doc.entities[static_cast<std::size_t>(c.event)].name == event)
      return &c;
  return nullptr;
}

bool has(const kg::ParticipationCandidate& c, const std::string& feature) {
  return std::find(c.features.begin(), c.features.end(), feature) != c.features.end();
}

std::size_t participations(const kg::DocumentExtraction& doc) {
  return static_cast<std::size_t>(std::count_if(doc.facts.begin(), doc.facts.end(), [](const kg::ExtractedFact& f) {
    return f.relation == kg::Relation::ParticipatedIn;
  }));
}

const std::string kText =
    "Foreign Minister Anna Kovalenko attended the Baltic Energy Forum in Riga on Monday. "
    "The forum was chaired by Prime Minister Pieter Janssen. "
    "Deputy Minister Olga Berzina was also present. "
    "Later, Kovalenko met with Mark Tallin, the Estonian ambassador.";

}  // namespace

TEST_CASE("Participation candidates pair persons with the events near them, chairs left out", "[extract][participation]") {
  kg::DocumentExtraction doc;
  auto cs = candidates_of(kText, doc);
  const auto* kovalenko = find(cs, doc, "Anna Kovalenko", "Baltic Energy Forum");
  REQUIRE(kovalenko);
  CHECK(kovalenko->rule);  // "attended": the rules made her take part
  CHECK(has(*kovalenko, "d=0"));
  CHECK(has(*kovalenko, "same&attend"));
  CHECK(has(*kovalenko, "ehead=forum"));
  CHECK(has(*kovalenko, "bias"));
  // The chair keeps that role: no participation candidate.
  CHECK(!find(cs, doc, "Pieter Janssen", "Baltic Energy Forum"));
  // A person two sentences away from the forum's name, one from "The forum".
  const auto* berzina = find(cs, doc, "Olga Berzina", "Baltic Energy Forum");
  REQUIRE(berzina);
  CHECK(has(*berzina, "d=1"));
  CHECK(has(*berzina, "person&attend"));  // "present"
}

TEST_CASE("Without a participation model the rules' participants stand; a model decides every pair",
          "[extract][participation]") {
  kg::Document d;
  d.id = "t";
  d.text = kText;
  kg::ExtractOptions rules;
  rules.participation = nullptr;
  auto by_rules = kg::extract(d, rules);
  kg::tagger::LinearModel empty;
  kg::ExtractOptions with_empty;
  with_empty.participation = &empty;
  CHECK(participations(kg::extract(d, with_empty)) == participations(by_rules));

  // A model that says yes to every candidate links every candidate pair; no to every, none.
  kg::DocumentExtraction doc;
  auto cs = candidates_of(kText, doc);
  REQUIRE(!cs.empty());
  std::vector<kg::tagger::Example> yes, no;
  for (int copy = 0; copy < 20; ++copy)  // many copies: far above the decision's 0.8, and far below
    for (const auto& c : cs) yes.push_back({c.features, 1}), yes.push_back({{"other"}, 0});
  for (int copy = 0; copy < 20; ++copy)
    for (const auto& c : cs) no.push_back({c.features, 0}), no.push_back({{"other"}, 1});
  auto all = kg::tagger::train_examples(yes, 2);
  auto none = kg::tagger::train_examples(no, 2);
  kg::ExtractOptions o;
  o.participation = &all;
  CHECK(participations(kg::extract(d, o)) >= cs.size());
  o.participation = &none;
  CHECK(participations(kg::extract(d, o)) == 0);
}
