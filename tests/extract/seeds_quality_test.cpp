// Extraction quality on the project's seed articles (../shared/seeds), scored with the same
// library as `kgraph eval`. The thresholds are the acceptance figures of the extraction issue.
#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>

#include "eval/gold.h"
#include "eval/score.h"
#include "extract/document_reader.h"
#include "extract/extractor.h"
#include "graph/resolver.h"
#include "test_support.h"

namespace {

// Builds one graph of the texts in `dir` (those numbered first..last, when given: "07_x.txt"
// is 7) and scores it against their gold files.
kg::Score score_folder(const std::filesystem::path& dir, int first = 0, int last = 999) {
  std::vector<kg::DocumentExtraction> docs;
  std::vector<kg::Gold> golds;
  for (const auto& source : kg::expand_inputs({dir.string()})) {
    int number = std::atoi(source.path.filename().c_str());
    if (number < first || number > last) continue;
    docs.push_back(kg::extract(kg::read_document(source)));
    auto gold = source.path;
    gold.replace_extension(".gold.json");
    if (std::filesystem::exists(gold)) golds.push_back(kg::load_gold(gold));
  }
  auto graph = kg::build_graph(std::move(docs)).graph;
  return kg::score_graph(graph, golds);
}

double f1(const kg::Score& s, const std::string& type) {
  for (const auto& t : s.types)
    if (t.type == type) return t.f1().value_or(0.0);
  return 0.0;
}

// Floors a little under measured figures, so a regression fails while small gains need no edit.
struct Floors {
  double person, org, gpe, relations;
  std::size_t max_splits;
};

void check_floors(const kg::Score& s, const Floors& floor) {
  CHECK(f1(s, "PERSON") >= floor.person);
  CHECK(f1(s, "ORG") >= floor.org);
  CHECK(f1(s, "GPE") >= floor.gpe);
  CHECK(s.overall.recall().value_or(0.0) >= floor.relations);
  CHECK(s.splits.size() <= floor.max_splits);
}

}  // namespace

TEST_CASE("The seed articles are extracted at the accepted quality", "[extract][quality]") {
  auto seeds = kg::test::shared_dir() / "seeds";
  if (!std::filesystem::exists(seeds)) {
    WARN("../shared/seeds is missing: skipped");
    return;
  }
  // Never trained on (issue 13): entity F1 1.00 and relation recall at least 0.95, no split.
  check_floors(score_folder(seeds), {1.0, 1.0, 1.0, 0.95, 0});
}

// 01-18: the figures in samples/README.md. Since the learned tagger, the samples are training
// data (kgraph train ../shared/dev samples): these floors guard against regressions, they are no
// estimate for unseen text (that is tests/training/cross_validation_test.cpp). The tagger finds
// aliases the rules never read ("Upper House", "Georgian legislature", "Djurić", "Al-Maamari");
// those that within-document resolution cannot yet join to their entity are split entities, so
// the split floors of the three ranges rose from 1, 2 and 1 to the counts measured with it.
TEST_CASE("The samples keep their measured quality", "[extract][quality]") {
  check_floors(score_folder(kg::test::source_dir() / "samples", 1, 18), {0.96, 0.90, 0.93, 0.82, 3});
}

// 19-24 were written blind (samples/README.md): measured once before any rule changed for them
// (relation recall 0.370), then the general mechanisms they showed missing were built.
TEST_CASE("The third blind batch of samples keeps its measured quality", "[extract][quality]") {
  check_floors(score_folder(kg::test::source_dir() / "samples", 19, 24), {0.95, 0.82, 0.83, 0.52, 6});
}

// 25-30 were written blind (samples/README.md) and measured once; no rule has been changed for
// them yet, so these floors are the honest estimate for unseen agency styles.
TEST_CASE("The fourth blind batch of samples keeps its blind quality", "[extract][quality]") {
  check_floors(score_folder(kg::test::source_dir() / "samples", 25, 30), {0.89, 0.72, 0.81, 0.33, 2});
}
