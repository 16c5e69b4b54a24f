// kgraph subgraph GRAPH.json ENTITY... [--depth N] -o OUT.(graphml|dot|json)
// Writes the entities within N hops of the named ones, with every fact between them.
#include <memory>
#include <string>
#include <vector>

#include "cli/command.h"
#include "cli/graph_loader.h"
#include "cli/output_formats.h"
#include "query/entity_lookup.h"
#include "query/subgraph.h"

namespace kg::cli {
namespace {

struct SubgraphOptions {
  std::string graph, output;
  std::vector<std::string> entities;
  std::size_t depth = 1;
};

int run_subgraph(const SubgraphOptions& options) {
  check_output_path(options.output);  // before the (possibly long) load
  KnowledgeGraph graph = load_graph(options.graph);
  std::vector<NodeId> seeds;
  for (const auto& name : options.entities) seeds.push_back(lookup_entity(graph, name));
  write_output(options.output, extract_subgraph(graph, neighborhood(graph, seeds, options.depth)));
  return 0;
}

}  // namespace

Command add_subgraph_command(CLI::App& app) {
  auto options = std::make_shared<SubgraphOptions>();
  auto* sub = app.add_subcommand("subgraph", "Write the part of a graph around some entities to a file.");
  sub->add_option("graph", options->graph, "graph file or store written by 'kgraph build -o X.json' or '-o X.kgdb'")->required();
  sub->add_option("entities", options->entities, "entity names")->required();
  sub->add_option("--depth", options->depth, "how many hops around the entities")->default_val(1);
  sub->add_option("-o,--output", options->output, "output file; the extension picks the format (" +
                                                      known_output_extensions() + ")")
      ->required();
  return {sub, [options] { return run_subgraph(*options); }};
}

}  // namespace kg::cli
