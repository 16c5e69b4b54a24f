// cli/distributed_edge_evidence.h: the evidence rank 0 gets in stream order comes back edge
// by edge, sorted and without repeats, whatever the size of finish()'s passes.
#include <algorithm>
#include <map>

#include <catch2/catch.hpp>

#include "cli/distributed_edge_evidence.h"

namespace kg::test {

TEST_CASE("Streamed evidence comes back edge by edge, sorted, without repeats, in passes of any size",
          "[distributed][graph]") {
  const std::size_t pass_facts = GENERATE(1, 2, 3, 1000);
  CAPTURE(pass_facts);
  const std::vector<std::pair<SharedText, SharedText>> documents = {
      {SharedText("doc-a"), SharedText("2024-01-02")}, {SharedText("doc-b"), SharedText("")},
      {SharedText("doc-c"), SharedText("2023-12-31")}};
  struct Fact {
    EdgeId edge;
    std::uint32_t document, sentence;
  };
  // Edge 1's facts come apart (a symmetric relation's under both ends), edge 2 repeats one.
  const std::vector<Fact> stream = {{0, 0, 3}, {1, 0, 1}, {1, 2, 0}, {2, 1, 5}, {2, 1, 5}, {2, 0, 9},
                                    {3, 2, 2}, {1, 0, 0}, {0, 1, 1}, {4, 2, 7}, {1, 1, 4}};
  cli::StreamedEdgeEvidence streamed(documents, pass_facts);
  streamed.reserve();
  std::map<EdgeId, std::vector<Evidence>> expected;
  for (const auto& f : stream) {
    Evidence e;
    e.doc = documents[f.document].first;
    e.date = documents[f.document].second;
    e.sentence = f.sentence;
    e.sentence_range = {f.sentence * 10, f.sentence * 10 + 8};
    e.subject_range = {f.sentence * 10 + 1, f.sentence * 10 + 2};
    e.object_range = {f.sentence * 10 + 4, f.sentence * 10 + 6};
    streamed.add(f.edge, e, f.document);
    expected[f.edge].push_back(e);
  }
  const auto evidence = streamed.finish(5);
  REQUIRE(evidence->edge_count() == 5);
  std::vector<Evidence> read;
  for (auto& [edge, list] : expected) {
    CAPTURE(edge);
    std::sort(list.begin(), list.end());
    list.erase(std::unique(list.begin(), list.end()), list.end());
    evidence->read(edge, read);
    CHECK(evidence->count(edge) == list.size());
    CHECK(read == list);
  }
}

TEST_CASE("Streamed evidence refuses a fact of an edge beyond the count", "[distributed][graph]") {
  const std::vector<std::pair<SharedText, SharedText>> documents = {{SharedText("d"), SharedText("")}};
  cli::StreamedEdgeEvidence streamed(documents);
  streamed.add(3, Evidence{}, 0);
  CHECK_THROWS_AS(streamed.finish(2), std::logic_error);
}

}  // namespace kg::test
