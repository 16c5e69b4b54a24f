// The query commands on broken graph files and awkward arguments: exit 2 with the file and
// position for a bad file; a defined answer for empty names, invalid UTF-8 and A = B.
#include <catch2/catch.hpp>

#include "cli_support.h"

using namespace kg::test;

TEST_CASE("broken graph files are refused with file and position", "[cli][graph]") {
  TempDir dir("kg-cli");
  write_file(dir / "in.txt", kMeetingText);
  REQUIRE(build(dir / "in.txt", dir / "g.json", "--quiet").exit_code == 0);
  const std::string good = read_file(dir / "g.json");
  auto [name, bytes, where] = GENERATE_COPY(table<std::string, std::string, std::string>({
      {"truncated", good.substr(0, good.size() / 2), ""},
      {"deep nesting", "{\"format\": \"kgraph\", \"version\": 1, \"graph\": {\"x\": " + std::string(100000, '['),
       ":1:100051: invalid JSON: invalid value"},
      // Found by graph_json_fuzzer: rapidjson's first push onto its empty stack (UBSan).
      {"unterminated string", "\t\n\"'", ":2:3: invalid JSON: missing a closing quotation mark in string"},
      {"unknown version", "{\"format\": \"kgraph\", \"version\": 9}", ":1:33: unsupported version 9 (this kgraph reads version 1)"},
  }));
  INFO(name);
  write_file(dir / "bad.json", bytes);
  auto r = kgraph("stats " + quoted(dir / "bad.json"));
  CHECK(r.exit_code == 2);
  CHECK(r.out.empty());
  CHECK(r.err.rfind("kgraph: error: " + (dir / "bad.json").string() + ":", 0) == 0);
  if (!where.empty()) CHECK(r.err == "kgraph: error: " + (dir / "bad.json").string() + where + "\n");
}

TEST_CASE("queries with empty names, invalid UTF-8 or the same entity at both ends get defined answers",
          "[cli][query]") {
  TempDir dir("kg-cli");
  write_file(dir / "in.txt", kMeetingText);
  REQUIRE(build(dir / "in.txt", dir / "g.json", "--quiet").exit_code == 0);
  const std::string graph = quoted(dir / "g.json");
  SECTION("an empty name is a usage error") {
    auto r = kgraph("path " + graph + " '' 'Mevlut Cavusoglu'");
    CHECK(r.exit_code == 2);
    CHECK(r.err == "kgraph: error: empty entity name\n");
    r = kgraph("neighbors " + graph + " ''");
    CHECK(r.exit_code == 2);
    CHECK(r.err == "kgraph: error: empty entity name\n");
  }
  SECTION("a name with invalid UTF-8 is unknown, and echoed as valid UTF-8") {
    auto r = kgraph("path " + graph + " " + shell_quote("Tileuberdi\xFF") + " 'Mevlut Cavusoglu'");
    CHECK(r.exit_code == 2);
    CHECK(r.err.rfind("kgraph: error: unknown entity \"Tileuberdi\xEF\xBF\xBD\"", 0) == 0);
  }
  SECTION("the same entity at both ends is a path of no hops") {
    auto r = kgraph("path " + graph + " 'Mevlut Cavusoglu' 'cavusoglu'");
    CHECK(r.exit_code == 0);
    CHECK(r.out == "Mevlut Cavusoglu (same entity at both ends)\n");
  }
}
