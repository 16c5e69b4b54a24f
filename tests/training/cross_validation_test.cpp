// The honest figure: cross-validated by site on ../shared/dev (each fold's tagger trained on
// the other folds and samples/). Floors sit just under the figures measured when they were set
// (samples/README.md), so a change that loses quality on unseen sites fails here.
#include <catch2/catch.hpp>

#include <rapidjson/document.h>

#include "test_support.h"

namespace {

// Floors a little under the figures of samples/README.md ("Cross-validated quality").
constexpr double kPersonF1 = 0.87, kOrgF1 = 0.69, kGpeF1 = 0.90;
constexpr double kRelationRecall = 0.38, kRelationPrecision = 0.70;
constexpr double kMaxSplitsPerFold = 13;

double entity_f1(const rapidjson::Value& mean, const char* type) {
  for (const auto& row : mean["entities"].GetArray())
    if (std::string(row["type"].GetString()) == type && row["f1"].IsNumber()) return row["f1"].GetDouble();
  FAIL("no F1 for " << type);
  return 0;
}

}  // namespace

TEST_CASE("Cross-validated by site on ../shared/dev, extraction stays above its floors", "[training][cv]") {
  std::string line = kg::test::shell_quote(kg::test::kgraph_binary()) + " eval --cv 5 " +
                     kg::test::shell_quote((kg::test::shared_dir() / "dev").string()) + " --train-also " +
                     kg::test::shell_quote((kg::test::source_dir() / "samples").string()) + " --format json --jobs 2";
  auto r = kg::test::run(line);
  REQUIRE(r.exit_code == 0);
  rapidjson::Document doc;
  doc.Parse(r.out.c_str());
  REQUIRE(!doc.HasParseError());
  REQUIRE(doc["folds"].GetArray().Size() == 5);
  const auto& m = doc["mean"];
  CHECK(entity_f1(m, "PERSON") >= kPersonF1);
  CHECK(entity_f1(m, "ORG") >= kOrgF1);
  CHECK(entity_f1(m, "GPE") >= kGpeF1);
  CHECK(m["overall_relations"]["recall"].GetDouble() >= kRelationRecall);
  CHECK(m["overall_relations"]["precision"].GetDouble() >= kRelationPrecision);
  CHECK(m["splits"].GetDouble() <= kMaxSplitsPerFold);
}
