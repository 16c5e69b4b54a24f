// Inputs built to provoke super-linear work or unbounded names. Each must finish (CTest's
// timeout is the only clock) with a valid graph whose names are capped in length.
#include <catch2/catch.hpp>

#include "cli_support.h"
#include "extract/name_cap.h"
#include "graph/graph_json.h"

namespace {

using namespace kg::test;

std::string repeat(const std::string& piece, std::size_t times) {
  std::string out;
  out.reserve(piece.size() * times);
  for (std::size_t i = 0; i < times; ++i) out += piece;
  return out;
}

// Distinct capitalized pseudo-words: "Kabo", "Kabe", ... so no two are the same name.
std::string capitalized_words(std::size_t count) {
  static const char* kOnset[] = {"K", "T", "M", "D", "R", "S", "V", "B", "L", "N"};
  static const char* kSyllable[] = {"a", "e", "i", "o", "u"};
  std::string out;
  for (std::size_t i = 0; i < count; ++i) {
    std::size_t x = i;
    std::string word = kOnset[x % 10];
    x /= 10;
    for (int s = 0; s < 3; ++s, x /= 5) word += std::string(kSyllable[x % 5]) + (s < 2 ? "l" : "");
    out += word + " ";
  }
  return out;
}

}  // namespace

TEST_CASE("hostile shapes of text finish with a valid graph and capped names", "[cli][bounded]") {
  auto [shape, text] = GENERATE(table<std::string, std::string>({
      {"one 2 MB line", repeat("the minister said that the talks went well and ", 45000)},
      {"5,000 capitalized words in a row", "Foreign Minister " + capitalized_words(5000) + "met Ali Bako.\n"},
      {"100,000 repetitions of one name", repeat("Foreign Minister Mukhtar Tileuberdi met Mevlut Cavusoglu. ", 100000)},
      {"deeply nested brackets", repeat("([{", 100000) + kMeetingText + repeat("}])", 50000)},
      {"unclosed quotes", repeat("\"Minister Ali Bako said \xE2\x80\x9C", 50000) + kMeetingText},
  }));
  INFO(shape);
  TempDir dir("kg-cli");
  write_file(dir / "in.txt", text);
  auto r = build(dir / "in.txt", dir / "g.json", "-o " + quoted(dir / "g.graphml") + " --quiet");
  REQUIRE(r.exit_code == 0);
  for (std::size_t at = 0; (at = r.err.find("kgraph: warning: ", at)) != std::string::npos; ++at)
    CHECK(r.err.find("entity name", at) != std::string::npos);  // the only warning these may earn
  REQUIRE(valid_json(dir / "g.json"));
  CHECK(valid_xml(dir / "g.graphml"));
  auto graph = kg::load_graph_json(dir / "g.json");
  for (kg::NodeId n = 0; n < graph.node_count(); ++n) CHECK(graph.node(n).label.size() <= kg::kMaxNameBytes);
}
