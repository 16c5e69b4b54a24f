// The gold files of samples/ (and the seeds in ../shared) are consistent with the schema
// and with their texts. This checks the gold, not the extractor.
#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <map>
#include <set>

#include "eval/gold.h"
#include "extract/entity_type.h"
#include "extract/name_key.h"
#include "test_support.h"

namespace {

std::vector<std::filesystem::path> gold_files(const std::filesystem::path& dir) {
  std::vector<std::filesystem::path> files;
  if (!std::filesystem::is_directory(dir)) return files;
  for (const auto& entry : std::filesystem::directory_iterator(dir)) {
    auto name = entry.path().filename().string();
    if (name.ends_with(".gold.json")) files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  return files;
}

}  // namespace

TEST_CASE("Every sample gold file loads and its relations name entities of the file", "[eval][samples]") {
  auto files = gold_files(kg::test::source_dir() / "samples");
  REQUIRE(files.size() >= 7);
  for (const auto& file : files) {
    CAPTURE(file.string());
    kg::Gold gold = kg::load_gold(file);
    CHECK_FALSE(gold.source.empty());
    CHECK_FALSE(gold.entities.empty());
    std::set<std::string> names;
    for (const auto& e : gold.entities) names.insert(e.name);
    for (const auto& r : gold.relations) {
      CAPTURE(r.subject, r.relation, r.object);
      CHECK(names.count(r.subject) == 1);
      CHECK(names.count(r.object) == 1);
      CHECK((r.relation == "holds_position") == !r.title.empty());
    }
  }
}

TEST_CASE("Every sample gold relation joins entities of the types the schema allows", "[eval][samples]") {
  for (const auto& file : gold_files(kg::test::source_dir() / "samples")) {
    CAPTURE(file.string());
    kg::Gold gold = kg::load_gold(file);
    std::map<std::string, std::string> type_of;
    for (const auto& e : gold.entities) type_of[e.name] = e.type;
    for (const auto& r : gold.relations) {
      CAPTURE(r.subject, r.relation, r.object);
      const auto& s = type_of[r.subject];
      const auto& o = type_of[r.object];
      if (r.relation == "holds_position") CHECK((s == "PERSON" && (o == "ORG" || o == "GPE")));
      if (r.relation == "member_of") CHECK((s == "PERSON" && o == "ORG"));
      if (r.relation == "part_of") CHECK((s == "ORG" && (o == "ORG" || o == "GPE")));
      if (r.relation == "met_with") CHECK((s == "PERSON" && o == "PERSON" && r.subject != r.object));
      if (r.relation == "participated_in" || r.relation == "chaired") CHECK((s == "PERSON" && o == "EVENT"));
    }
  }
}

TEST_CASE("Every sample alias is a surface form of its text and met_with is listed once", "[eval][samples]") {
  for (const auto& file : gold_files(kg::test::source_dir() / "samples")) {
    CAPTURE(file.string());
    kg::Gold gold = kg::load_gold(file);
    auto text_path = file.parent_path() / (gold.document + ".txt");
    REQUIRE(std::filesystem::exists(text_path));
    std::string text = kg::test::read_file(text_path);
    for (const auto& e : gold.entities)
      for (const auto& alias : e.aliases) {
        CAPTURE(e.name, alias);
        CHECK(text.find(alias) != std::string::npos);
      }
    std::set<std::pair<std::string, std::string>> meetings;
    for (const auto& r : gold.relations) {
      if (r.relation != "met_with") continue;
      std::string a = kg::name_key(r.subject), b = kg::name_key(r.object);
      CAPTURE(r.subject, r.object);
      CHECK(meetings.insert(a < b ? std::pair{a, b} : std::pair{b, a}).second);
    }
  }
}

TEST_CASE("The seed gold files load with the same loader", "[eval][samples]") {
  auto files = gold_files(kg::test::shared_dir() / "seeds");
  if (files.empty()) {
    WARN("no ../shared/seeds here");
    return;
  }
  for (const auto& file : files) {
    CAPTURE(file.string());
    CHECK_NOTHROW(kg::load_gold(file));
  }
}
