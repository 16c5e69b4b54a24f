#include <catch2/catch.hpp>

#include <algorithm>
#include <string>

#include "extract/extractor.h"
#include "extract/title_attachment.h"
#include "tagger/linear_model.h"

namespace {

kg::TitleCandidate candidate(int entity, bool rule, std::vector<std::string> features) {
  kg::TitleCandidate c;
  c.entity = entity;
  c.rule = rule;
  c.features = std::move(features);
  c.features.push_back("bias");
  return c;
}

// The title choices of one text, as training sees them.
std::vector<kg::TitleChoice> choices_of(const std::string& text, kg::DocumentExtraction& doc) {
  kg::Document d;
  d.id = "t";
  d.text = text;
  std::vector<kg::TitleChoice> out;
  kg::ExtractOptions options;
  options.attachment = nullptr;
  options.observe_titles = [&](const kg::DocumentExtraction& e, const std::vector<kg::TitleChoice>& choices) {
    doc = e;
    out = choices;
  };
  kg::extract(d, options);
  return out;
}

bool has(const kg::TitleCandidate& c, const std::string& feature) {
  return std::find(c.features.begin(), c.features.end(), feature) != c.features.end();
}

}  // namespace

TEST_CASE("Without a model the rules' candidate is chosen, and none when the rules chose none", "[extract][attachment]") {
  kg::TitleChoice choice;
  choice.candidates = {candidate(3, false, {"pos=before"}), candidate(5, true, {"pos=in_title"})};
  CHECK(kg::choose_candidate(choice, nullptr) == 1);
  choice.candidates[1].rule = false;
  CHECK(kg::choose_candidate(choice, nullptr) == -1);
  kg::tagger::LinearModel empty;
  choice.candidates[0].rule = true;
  CHECK(kg::choose_candidate(choice, &empty) == 0);
}

TEST_CASE("A ranker picks its best candidate, and none when the nowhere option scores higher", "[extract][attachment]") {
  // A ranker (label 1 carries the score) that prefers candidates inside the title, and holds
  // a post nowhere rather than before the person or in the home country.
  std::vector<std::pair<std::string, kg::tagger::LinearModel::Row>> rows = {
      {"none", {{1, 0.5f}}}, {"pos=home", {{1, -0.5f}}}, {"pos=in_title", {{1, 5.0f}}}, {"pos=near", {{1, 3.0f}}}};
  kg::tagger::LinearModel model(2, {true, true}, std::move(rows));
  kg::TitleChoice choice;
  choice.title = "Minister";
  choice.candidates = {candidate(1, true, {"pos=before"}), candidate(2, false, {"pos=in_title"}),
                       candidate(3, false, {"pos=home"})};
  CHECK(kg::attachment_score(model, choice.candidates[1].features) == Approx(5.0));
  CHECK(kg::attachment_score(model, kg::none_features(choice)) == Approx(0.5));
  CHECK(kg::choose_candidate(choice, &model) == 1);  // the model overrules the rules' choice
  choice.candidates.erase(choice.candidates.begin() + 1);
  CHECK(kg::choose_candidate(choice, &model) == -1);  // "nowhere" beats both that are left
  // Every candidate needs a margin over "nowhere", one the rules did not choose a larger one.
  choice.candidates = {candidate(4, false, {"pos=near"})};
  CHECK(kg::choose_candidate(choice, &model) == -1);
  choice.candidates[0].rule = true;
  CHECK(kg::choose_candidate(choice, &model) == 0);
}

TEST_CASE("Decoded per document, one person's same title is held in one place", "[extract][attachment]") {
  std::vector<std::pair<std::string, kg::tagger::LinearModel::Row>> rows = {
      {"none", {{1, 0.0f}}}, {"strong", {{1, 5.0f}}}, {"weak", {{1, 1.0f}}}};
  kg::tagger::LinearModel model(2, {true, true}, std::move(rows));
  kg::TitleChoice first, second;
  first.person = second.person = 0;
  first.title = "Foreign Minister";
  second.title = "foreign minister";
  first.candidates = {candidate(7, false, {}), candidate(8, false, {"weak"})};
  second.candidates = {candidate(8, false, {"weak"}), candidate(7, false, {"strong"})};
  auto chosen = kg::choose_candidates({first, second}, &model);
  REQUIRE(chosen.size() == 2);
  CHECK(kg::choose_candidate(first, &model) == -1);  // alone, "weak" is not clear enough
  CHECK(chosen[0] == 0);  // entity 7, the place of the more probable reading
  CHECK(chosen[1] == 1);
}

TEST_CASE("A title's candidates are the sentence's organizations and places, with the rules' choice marked",
          "[extract][attachment]") {
  kg::DocumentExtraction doc;
  auto choices = choices_of("Minister of Foreign Affairs of Latvia Anna Berga met the Estonian ambassador in Riga.\n", doc);
  auto berga = std::find_if(choices.begin(), choices.end(), [&](const kg::TitleChoice& c) {
    return c.person >= 0 && doc.entities[static_cast<std::size_t>(c.person)].name == "Anna Berga";
  });
  REQUIRE(berga != choices.end());
  CHECK(berga->title.find("Minister") != std::string::npos);
  REQUIRE(berga->candidates.size() >= 2);
  auto named = [&](const kg::TitleCandidate& c) {
    return c.entity >= 0 ? doc.entities[static_cast<std::size_t>(c.entity)].name : c.country;
  };
  int rules = 0;
  bool riga_after = false;
  for (const auto& c : berga->candidates) {
    rules += c.rule ? 1 : 0;
    CHECK(has(c, "bias"));
    if (named(c) == "Riga") riga_after = has(c, "pos=after");
  }
  CHECK(rules == 1);
  CHECK(riga_after);
}

TEST_CASE("The default models decide as a pure function of the document", "[extract][attachment]") {
  kg::Document d;
  d.id = "t";
  d.text = "President Ilze Kalna received Foreign Minister of Lithuania Jonas Petraitis in Riga.\n";
  auto a = kg::extract(d), b = kg::extract(d);
  REQUIRE(a.facts.size() == b.facts.size());
  for (std::size_t i = 0; i < a.facts.size(); ++i) {
    CHECK(a.facts[i].subject == b.facts[i].subject);
    CHECK(a.facts[i].object == b.facts[i].object);
  }
}
