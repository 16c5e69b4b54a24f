// The cross-validation report over two hand-made folds: unweighted means, undefined ratios left out.
#include <catch2/catch.hpp>

#include <sstream>

#include "eval/cv_report.h"

namespace {

kg::TypeScore type_score(const std::string& type, std::size_t nodes, std::size_t matched_nodes, std::size_t gold,
                         std::size_t matched_gold) {
  return {type, nodes, matched_nodes, gold, matched_gold};
}

kg::RelationScore relation_score(const std::string& relation, std::size_t predicted, std::size_t correct,
                                 std::size_t gold, std::size_t found) {
  return {relation, predicted, correct, gold, found};
}

std::vector<kg::FoldScore> two_folds() {
  kg::FoldScore a;
  a.fold = 0;
  a.documents = 3;
  a.sites = {"a.com", "b.org"};
  a.score.types = {type_score("PERSON", 4, 2, 4, 2), type_score("EVENT", 0, 0, 0, 0)};
  a.score.relations = {relation_score("met_with", 2, 1, 2, 2)};
  a.score.overall = relation_score("overall", 2, 1, 2, 2);
  a.score.splits.push_back({"Ana Petrova", "PERSON", {"Ana Petrova", "Petrova"}});

  kg::FoldScore b;
  b.fold = 1;
  b.documents = 2;
  b.sites = {"c.net"};
  b.score.types = {type_score("PERSON", 2, 2, 4, 4), type_score("EVENT", 1, 0, 1, 0)};
  b.score.relations = {relation_score("part_of", 0, 0, 3, 0)};
  b.score.overall = relation_score("overall", 0, 0, 3, 0);
  return {a, b};
}

}  // namespace

TEST_CASE("The cross-validation mean is the unweighted mean of the folds' defined ratios", "[eval][cv]") {
  auto summary = kg::summarize_folds(two_folds());
  REQUIRE(summary.types.size() == 3);
  CHECK(summary.types[0].name == "PERSON");
  CHECK(*summary.types[0].precision == Approx(0.75));  // (0.5 + 1.0) / 2
  CHECK(*summary.types[0].recall == Approx(0.75));
  CHECK(*summary.types[0].f1 == Approx(0.75));
  CHECK(summary.types[1].name == "EVENT");
  CHECK(*summary.types[1].precision == Approx(0.0));  // fold 0 has no EVENT nodes: left out
  CHECK(summary.types[2].name == "all");
  CHECK(*summary.types[2].precision == Approx((2.0 / 4.0 + 2.0 / 3.0) / 2.0));

  REQUIRE(summary.relations.size() == 2);
  CHECK(summary.relations[0].name == "part_of");  // vocabulary order, whichever fold has it
  CHECK_FALSE(summary.relations[0].precision.has_value());
  CHECK(*summary.relations[0].recall == Approx(0.0));
  CHECK(summary.relations[1].name == "met_with");
  CHECK(*summary.relations[1].precision == Approx(0.5));
  CHECK(*summary.relations[1].recall == Approx(1.0));
  CHECK(*summary.overall.precision == Approx(0.5));
  CHECK(*summary.overall.recall == Approx(0.5));
  CHECK(*summary.overall.f1 == Approx(2.0 / 3.0));  // fold 1's F1 is undefined
  CHECK(*summary.splits == Approx(0.5));
}

TEST_CASE("The cross-validation text report has a row per fold and the means", "[eval][cv]") {
  std::ostringstream out;
  kg::write_cv_report(out, two_folds(), kg::ReportFormat::Text);
  CHECK(out.str() ==
        "cross-validation: 2 folds, 5 documents\n"
        "\n"
        "fold    docs  sites PERSON F1  EVENT F1    all F1   rel P   rel R  rel F1  splits\n"
        "0          3      2     0.500         -     0.500   0.500   1.000   0.667       1\n"
        "1          2      1     1.000     0.000     0.727       -   0.000       -       0\n"
        "\n"
        "mean over folds (unweighted; undefined ratios left out)\n"
        "entities                P       R      F1\n"
        "PERSON              0.750   0.750   0.750\n"
        "EVENT               0.000   0.000   0.000\n"
        "all                 0.583   0.650   0.614\n"
        "\n"
        "relations               P       R      F1\n"
        "part_of                 -   0.000       -\n"
        "met_with            0.500   1.000   0.667\n"
        "overall             0.500   0.500   0.667\n"
        "\n"
        "split entities per fold: 0.5\n");
}

TEST_CASE("The cross-validation JSON report holds every fold and the means", "[eval][cv]") {
  std::ostringstream out;
  kg::write_cv_report(out, two_folds(), kg::ReportFormat::Json);
  const std::string json = out.str();
  CHECK(json.front() == '{');
  CHECK(json.find("\"folds\": [\n    {\n      \"fold\": 0,\n      \"documents\": 3,\n      \"sites\": [\n"
                  "        \"a.com\",\n        \"b.org\"\n      ],") != std::string::npos);
  CHECK(json.find("\"mean\": {") != std::string::npos);
  CHECK(json.find("\"overall_relations\": {\n      \"relation\": \"overall\",\n      \"precision\": 0.5,\n"
                  "      \"recall\": 0.5,") != std::string::npos);
  CHECK(json.find("\"relation\": \"part_of\",\n        \"precision\": null,") != std::string::npos);
  CHECK(json.find("\"splits\": 0.5\n  }\n}\n") != std::string::npos);
}

TEST_CASE("A cross-validation report over no fold has undefined means", "[eval][cv]") {
  auto summary = kg::summarize_folds({});
  REQUIRE(summary.types.size() == 1);
  CHECK_FALSE(summary.types[0].precision.has_value());
  CHECK_FALSE(summary.overall.f1.has_value());
  CHECK_FALSE(summary.splits.has_value());
  std::ostringstream out;
  kg::write_cv_report(out, {}, kg::ReportFormat::Text);
  CHECK(out.str().find("cross-validation: 0 folds, 0 documents\n") == 0);
}
