// Clustering over interned keys (graph/entity_spill.h) made on demand, as a build clusters,
// gives what clustering a list of views gives: the same clusters and the same merges.
#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <vector>

#include "extract/extractor.h"
#include "graph/entity_spill.h"
#include "graph/graph_builder.h"
#include "graph/resolver.h"
#include "test_support.h"

namespace {

namespace fs = std::filesystem;

std::vector<kg::detail::CompactDocument> sample_compacts() {
  std::vector<fs::path> paths;
  for (const auto& entry : fs::directory_iterator(kg::test::source_dir() / "samples"))
    if (entry.path().extension() == ".txt") paths.push_back(entry.path());
  std::sort(paths.begin(), paths.end());
  std::vector<kg::detail::CompactDocument> docs;
  for (const auto& p : paths) {
    kg::Document d;
    d.id = p.filename().string();
    d.path = p.string();
    d.text = kg::test::read_file(p);
    docs.push_back(kg::GraphBuilder::prepare(kg::extract(d)));
  }
  REQUIRE(docs.size() >= 10);
  return docs;
}

bool same_keys(const kg::detail::EntityKeys& a, const kg::detail::EntityKeys& b) {
  return a.type == b.type && a.name == b.name && a.name_key == b.name_key && a.key == b.key && a.date == b.date &&
         *a.form_keys == *b.form_keys;
}

}  // namespace

TEST_CASE("Clustering keys made on demand gives the clusters and merges of a list of the same keys", "[graph][resolve]") {
  auto docs = sample_compacts();
  std::vector<kg::detail::EntityKeys> items;
  for (const auto& d : docs)
    for (const auto& e : d.entities) items.push_back(kg::detail::keys_of(e));
  const auto listed = kg::detail::cluster_entities(items);
  const auto on_demand = kg::detail::cluster_entities(items.size(), [&](std::size_t i) { return items[i]; });
  REQUIRE(listed.clusters.size() < items.size());  // the samples have merges
  CHECK(on_demand.clusters == listed.clusters);
  REQUIRE(on_demand.merges.size() == listed.merges.size());
  for (std::size_t m = 0; m < listed.merges.size(); ++m) {
    CHECK(on_demand.merges[m].node == listed.merges[m].node);
    CHECK(on_demand.merges[m].form == listed.merges[m].form);
    CHECK(on_demand.merges[m].reason == listed.merges[m].reason);
  }
}

TEST_CASE("EntitySpill gives each entity's keys by number, and its entities after the keys are released", "[graph][resolve]") {
  auto docs = sample_compacts();
  kg::EntitySpill spill;
  std::vector<kg::EntitySpill::Place> places;
  std::vector<std::vector<kg::detail::CompactEntity>> kept;
  for (auto& d : docs) {
    kept.push_back(d.entities);
    places.push_back(spill.add(d.entities));
    CHECK(d.entities.empty());
  }
  std::size_t n = 0;
  for (std::size_t d = 0; d < docs.size(); ++d) {
    std::vector<kg::detail::EntityKeys> listed;
    spill.keys(places[d], listed);
    REQUIRE(places[d].first == n);
    REQUIRE(listed.size() == kept[d].size());
    for (std::size_t e = 0; e < listed.size(); ++e, ++n) {
      CHECK(same_keys(spill.key(n), listed[e]));
      CHECK(same_keys(spill.key(n), kg::detail::keys_of(kept[d][e])));
    }
  }
  REQUIRE(n > 50);
  spill.release_keys();
  for (std::size_t d = 0; d < docs.size(); ++d) {
    const auto loaded = spill.load(places[d]);
    REQUIRE(loaded.size() == kept[d].size());
    for (std::size_t e = 0; e < loaded.size(); ++e) {
      CHECK(loaded[e].name == kept[d][e].name);
      CHECK(loaded[e].form_keys == kept[d][e].form_keys);
    }
  }
}
