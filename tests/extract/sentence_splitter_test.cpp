#include <catch2/catch.hpp>

#include <string>

#include "extract/sentence_splitter.h"

namespace {
std::vector<std::string> sentences(const std::string& text) {
  std::vector<std::string> out;
  for (auto r : kg::split_sentences(text)) out.push_back(text.substr(r.begin, r.end - r.begin));
  return out;
}
}  // namespace

TEST_CASE("Sentences do not end after titles such as Dr. and Mr.", "[extract][sentences]") {
  auto s = sentences("He met Dr. Anna Berg and Mr. Li. They talked.");
  REQUIRE(s.size() == 2);
  CHECK(s[0] == "He met Dr. Anna Berg and Mr. Li.");
  CHECK(s[1] == "They talked.");
}

TEST_CASE("Every line break ends a sentence and blank lines give none", "[extract][sentences]") {
  auto s = sentences("Headline without a period\n\n\nASTANA. Body text here.\n");
  REQUIRE(s.size() == 3);
  CHECK(s[0] == "Headline without a period");
  CHECK(s[1] == "ASTANA.");
}

TEST_CASE("Empty and whitespace-only text has no sentences", "[extract][sentences]") {
  CHECK(sentences("").empty());
  CHECK(sentences(" \n\t \n").empty());
}
