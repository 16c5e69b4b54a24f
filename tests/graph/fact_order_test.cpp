// The build's facts on disk: the external sort gives std::sort's order over many runs, and a
// graph whose facts were streamed into graph order from temp files (graph/fact_order.h) is
// the graph built in memory.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdint>
#include <filesystem>
#include <memory>
#include <random>
#include <sstream>
#include <tuple>
#include <vector>

#include "extract/extractor.h"
#include "graph/evidence_texts.h"
#include "graph/external_sort.h"
#include "graph/fact_spill.h"
#include "graph/graph_builder.h"
#include "graph/graph_json.h"
#include "test_support.h"

namespace {

namespace fs = std::filesystem;

struct Pair {
  std::uint32_t key, value;
};
struct PairLess {
  bool operator()(const Pair& a, const Pair& b) const { return std::tie(a.key, a.value) < std::tie(b.key, b.value); }
};

std::vector<Pair> sorted_by(std::size_t run_bytes, const std::vector<Pair>& input) {
  kg::ExternalSort<Pair, PairLess> sorter(run_bytes);
  for (const auto& p : input) sorter.add(p);
  CHECK(sorter.size() == input.size());
  std::vector<Pair> out;
  sorter.each([&](const Pair& p) { out.push_back(p); });
  CHECK(sorter.size() == 0);
  return out;
}

std::string json_of(const kg::KnowledgeGraph& graph) {
  std::ostringstream out;
  kg::write_graph_json(out, graph);
  return out.str();
}

}  // namespace

TEST_CASE("ExternalSort gives the sorted records whether they fit one run or take many", "[graph][sort]") {
  std::mt19937 rng(7);
  std::vector<Pair> input(50000);
  for (auto& p : input) p = {static_cast<std::uint32_t>(rng() % 1000), static_cast<std::uint32_t>(rng() % 5)};
  auto expected = input;
  std::sort(expected.begin(), expected.end(), PairLess{});
  for (std::size_t run_bytes : {std::size_t{16} << 20, std::size_t{4096}, sizeof(Pair) * 3}) {
    CAPTURE(run_bytes);
    auto got = sorted_by(run_bytes, input);
    REQUIRE(got.size() == expected.size());
    CHECK(std::equal(got.begin(), got.end(), expected.begin(),
                     [](const Pair& a, const Pair& b) { return a.key == b.key && a.value == b.value; }));
  }
  CHECK(sorted_by(4096, {}).empty());
}

TEST_CASE("FactSpill gives back the facts it was given, texts and all", "[graph][sort]") {
  kg::FactSpill spill;
  std::vector<kg::detail::CompactFact> facts(3), none;
  facts[0] = {1, 2, kg::Relation::MetWith, 0, 4, {10, 50}, {12, 15}, {30, 40}, kg::SharedText()};
  facts[1] = {0, 3, kg::Relation::HoldsPosition, 1, 5, {51, 90}, {51, 60}, {61, 70}, kg::SharedText("a sentence")};
  facts[2] = {2, 2, kg::Relation::Chaired, 2, 9, {0, 1}, {0, 1}, {0, 1}, kg::SharedText()};
  const auto copy = facts;
  auto empty = spill.add(none);
  auto place = spill.add(facts);
  CHECK(facts.empty());
  CHECK(spill.has_texts());
  CHECK(spill.load(empty).empty());
  auto back = spill.load(place);
  REQUIRE(back.size() == copy.size());
  for (std::size_t i = 0; i < back.size(); ++i) {
    CHECK(std::tie(back[i].subject, back[i].object, back[i].relation, back[i].title, back[i].sentence) ==
          std::tie(copy[i].subject, copy[i].object, copy[i].relation, copy[i].title, copy[i].sentence));
    CHECK((back[i].sentence_range == copy[i].sentence_range && back[i].subject_range == copy[i].subject_range &&
           back[i].object_range == copy[i].object_range));
    CHECK(back[i].text == copy[i].text);
  }
}

TEST_CASE("A graph whose facts were streamed into graph order from disk is the graph built in memory", "[graph][builder][sort]") {
  std::vector<fs::path> paths;
  for (const auto& entry : fs::directory_iterator(kg::test::source_dir() / "samples"))
    if (entry.path().extension() == ".txt") paths.push_back(entry.path());
  std::sort(paths.begin(), paths.end(), std::greater<>());  // any order of arrival
  REQUIRE(paths.size() >= 10);
  kg::GraphBuilder in_memory, on_disk;
  on_disk.keep_on_disk();
  auto texts = std::make_shared<kg::EvidenceTexts>();
  for (const auto& p : paths) {
    kg::Document d;
    d.id = p.filename().string();
    d.path = p.string();
    d.text = kg::test::read_file(p);
    in_memory.add(kg::extract(d));
    auto prepared = kg::GraphBuilder::prepare(kg::extract(d));
    texts->spill(prepared);  // as kgraph build does: the facts then stream from disk
    on_disk.add(std::move(prepared));
  }
  auto a = in_memory.build(), b = on_disk.build();
  b.graph.set_evidence_texts(texts);
  CHECK(json_of(b.graph) == json_of(a.graph));
  REQUIRE(b.graph.edge_count() == a.graph.edge_count());
  REQUIRE(b.graph.edge_count() > 10);
  for (kg::EdgeId e = 0; e < b.graph.edge_count(); ++e) {
    CHECK(b.graph.relation(e) == a.graph.edge(e).relation);
    CHECK(b.graph.evidence_count(e) == a.graph.edge(e).evidence.size());
    CHECK(b.graph.edge(e).title == a.graph.edge(e).title);
  }
  REQUIRE(b.merges.size() == a.merges.size());
}
