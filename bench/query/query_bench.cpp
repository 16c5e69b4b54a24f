// Times the graph file and path queries on a generated graph (default 1M nodes, 5M facts):
//   kg_query_bench [NODES] [EDGES] [QUERIES] [DIR]
// Writes DIR/bench.json (default: the system temp dir), then reports the time to write it,
// load it, build the path index (once per loaded graph, as `kgraph path` does) and answer
// QUERIES random path queries (k = 1 and k = 3, unweighted and weighted).
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <random>
#include <string>

#include <sys/resource.h>

#include "graph/graph_json.h"
#include "query/path_finder.h"
#include "query/path_index.h"

namespace {

using Clock = std::chrono::steady_clock;

double seconds_since(Clock::time_point start) { return std::chrono::duration<double>(Clock::now() - start).count(); }

long peak_rss_mb() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return usage.ru_maxrss / 1024;
}

// Random facts between random entities, one short evidence each: the shape of a large news
// graph without its skew, reproducible from the seed.
kg::KnowledgeGraph generate(std::size_t nodes, std::size_t edges) {
  std::mt19937_64 rng(42);
  kg::KnowledgeGraph graph;
  graph.reserve_edges(edges);
  const kg::EntityType types[] = {kg::EntityType::Person, kg::EntityType::Person, kg::EntityType::Org,
                                  kg::EntityType::Gpe, kg::EntityType::Event};
  for (std::size_t i = 0; i < nodes; ++i) {
    kg::EntityNode node;
    node.label = "Entity " + std::to_string(i);
    node.type = types[i % 5];
    node.mentions = 1;
    graph.add_entity(std::move(node));
  }
  const kg::Relation relations[] = {kg::Relation::MetWith, kg::Relation::MemberOf, kg::Relation::HoldsPosition,
                                    kg::Relation::ParticipatedIn, kg::Relation::LocatedIn};
  std::uniform_int_distribution<kg::NodeId> pick(0, static_cast<kg::NodeId>(nodes - 1));
  for (std::size_t i = 0; graph.edge_count() < edges; ++i) {
    kg::NodeId s = pick(rng), t = pick(rng);
    if (s == t) continue;
    kg::Evidence evidence{"doc" + std::to_string(i % 100000), static_cast<std::uint32_t>(i % 50), {0, 40}, {0, 8},
                          {20, 30}, "Entity met entity.", "2024-01-01"};
    graph.add_fact(s, t, relations[i % 5], "", std::move(evidence));
  }
  return graph;
}

}  // namespace

int main(int argc, char** argv) {
  std::size_t nodes = argc > 1 ? std::stoul(argv[1]) : 1000000;
  std::size_t edges = argc > 2 ? std::stoul(argv[2]) : 5000000;
  std::size_t queries = argc > 3 ? std::stoul(argv[3]) : 20;
  std::filesystem::path dir = argc > 4 ? argv[4] : std::filesystem::temp_directory_path().string();
  auto file = dir / "bench.json";

  auto t0 = Clock::now();
  {
    auto graph = generate(nodes, edges);
    std::cout << "generate   " << seconds_since(t0) << " s (" << graph.node_count() << " nodes, "
              << graph.edge_count() << " edges)\n";
    t0 = Clock::now();
    std::ofstream out(file, std::ios::binary);
    kg::write_graph_json(out, graph);
    out.close();
    std::cout << "write      " << seconds_since(t0) << " s (" << std::filesystem::file_size(file) / 1000000
              << " MB)\n";
  }
  t0 = Clock::now();
  auto graph = kg::load_graph_json(file);
  std::cout << "load       " << seconds_since(t0) << " s (peak RSS so far " << peak_rss_mb() << " MB)\n";
  t0 = Clock::now();
  const kg::PathIndex index(graph);
  std::cout << "path index " << seconds_since(t0) << " s\n";

  std::mt19937_64 rng(7);
  std::uniform_int_distribution<kg::NodeId> pick(0, static_cast<kg::NodeId>(graph.node_count() - 1));
  for (bool weighted : {false, true}) {  // the slow weighted searches last
    for (std::size_t k : {1u, 3u}) {
      kg::PathOptions options;
      options.k = k;
      options.weighted = weighted;
      t0 = Clock::now();
      kg::PathFinder finder(index, options);
      double setup = seconds_since(t0);
      std::size_t found = 0, hops = 0;
      t0 = Clock::now();
      for (std::size_t q = 0; q < queries; ++q) {
        auto paths = finder.find(pick(rng), pick(rng));
        found += paths.size();
        if (!paths.empty()) hops += paths.front().edges.size();
      }
      double total = seconds_since(t0);
      std::cout << "path k=" << k << (weighted ? " weighted  " : "           ") << "setup " << setup * 1000 << " ms, "
                << total / static_cast<double>(queries) * 1000 << " ms/query (" << found << " paths, mean "
                << static_cast<double>(hops) / static_cast<double>(queries) << " hops)\n";
    }
  }
  std::cout << "peak RSS   " << peak_rss_mb() << " MB\n";
  std::filesystem::remove(file);
  return 0;
}
