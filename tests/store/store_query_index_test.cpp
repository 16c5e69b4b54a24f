// What `kgraph path` reads from a store instead of a graph: the path index straight from the
// adjacency blobs, and names through the name index. Both must answer exactly as the whole
// graph does, errors included, also on a store of schema version 1 (no name index).
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "export/sample_graphs.h"
#include "extract/input_error.h"
#include "query/entity_lookup.h"
#include "query/path_finder.h"
#include "store/store_reader.h"
#include "store_fixtures.h"

namespace kg::test {
namespace {

// Namesakes, shared words, aliases and titles, so that every rule of lookup_entity has
// something to decide.
KnowledgeGraph names_graph() {
  KnowledgeGraph g = quirky_graph();
  g.add_entity({"Ana Petrova", EntityType::Person, {}, 1, {"doc-2"}, "RU", {"Ambassador"}});
  g.add_entity({"Ministry of Foreign Affairs of Latvia", EntityType::Org, {"Latvian MFA"}, 2, {}, "LV", {}});
  g.add_entity({"Ministry of Foreign Affairs of Poland", EntityType::Org, {}, 2, {}, "PL", {}});
  g.add_entity({"Radosław Sikorski", EntityType::Person, {"Sikorski"}, 3, {}, "PL", {"Foreign Minister"}});
  g.add_entity({"Bakhtiyor Saidov", EntityType::Person, {"B. Saidov"}, 2, {}, "UZ", {}});
  return g;
}

// lookup_entity's answer or error, comparable across the two ways of looking up.
template <class Lookup>
std::string outcome(Lookup lookup) {
  try {
    return "node " + std::to_string(lookup());
  } catch (const InputError& e) {
    return std::string("error: ") + e.what();
  }
}

std::vector<std::string> queries(const KnowledgeGraph& graph) {
  std::vector<std::string> list{"",          " ",           "ana petrova",      "ANA PETROVA",    "Petrova",
                                "petrova ana", "Ana Petrov",  "Ministry",         "foreign affairs", "latvia",
                                "Radoslaw Sikorski", "radosław", "Sikorsky",  "Saidov",          "b saidov",
                                "Saidov Saidov", "Zzyzx Qwerty", "Ministry of Foreign Affairs of Poland",
                                "Петрова",   "\xFF",         "node"};
  std::string many;  // more words than an SQL query may ask for
  for (int i = 0; i < 600; ++i) (many += " w") += std::to_string(i);
  list.push_back(many);
  for (NodeId n = 0; n < graph.node_count(); ++n) {
    list.push_back(graph.node(n).label);
    for (const auto& alias : graph.node(n).aliases) list.push_back(alias);
  }
  return list;
}

void check_lookups(const KnowledgeGraph& graph, const GraphStore& store) {
  for (const auto& name : queries(graph)) {
    CAPTURE(name);
    CHECK(outcome([&] { return store.lookup(name); }) == outcome([&] { return lookup_entity(graph, name); }));
  }
}

}  // namespace

TEST_CASE("A store's path index holds the arcs of the whole graph's and gives its paths", "[store]") {
  auto which = GENERATE(as<std::string>{}, "quirky", "hostile", "one", "empty");
  CAPTURE(which);
  TempDir dir("kg-store");
  KnowledgeGraph graph = which == "quirky" ? quirky_graph() : sample_graph(which);
  write_store_file(dir / "g.kgdb", graph);
  const PathIndex stored = GraphStore(dir / "g.kgdb").path_index();
  const PathIndex built(graph);
  REQUIRE(stored.node_count() == built.node_count());
  for (NodeId n = 0; n < graph.node_count(); ++n) {
    CHECK(stored.type(n) == built.type(n));
    auto a = stored.arcs(n), b = built.arcs(n);
    REQUIRE(a.size() == b.size());
    for (std::size_t i = 0; i < a.size(); ++i) {
      CHECK(a[i].to == b[i].to);
      CHECK(a[i].edge == b[i].edge);
      CHECK(a[i].weight == b[i].weight);
      CHECK(a[i].relation == b[i].relation);
    }
  }
  for (int variant = 0; variant < 4; ++variant) {
    PathOptions options;
    options.k = 3;
    options.weighted = variant % 2 == 1;
    if (variant >= 2) options.max_hops = 2, options.via = {EntityType::Person, EntityType::Org};
    PathFinder full(graph, options), light(stored, options);
    for (NodeId from = 0; from < graph.node_count(); ++from)
      for (NodeId to = 0; to < graph.node_count(); ++to) {
        auto expected = full.find(from, to);
        auto found = light.find(from, to);
        CHECK(found == expected);
        for (const auto& p : found)
          for (std::size_t i = 0; i < p.edges.size(); ++i)
            CHECK(light.hop_cost(p.nodes[i], p.edges[i]) == full.hop_cost(p.nodes[i], p.edges[i]));
      }
  }
}

TEST_CASE("Names are looked up in a store as in the whole graph, errors and suggestions included", "[store]") {
  TempDir dir("kg-store");
  const KnowledgeGraph graph = names_graph();
  write_store_file(dir / "g.kgdb", graph);
  check_lookups(graph, GraphStore(dir / "g.kgdb"));
  CHECK(outcome([&] { return GraphStore(dir / "g.kgdb").lookup("Sikorski"); }) == "node 8");
  CHECK_THROWS_WITH(GraphStore(dir / "g.kgdb").lookup("Ana Petrova"),
                    "ambiguous entity \"Ana Petrova\" could be \"Ana Petrova\" (PERSON, Deputy Minister, Minister), "
                    "\"Ana Petrova\" (PERSON, Ambassador)");
}

TEST_CASE("A store of schema version 1 is still read: paths, names and the whole graph", "[store]") {
  TempDir dir("kg-store");
  const KnowledgeGraph graph = names_graph();
  write_store_file(dir / "g.kgdb", graph);
  // What a store of version 1 lacks: the name index and the extractions.
  RunResult r = sqlite3(dir / "g.kgdb",
                        "DROP TABLE name_keys; DROP TABLE name_words; DROP TABLE extractions; DROP TABLE node_types; "
                        "DELETE FROM meta WHERE key IN ('name_key_probe', 'extraction_version'); "
                        "UPDATE meta SET value = '1' WHERE key = 'schema_version'; PRAGMA user_version = 1; VACUUM;");
  REQUIRE(r.exit_code == 0);
  GraphStore old(dir / "g.kgdb");
  CHECK(old.schema_version() == 1);
  check_lookups(graph, old);
  CHECK(graph_json(old.load()) == graph_json(graph));
  CHECK(old.path_index().node_count() == graph.node_count());
  CHECK(old.load_extractions().documents.empty());
  CHECK(old.load_extractions().version.empty());
}

TEST_CASE("A name index keyed by another folding is not trusted", "[store]") {
  TempDir dir("kg-store");
  const KnowledgeGraph graph = names_graph();
  write_store_file(dir / "g.kgdb", graph);
  // Keys as another kgraph might fold them: the lookups read every name instead.
  RunResult r = sqlite3(dir / "g.kgdb", "UPDATE name_keys SET key = upper(key); UPDATE name_words SET word = upper(word); "
                                        "UPDATE meta SET value = 'other' WHERE key = 'name_key_probe';");
  REQUIRE(r.exit_code == 0);
  check_lookups(graph, GraphStore(dir / "g.kgdb"));
}

}  // namespace kg::test
