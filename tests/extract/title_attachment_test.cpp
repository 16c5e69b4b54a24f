#include <catch2/catch.hpp>

#include <algorithm>
#include <string>

#include "extract/extractor.h"
#include "extract/title_attachment.h"
#include "tagger/model_trainer.h"

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

TEST_CASE("A model picks its most likely candidate, and none below even odds", "[extract][attachment]") {
  // Learned from examples where only candidates inside the title hold the post.
  std::vector<kg::tagger::Example> examples;
  for (int i = 0; i < 40; ++i) {
    examples.push_back({{"bias", "pos=in_title"}, 1});
    examples.push_back({{"bias", "pos=before"}, 0});
    examples.push_back({{"bias", "pos=home"}, 0});
  }
  auto model = kg::tagger::train_examples(examples, 2);
  kg::TitleChoice choice;
  choice.candidates = {candidate(1, true, {"pos=before"}), candidate(2, false, {"pos=in_title"}),
                       candidate(3, false, {"pos=home"})};
  CHECK(kg::choose_candidate(choice, &model) == 1);  // the model overrules the rules' choice
  choice.candidates.erase(choice.candidates.begin() + 1);
  CHECK(kg::choose_candidate(choice, &model) == -1);  // nothing likely enough
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
