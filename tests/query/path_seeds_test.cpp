// Acceptance checks for `kgraph path` on the graph built from ../shared/seeds: the k
// shortest paths with their evidence, suggestions for a misspelt name, and a name typed with
// a Latin "a" finding the person the text spells with a Cyrillic one.
#include <catch2/catch.hpp>

#include <algorithm>
#include <set>

#include <rapidjson/document.h>

#include "graph/graph_json.h"
#include "test_support.h"

namespace {

namespace fs = std::filesystem;

// The seeds graph, built once per test process; empty (after a WARN) where ../shared is absent.
const std::string& seeds_graph() {
  static kg::test::TempDir dir{"kg-path-seeds"};
  static const std::string path = [] {
    const auto seeds = kg::test::shared_dir() / "seeds";
    if (!fs::is_directory(seeds)) return std::string();
    const auto file = (dir / "seeds.json").string();
    auto r = kg::test::run(kg::test::shell_quote(kg::test::kgraph_binary()) + " build " +
                           kg::test::shell_quote(seeds.string()) + " -o " + kg::test::shell_quote(file) + " --quiet");
    REQUIRE(r.exit_code == 0);
    return file;
  }();
  if (path.empty()) WARN("no ../shared/seeds here: seeds path checks skipped");
  return path;
}

kg::test::RunResult path_query(const std::string& args) {
  return kg::test::run(kg::test::shell_quote(kg::test::kgraph_binary()) + " path " +
                       kg::test::shell_quote(seeds_graph()) + " " + args);
}

std::string text(const rapidjson::Value& object, const char* member) {
  REQUIRE(object.HasMember(member));
  REQUIRE(object[member].IsString());
  return object[member].GetString();
}

}  // namespace

TEST_CASE("path --k 3 on the seeds gives distinct paths, shortest first, with evidence for every hop",
          "[query][cli][seeds]") {
  if (seeds_graph().empty()) return;
  auto r = path_query("'Monika Iwersen' 'Beate Eschment' --k 3 --format json");
  REQUIRE(r.exit_code == 0);
  rapidjson::Document doc;
  REQUIRE_FALSE(doc.Parse(r.out.c_str()).HasParseError());
  CHECK(text(doc["from"], "label") == "Monika Iwersen");
  CHECK(text(doc["to"], "label") == "Beate Eschment");
  const auto& paths = doc["paths"];
  REQUIRE(paths.IsArray());
  REQUIRE(paths.Size() >= 1);
  CHECK(paths.Size() <= 3);
  std::set<std::vector<std::string>> distinct;
  std::size_t previous_hops = 0;
  for (const auto& path : paths.GetArray()) {
    const auto& nodes = path["nodes"];
    const auto& edges = path["edges"];
    REQUIRE(nodes.Size() == edges.Size() + 1);
    CHECK(nodes.Size() >= 2);
    std::vector<std::string> ids;
    for (const auto& node : nodes.GetArray()) {
      ids.push_back(text(node, "id"));
      CHECK_FALSE(text(node, "label").empty());
      CHECK_FALSE(text(node, "type").empty());
    }
    CHECK(ids.front() == text(doc["from"], "id"));
    CHECK(ids.back() == text(doc["to"], "id"));
    CHECK(distinct.insert(ids).second);
    CHECK(edges.Size() >= previous_hops);  // shortest first
    previous_hops = edges.Size();
    for (rapidjson::SizeType i = 0; i < edges.Size(); ++i) {
      const auto& edge = edges[i];
      std::set<std::string> ends{text(edge, "source"), text(edge, "target")};
      CHECK(ends == std::set<std::string>{ids[i], ids[i + 1]});  // the hop links consecutive nodes
      CHECK_FALSE(text(edge, "relation").empty());
      CHECK_FALSE(text(edge, "evidence").empty());
      CHECK_FALSE(text(edge, "doc").empty());
    }
  }
}

TEST_CASE("a misspelt name on the seeds exits 2 and suggests the right spelling", "[query][cli][seeds]") {
  if (seeds_graph().empty()) return;
  auto r = path_query("'Roman Vasilenko' 'Beate Eschment'");
  CHECK(r.exit_code == 2);
  CHECK(r.out.empty());
  CHECK(r.err.find("kgraph: error: unknown entity \"Roman Vasilenko\"; did you mean \"Roman Vassilenko\"") == 0);
}

TEST_CASE("a name typed with a Latin a finds the person the seeds spell with a Cyrillic a", "[query][cli][seeds]") {
  if (seeds_graph().empty()) return;
  const std::string cyrillic = "Christian Sch\xD0\xB0ich";
  auto latin = path_query("'Christian Schaich' 'Beate Eschment' --format json");
  auto typed = path_query(kg::test::shell_quote(cyrillic) + " 'Beate Eschment' --format json");
  REQUIRE(latin.exit_code == 0);
  REQUIRE(typed.exit_code == 0);
  rapidjson::Document a, b;
  REQUIRE_FALSE(a.Parse(latin.out.c_str()).HasParseError());
  REQUIRE_FALSE(b.Parse(typed.out.c_str()).HasParseError());
  CHECK(text(a["from"], "id") == text(b["from"], "id"));
  // The node found is the one whose spellings include the Cyrillic one from the text.
  auto graph = kg::load_graph_json(seeds_graph());
  const std::string id = text(a["from"], "id");
  const auto& node = graph.node(static_cast<kg::NodeId>(std::stoul(id.substr(1))));
  std::vector<std::string> spellings = node.aliases;
  spellings.push_back(node.label);
  CHECK(std::find(spellings.begin(), spellings.end(), cyrillic) != spellings.end());
}
