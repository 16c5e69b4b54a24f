// kgraph neighbors GRAPH.json ENTITY [--depth N] [--format text|json]
// Exit 0 when the entity has neighbours, 1 when it has none, 2 on bad input.
#include <iostream>
#include <memory>
#include <string>

#include "cli/command.h"
#include "cli/graph_loader.h"
#include "extract/input_error.h"
#include "graph/graph_json.h"
#include "query/entity_lookup.h"
#include "query/neighbors.h"
#include "store/store_reader.h"

namespace kg::cli {
namespace {

struct NeighborsOptions {
  std::string graph, entity, format = "text";
  std::size_t depth = 1;
};

int run_neighbors(const NeighborsOptions& options) {
  // It prints no evidence text: a store's skeleton holds all it needs.
  KnowledgeGraph graph = is_store_path(options.graph) ? GraphStore(options.graph).load_skeleton()
                                                      : load_graph_json(options.graph);
  NodeId centre = lookup_entity(graph, options.entity);
  auto neighbors = find_neighbors(graph, centre, options.depth);
  if (neighbors.empty()) {
    std::cerr << "kgraph: " << graph.node(centre).label << " has no neighbours within " << options.depth
              << (options.depth == 1 ? " hop\n" : " hops\n");
    return 1;
  }
  if (options.format == "json") write_neighbors_json(std::cout, graph, centre, options.depth, neighbors);
  else write_neighbors_text(std::cout, graph, centre, options.depth, neighbors);
  std::cout.flush();
  if (!std::cout) throw InputError("cannot write to standard output");
  return 0;
}

}  // namespace

Command add_neighbors_command(CLI::App& app) {
  auto options = std::make_shared<NeighborsOptions>();
  auto* sub = app.add_subcommand("neighbors", "List the entities around one entity and the facts linking them.");
  sub->add_option("graph", options->graph, "graph file or store written by 'kgraph build -o X.json' or '-o X.kgdb'")->required();
  sub->add_option("entity", options->entity, "entity name (case, accents and look-alike letters do not matter)")
      ->required();
  sub->add_option("--depth", options->depth, "how many hops out")->check(CLI::PositiveNumber)->default_val(1);
  sub->add_option("--format", options->format, "output format")
      ->check(CLI::IsMember({"text", "json"}))
      ->default_val("text");
  return {sub, [options] { return run_neighbors(*options); }};
}

}  // namespace kg::cli
