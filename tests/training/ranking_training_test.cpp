#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "training/ranking_training.h"

namespace {

double score(const kg::tagger::LinearModel& m, const std::vector<std::string>& f) {
  std::vector<double> s;
  m.scores(f, s);
  return s[1] - s[0];
}

}  // namespace

TEST_CASE("A ranker learns to put each group's correct candidate first", "[training][ranking]") {
  // In every group the candidate "near" is correct, whatever else the group holds; "far" and
  // "none" are wrong. Features shared by all candidates of a group teach nothing.
  std::vector<kg::training::RankingGroup> groups;
  for (int i = 0; i < 30; ++i) {
    kg::training::RankingGroup g;
    if (i % 3 == 0) {
      g.candidates = {{"bias", "near"}, {"bias", "far"}, {"none"}};
      g.correct = {true, false, false};
    } else {
      g.candidates = {{"bias", "far"}, {"bias", "near"}, {"none"}};
      g.correct = {false, true, false};
    }
    groups.push_back(g);
  }
  auto model = kg::training::train_ranking(groups);
  CHECK(score(model, {"bias", "near"}) > score(model, {"bias", "far"}));
  CHECK(score(model, {"bias", "near"}) > score(model, {"none"}));
  CHECK(score(model, {"bias", "far"}) < score(model, {"none"}) + 1.0);  // a wrong candidate ranks low
}

TEST_CASE("Groups with nothing to compare are skipped, and training them alone is an error", "[training][ranking]") {
  std::vector<kg::training::RankingGroup> groups(2);
  groups[0].candidates = {{"a"}, {"b"}};
  groups[0].correct = {true, true};
  groups[1].candidates = {{"c"}};
  groups[1].correct = {false};
  CHECK_THROWS(kg::training::train_ranking(groups));
}

TEST_CASE("The same groups give the same model", "[training][ranking]") {
  std::vector<kg::training::RankingGroup> groups;
  for (int i = 0; i < 20; ++i)
    groups.push_back({{{"x", std::to_string(i % 4)}, {"y"}, {"none", "z"}}, {i % 2 == 0, i % 2 == 1, false}});
  auto a = kg::training::train_ranking(groups), b = kg::training::train_ranking(groups);
  CHECK(a.features() == b.features());
  for (const auto& f : std::vector<std::string>{"x", "y", "z", "none", "0", "3"}) CHECK(score(a, {f}) == score(b, {f}));
}
