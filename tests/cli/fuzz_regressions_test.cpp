// Replays every seed and past finding of the fuzzers (tests/fuzz/corpus) through the kgraph
// binary: each either succeeds or is refused with a message, never crashes. Under the
// `asan` preset this turns each fuzz finding into a sanitizer-checked regression test.
#include <catch2/catch.hpp>

#include "cli_support.h"

namespace {

using namespace kg::test;
namespace fs = std::filesystem;

std::vector<fs::path> corpus(const std::string& name) {
  std::vector<fs::path> files;
  for (const auto& e : fs::directory_iterator(source_dir() / "tests" / "fuzz" / "corpus" / name))
    files.push_back(e.path());
  std::sort(files.begin(), files.end());
  return files;
}

void check_answer(const RunResult& r) {
  INFO(r.err);
  CHECK((r.exit_code == 0 || r.exit_code == 2));
  if (r.exit_code == 2) CHECK(r.err.rfind("kgraph: error: ", 0) == 0);
}

}  // namespace

TEST_CASE("every text in the fuzz corpus builds or is refused, without a crash", "[cli][fuzz]") {
  TempDir dir("kg-cli");
  auto files = corpus("text_pipeline");
  REQUIRE(files.size() >= 4);
  for (const auto& file : files) {
    INFO(file.string());
    auto r = build(file, dir / "g.json", "-o " + quoted(dir / "g.graphml") + " --quiet");
    check_answer(r);
    if (r.exit_code == 0) {
      CHECK(valid_json(dir / "g.json"));
      CHECK(valid_xml(dir / "g.graphml"));
    }
  }
}

TEST_CASE("every graph file in the fuzz corpus loads or is refused, without a crash", "[cli][fuzz]") {
  auto files = corpus("graph_json");
  REQUIRE(files.size() >= 2);
  for (const auto& file : files) {
    INFO(file.string());
    check_answer(kgraph("stats " + quoted(file)));
  }
}
