// The committed model is a build product of the data: `kgraph train` remakes it byte for byte.
#include <catch2/catch.hpp>

#include "test_support.h"

namespace {

std::string shared_dev() { return (kg::test::shared_dir() / "dev").string(); }
std::string samples() { return (kg::test::source_dir() / "samples").string(); }

kg::test::RunResult run_kgraph(const std::vector<std::string>& args) {
  std::string line = kg::test::shell_quote(kg::test::kgraph_binary());
  for (const auto& a : args) {
    line += ' ';
    line += kg::test::shell_quote(a);
  }
  return kg::test::run(line);
}

}  // namespace

TEST_CASE("kgraph train remakes models/entity_tagger.model byte for byte from ../shared/dev and samples",
          "[training][model]") {
  kg::test::TempDir dir("kg-train");
  auto model = dir / "entity_tagger.model";
  auto r = run_kgraph({"train", shared_dev(), samples(), "-o", model.string(), "--jobs", "2", "-q"});
  REQUIRE(r.exit_code == 0);
  CHECK(kg::test::read_file(model) == kg::test::read_file(kg::test::source_dir() / "models" / "entity_tagger.model"));
}

TEST_CASE("A model does not depend on the number of training threads", "[training][model]") {
  kg::test::TempDir dir("kg-train");
  auto one = dir / "one.model", two = dir / "two.model";
  REQUIRE(run_kgraph({"train", samples(), "-o", one.string(), "--jobs", "1", "-q"}).exit_code == 0);
  REQUIRE(run_kgraph({"train", samples(), "-o", two.string(), "--jobs", "2", "-q"}).exit_code == 0);
  CHECK(kg::test::read_file(one) == kg::test::read_file(two));
}

TEST_CASE("kgraph train refuses a folder without gold files", "[training][cli]") {
  kg::test::TempDir dir("kg-train");
  kg::test::write_file(dir / "a.txt", "Minister Aldo Berg met Dora Lind.\n");
  auto r = run_kgraph({"train", dir.path().string(), "-o", (dir / "m.model").string()});
  CHECK(r.exit_code == 2);
  CHECK(r.err == "kgraph: error: " + dir.path().string() + ": no text with a gold file (NAME.txt beside NAME.gold.json)\n");
  CHECK(!std::filesystem::exists(dir / "m.model"));
}
