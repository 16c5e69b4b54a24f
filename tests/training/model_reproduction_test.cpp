// The committed models are build products of the data: `kgraph train` remakes them byte for byte.
#include <catch2/catch.hpp>

#include <filesystem>

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

TEST_CASE("kgraph train remakes the linked models (models/) byte for byte from ../shared/dev and samples",
          "[training][model]") {
  kg::test::TempDir dir("kg-train");
  auto r = run_kgraph({"train", shared_dev(), samples(), "-o", dir.path().string(), "--jobs", "2", "-q"});
  REQUIRE(r.exit_code == 0);
  for (const char* name : {"entity_tagger.model", "title_attachment.model", "participation.model"}) {
    INFO(name);
    auto made = kg::test::read_file(dir / name);
    CHECK(!made.empty());
    CHECK(made == kg::test::read_file(std::filesystem::path(KG_MODEL_DIR) / name));
  }
}

TEST_CASE("The models do not depend on the number of training threads", "[training][model]") {
  kg::test::TempDir dir("kg-train");
  std::filesystem::create_directories(dir / "one");
  std::filesystem::create_directories(dir / "two");
  REQUIRE(run_kgraph({"train", samples(), "-o", (dir / "one").string(), "--jobs", "1", "-q"}).exit_code == 0);
  REQUIRE(run_kgraph({"train", samples(), "-o", (dir / "two").string(), "--jobs", "2", "-q"}).exit_code == 0);
  for (const char* name : {"entity_tagger.model", "title_attachment.model", "participation.model"})
    CHECK(kg::test::read_file(dir / "one" / name) == kg::test::read_file(dir / "two" / name));
}

TEST_CASE("kgraph train writes into a folder, and refuses a file", "[training][cli]") {
  kg::test::TempDir dir("kg-train");
  auto r = run_kgraph({"train", samples(), "-o", (dir / "m.model").string()});
  CHECK(r.exit_code == 2);
  CHECK(r.err.find("not a directory") != std::string::npos);
  CHECK(!std::filesystem::exists(dir / "m.model"));
}

TEST_CASE("kgraph train refuses a folder without gold files", "[training][cli]") {
  kg::test::TempDir dir("kg-train");
  kg::test::write_file(dir / "a.txt", "Minister Aldo Berg met Dora Lind.\n");
  auto r = run_kgraph({"train", dir.path().string(), "-o", dir.path().string()});
  CHECK(r.exit_code == 2);
  CHECK(r.err == "kgraph: error: " + dir.path().string() + ": no text with a gold file (NAME.txt beside NAME.gold.json)\n");
  CHECK(!std::filesystem::exists(dir / "entity_tagger.model"));
  CHECK(!std::filesystem::exists(dir / "title_attachment.model"));
  CHECK(!std::filesystem::exists(dir / "participation.model"));
}
