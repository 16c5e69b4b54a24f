// kgraph stats GRAPH.json [--format text|json]: counts, components, central entities.
#include <iostream>
#include <memory>
#include <string>

#include "cli/command.h"
#include "cli/graph_loader.h"
#include "extract/input_error.h"
#include "graph/graph_json.h"
#include "query/graph_stats.h"
#include "store/store_reader.h"

namespace kg::cli {
namespace {

struct StatsCommandOptions {
  std::string graph, format = "text";
  StatsOptions stats;
};

int run_stats(const StatsCommandOptions& options) {
  // It prints no evidence text: a store's skeleton holds all it needs.
  KnowledgeGraph graph = is_store_path(options.graph) ? GraphStore(options.graph).load_skeleton()
                                                      : load_graph_json(options.graph);
  GraphStats stats = compute_stats(graph, options.stats);
  if (options.format == "json") write_stats_json(std::cout, graph, stats);
  else write_stats_text(std::cout, graph, stats);
  std::cout.flush();
  if (!std::cout) throw InputError("cannot write to standard output");
  return 0;
}

}  // namespace

Command add_stats_command(CLI::App& app) {
  auto options = std::make_shared<StatsCommandOptions>();
  auto* sub = app.add_subcommand("stats", "Summarise a graph: counts by type and relation, connected components, "
                                          "top entities by degree and betweenness.");
  sub->add_option("graph", options->graph, "graph file or store written by 'kgraph build -o X.json' or '-o X.kgdb'")->required();
  sub->add_option("--format", options->format, "output format")
      ->check(CLI::IsMember({"text", "json"}))
      ->default_val("text");
  sub->add_option("--top", options->stats.top, "how many entities to rank")->default_val(10);
  sub->add_option("--betweenness-max-nodes", options->stats.betweenness_max_nodes,
                  "skip betweenness (O(nodes x edges)) on larger graphs")
      ->default_val(20000);
  return {sub, [options] { return run_stats(*options); }};
}

}  // namespace kg::cli
