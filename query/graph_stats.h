#pragma once
// Summary figures for a graph: what `kgraph stats` prints.
#include <cstddef>
#include <map>
#include <ostream>
#include <string>
#include <vector>

#include "graph/knowledge_graph.h"

namespace kg {

struct RankedEntity {
  NodeId node;
  double score;  // degree, or betweenness
};

struct GraphStats {
  std::size_t nodes = 0, edges = 0, documents = 0, evidence = 0;
  std::map<std::string, std::size_t> by_type, by_relation;  // sorted by name
  std::size_t components = 0, largest_component = 0, isolated = 0;
  std::vector<RankedEntity> by_degree;       // best first, ties by id
  std::vector<RankedEntity> by_betweenness;  // empty when skipped
  bool betweenness_skipped = false;          // graph above the size limit
};

struct StatsOptions {
  std::size_t top = 10;
  // Brandes' algorithm is O(nodes * edges): above this many nodes it is skipped.
  std::size_t betweenness_max_nodes = 20000;
};

/// Counts, connected components (facts taken as undirected) and the top entities by
/// degree (number of distinct neighbours) and by betweenness centrality (Brandes, BGL;
/// each unordered pair counted once).
GraphStats compute_stats(const KnowledgeGraph& graph, const StatsOptions& options = {});

void write_stats_text(std::ostream& out, const KnowledgeGraph& graph, const GraphStats& stats);
void write_stats_json(std::ostream& out, const KnowledgeGraph& graph, const GraphStats& stats);

}  // namespace kg
