#include <catch2/catch.hpp>

#include <cmath>
#include <sstream>
#include <stdexcept>

#include "tagger/bilou.h"
#include "tagger/linear_model.h"
#include "tagger/model_trainer.h"
#include "tagger/sequence_tagger.h"
#include "tagger/token_features.h"

using kg::tagger::LinearModel;

namespace {

std::string text_of(const LinearModel& m) {
  std::ostringstream out;
  m.write(out);
  return out.str();
}

kg::tagger::TaggerToken token(const std::string& word, const std::string& proposal = "O") {
  kg::tagger::TaggerToken t;
  t.folded = word;
  t.shape = kg::tagger::word_shape(word);
  t.proposal = proposal;
  t.space_before = true;
  return t;
}

// A tiny corpus: "minister NAME said" where NAME is a person.
std::vector<kg::tagger::TrainingSentence> tiny_corpus() {
  std::vector<kg::tagger::TrainingSentence> corpus;
  for (const char* name : {"Aldo", "Berit", "Cato", "Dora", "Emil", "Fenna", "Gus", "Hedda"}) {
    kg::tagger::TrainingSentence s;
    s.tokens = {token("minister"), token(name, "U-PERSON"), token("said")};
    s.labels = {kg::tagger::label_of("U-TITLE"), kg::tagger::label_of("U-PERSON"), 0};
    corpus.push_back(s);
  }
  return corpus;
}

}  // namespace

TEST_CASE("A model file reads back to the same bytes", "[tagger][model]") {
  std::string text =
      "kgraph-tagger-model 1\nlabels O U-PERSON\nbias\t0:1.5 4:-0.25\nw=aldo\t4:3\n";
  LinearModel m = LinearModel::parse(text, "m.model");
  CHECK(m.features() == 2);
  CHECK(text_of(m) == text);
}

TEST_CASE("Scores are log-probabilities over the labels the model knows", "[tagger][model]") {
  LinearModel m = LinearModel::parse("kgraph-tagger-model 1\nlabels O U-PERSON\nw=aldo\t4:2\n", "m.model");
  std::vector<double> s;
  m.scores(std::vector<std::string>{"w=aldo", "w=unknown"}, s);
  REQUIRE(s.size() == static_cast<std::size_t>(kg::tagger::kLabels));
  CHECK(std::exp(s[0]) + std::exp(s[4]) == Approx(1.0));
  CHECK(s[4] > s[0]);
  CHECK(s[1] < -1e6);  // B-PERSON: never seen in training
}

TEST_CASE("Malformed model files are refused with their line", "[tagger][model]") {
  auto error_of = [](const std::string& text) {
    try {
      LinearModel::parse(text, "m.model");
    } catch (const std::runtime_error& e) {
      return std::string(e.what());
    }
    return std::string("no error");
  };
  CHECK(error_of("hello\n") == "m.model:1: not a kgraph tagger model (expected 'kgraph-tagger-model 1')");
  CHECK(error_of("kgraph-tagger-model 1\nlabels O Q-ORG\n") == "m.model:2: unknown label 'Q-ORG'");
  CHECK(error_of("kgraph-tagger-model 1\nlabels O\nw=a\t0:x\n") == "m.model:3: bad weight '0:x'");
  CHECK(error_of("kgraph-tagger-model 1\nlabels O\nw=b\t0:1\nw=a\t0:1\n") == "m.model:4: features out of order");
  CHECK(error_of("kgraph-tagger-model 1\nlabels O\nw=a\t99:1\n") == "m.model:3: bad weight '99:1'");
}

TEST_CASE("Training is repeatable byte for byte and learns a tiny corpus", "[tagger][model]") {
  kg::tagger::TrainOptions options;
  options.min_count = 1;
  options.c = 10;
  LinearModel a = kg::tagger::train_model(tiny_corpus(), options);
  LinearModel b = kg::tagger::train_model(tiny_corpus(), options);
  CHECK(text_of(a) == text_of(b));
  kg::tagger::SequenceTagger tagger(std::move(a));
  auto spans = tagger.tag({token("minister"), token("Ines", "U-PERSON"), token("said")});
  CHECK(spans == std::vector<kg::tagger::Span>{{kg::tagger::SpanType::Title, 0, 1}, {kg::tagger::SpanType::Person, 1, 2}});
}

TEST_CASE("An empty model tags nothing", "[tagger][model]") {
  kg::tagger::SequenceTagger tagger{LinearModel{}};
  CHECK(tagger.tag({token("Aldo")}).empty());
  CHECK(tagger.labels({token("Aldo")}) == std::vector<int>{0});
}

TEST_CASE("Word shapes compress runs of letter classes", "[tagger][features]") {
  CHECK(kg::tagger::word_shape("Al-Saud") == "Xx-Xx");
  CHECK(kg::tagger::word_shape("OSCE") == "X");
  CHECK(kg::tagger::word_shape("2023") == "d");
  CHECK(kg::tagger::word_shape("Çavuşoğlu") == "Xx");
  std::vector<std::string> features;
  kg::tagger::token_features({token("minister"), token("Aldo")}, 1, features);
  CHECK(std::find(features.begin(), features.end(), "w-1=minister") != features.end());
  CHECK(std::find(features.begin(), features.end(), "w+1=</s>") != features.end());
}

TEST_CASE("The built-in model loads", "[tagger][model]") {
  const auto& tagger = kg::tagger::default_tagger();
  CHECK(!tagger.empty());
  CHECK(&tagger == &kg::tagger::default_tagger());
}

TEST_CASE("Feature hashes are the hashes of the feature strings, token by token", "[tagger][features]") {
  kg::tagger::TaggerSentence s{token("The"), token("Velmar", "B-ORG"), token("Forum", "L-ORG"), token("|"), token("a")};
  s[1].classes = (1u << 4) | (1u << 9);
  s[2].place = 1;
  std::vector<std::vector<std::uint64_t>> hashes;
  kg::tagger::sentence_feature_hashes(s, hashes, std::vector<bool>(s.size(), true));
  REQUIRE(hashes.size() == s.size());
  for (std::size_t i = 0; i < s.size(); ++i) {
    std::vector<std::string> features;
    kg::tagger::token_features(s, i, features);
    std::vector<std::uint64_t> expected;
    for (const auto& f : features) expected.push_back(kg::tagger::feature_hash(f));
    CAPTURE(i);
    CHECK(hashes[i] == expected);
  }
}
