#include <catch2/catch.hpp>

#include <map>
#include <random>
#include <set>
#include <string>
#include <vector>

#include "cli/distributed_fact_streams.h"
#include "distributed/resolution_wire.h"
#include "graph/cluster_assembly.h"

namespace kg::cli {
namespace {

// Documents whose ids sort as their numbers, with facts that tie on most fields: the same
// nodes from different entities, the same evidence under different titles and relations.
std::vector<detail::CompactDocument> tied_documents(unsigned seed) {
  std::mt19937 random(seed);
  auto pick = [&](std::uint32_t n) { return static_cast<std::uint32_t>(random() % n); };
  const std::vector<std::vector<std::string>> titles = {
      {"", "minister", "envoy"}, {"", "envoy", "minister", "ambassador"}, {"", "minister"}};
  std::vector<detail::CompactDocument> docs(3);
  for (std::size_t d = 0; d < docs.size(); ++d) {
    auto& doc = docs[d];
    doc.info.id = "doc-" + std::to_string(d);
    doc.id = doc.info.id;
    doc.titles = titles[d];
    for (int n = 0; n < 60; ++n) {
      detail::CompactFact f;
      f.subject = pick(4), f.object = pick(4);
      f.relation = pick(2) ? Relation::MetWith : Relation::HoldsPosition;
      f.title = pick(static_cast<std::uint32_t>(doc.titles.size()));
      f.sentence = pick(3);
      f.sentence_range = {f.sentence * 100, f.sentence * 100 + 90};
      f.subject_range = {pick(3), 5};
      f.object_range = {pick(2), 7};
      f.text = "sentence " + std::to_string(f.sentence) + " of " + doc.info.id;
      doc.facts.push_back(f);
    }
  }
  return docs;
}

NodeId node_of(std::size_t d, std::uint32_t e) { return static_cast<NodeId>((d + e) % 3); }

}  // namespace

TEST_CASE("A rank's facts stream in graph order, as ordered from their documents held whole",
          "[distributed][facts]") {
  const unsigned seed = GENERATE(1u, 2u, 3u, 4u);
  CAPTURE(seed);
  const auto docs = tied_documents(seed);
  std::map<NodeId, std::set<std::string>> expected_titles;
  const auto refs = detail::order_facts(docs, node_of, expected_titles);
  distributed::WireWriter expected;
  for (const auto& ref : refs) {
    const detail::CompactFact& f = *ref.f;
    distributed::write_fact(expected, {ref.s, ref.o, ref.r, ref.doc->titles[f.title],
                                       static_cast<std::uint64_t>(ref.doc - docs.data()), f.sentence, f.sentence_range,
                                       f.subject_range, f.object_range});
  }

  // Held in memory (one run), or in sorted runs on disk merged as they are streamed.
  const std::size_t run = GENERATE(as<std::size_t>{}, RankFacts::kRunFacts, 1, 2, 3, 7);
  CAPTURE(run);
  RankFacts facts(run);
  std::map<NodeId, std::set<std::string>> titles;
  for (std::size_t d : {2u, 0u, 1u})  // in any order of documents
    facts.add(docs[d], d, [&](std::uint32_t e) { return node_of(d, e); }, titles);
  facts.sort();
  CHECK(facts.size() == refs.size());
  std::string streamed;
  std::size_t ends = 0;
  facts.for_each_chunk([&](std::string& chunk) {
    if (chunk.empty()) ++ends;
    streamed += chunk;
  });
  CHECK(ends == 1);
  CHECK(streamed == expected.bytes());
  CHECK(titles == expected_titles);
}

TEST_CASE("Rank 0's own fact chunks come back from disk in order, then an empty one", "[distributed][facts]") {
  FactChunkSpill spill;
  spill.add("first");
  spill.add("");
  spill.add(std::string(3000, 'x'));
  CHECK(spill.next() == "first");
  CHECK(spill.next() == std::string(3000, 'x'));
  CHECK(spill.next().empty());
  CHECK(spill.next().empty());
  CHECK(FactChunkSpill().next().empty());
}

}  // namespace kg::cli
