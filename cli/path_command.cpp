// kgraph path GRAPH.json FROM TO [--k N] [--max-hops N] [--via TYPES] [--relations LIST]
//            [--weighted] [--format text|json|dot]
// Exit 0 when a path was found, 1 when there is none ("kgraph: no path between X and Y"),
// 2 on an unknown or ambiguous entity and other bad input (thrown as kg::InputError).
#include <algorithm>
#include <cctype>
#include <iostream>
#include <memory>
#include <span>
#include <sstream>
#include <string>
#include <vector>

#include "cli/command.h"
#include "export/dot_writer.h"
#include "extract/input_error.h"
#include "cli/graph_loader.h"
#include "graph/graph_json.h"
#include "query/entity_lookup.h"
#include "query/path_finder.h"
#include "query/path_format.h"
#include "query/subgraph.h"
#include "store/store_reader.h"

namespace kg::cli {
namespace {

struct PathCommandOptions {
  std::string graph, from, to;
  std::size_t k = 1;
  std::size_t max_hops = 0;
  bool has_max_hops = false;
  std::string via, relations;
  bool weighted = false;
  std::string format = "text";
};

std::vector<std::string> split_list(const std::string& text) {
  std::vector<std::string> items;
  std::istringstream in(text);
  for (std::string item; std::getline(in, item, ',');) {
    auto first = item.find_first_not_of(" \t"), last = item.find_last_not_of(" \t");
    if (first != std::string::npos) items.push_back(item.substr(first, last - first + 1));
  }
  return items;
}

std::vector<EntityType> parse_types(const std::string& text) {
  std::vector<EntityType> types;
  for (auto item : split_list(text)) {
    std::transform(item.begin(), item.end(), item.begin(), [](unsigned char c) { return std::toupper(c); });
    auto type = parse_entity_type(item);
    if (!type) throw InputError("unknown entity type \"" + item + "\" in --via (expected PERSON, ORG, GPE or EVENT)");
    types.push_back(*type);
  }
  return types;
}

std::vector<Relation> parse_relations(const std::string& text) {
  std::vector<Relation> relations;
  for (auto item : split_list(text)) {
    std::transform(item.begin(), item.end(), item.begin(), [](unsigned char c) { return std::tolower(c); });
    std::replace(item.begin(), item.end(), ' ', '_');  // "met with" as the labels spell it
    auto relation = parse_relation(item);
    if (!relation)
      throw InputError("unknown relation \"" + item + "\" in --relations (expected holds_position, member_of, "
                       "part_of, located_in, met_with, participated_in or chaired)");
    relations.push_back(*relation);
  }
  return relations;
}

// `ids`: the whole graph's ids of `graph`'s nodes when it is a part of a store (empty: its own).
void print_paths(const PathCommandOptions& options, const KnowledgeGraph& graph, NodeId from, NodeId to,
                 const std::vector<Path>& paths, std::span<const NodeId> ids = {}) {
  if (options.format == "json") {
    write_paths_json(std::cout, graph, from, to, paths, ids);
  } else if (options.format == "dot") {
    std::vector<NodeId> nodes;
    std::vector<EdgeId> edges;
    for (const auto& p : paths) {
      nodes.insert(nodes.end(), p.nodes.begin(), p.nodes.end());
      edges.insert(edges.end(), p.edges.begin(), p.edges.end());
    }
    write_dot(std::cout, extract_subgraph(graph, nodes, &edges));
  } else {
    write_paths_text(std::cout, graph, paths);
  }
  std::cout.flush();
  if (!std::cout) throw InputError("cannot write to standard output");
}

// A store is searched in its path index, read from the packed adjacency without building a
// graph (store/stored_path_index.h), its names looked up through its name index; only the
// nodes and facts printed are then read in full, renumbered, and printed with their ids.
int path_in_store(const GraphStore& store, const PathCommandOptions& options, const PathOptions& query) {
  const PathIndex index = store.path_index();
  const NodeId from = store.lookup(options.from);
  const NodeId to = store.lookup(options.to);
  PathFinder finder(index, query);
  auto paths = finder.find(from, to);
  std::vector<NodeId> nodes{from, to};
  std::vector<EdgeId> edges;
  for (const auto& p : paths) {
    nodes.insert(nodes.end(), p.nodes.begin(), p.nodes.end());
    edges.insert(edges.end(), p.edges.begin(), p.edges.end());
  }
  auto part = store.load_part(nodes, edges);
  auto local = [&](NodeId n) {  // part.nodes is ascending
    return static_cast<NodeId>(std::lower_bound(part.nodes.begin(), part.nodes.end(), n) - part.nodes.begin());
  };
  if (paths.empty()) {
    std::cerr << "kgraph: no path between " << part.graph.node(local(from)).label << " and "
              << part.graph.node(local(to)).label << "\n";
    return 1;
  }
  std::size_t next = 0;
  for (auto& p : paths) {
    for (NodeId& n : p.nodes) n = local(n);
    for (EdgeId& e : p.edges) e = part.edges[next++];
  }
  print_paths(options, part.graph, local(from), local(to), paths, part.nodes);
  return 0;
}

int run_path(const PathCommandOptions& options) {
  PathOptions query;
  query.k = options.k;
  if (options.has_max_hops) query.max_hops = options.max_hops;
  query.via = parse_types(options.via);
  query.relations = parse_relations(options.relations);
  query.weighted = options.weighted;
  if (is_store_path(options.graph)) return path_in_store(GraphStore(options.graph), options, query);
  KnowledgeGraph graph = load_graph_json(options.graph);
  NodeId from = lookup_entity(graph, options.from);
  NodeId to = lookup_entity(graph, options.to);
  PathFinder finder(graph, query);
  auto paths = finder.find(from, to);
  if (paths.empty()) {
    std::cerr << "kgraph: no path between " << graph.node(from).label << " and " << graph.node(to).label << "\n";
    return 1;
  }
  print_paths(options, graph, from, to, paths);
  return 0;
}

}  // namespace

Command add_path_command(CLI::App& app) {
  auto options = std::make_shared<PathCommandOptions>();
  auto* sub = app.add_subcommand("path", "Show how two entities are connected, with the evidence for every hop.");
  sub->add_option("graph", options->graph, "graph file or store written by 'kgraph build -o X.json' or '-o X.kgdb'")->required();
  sub->add_option("from", options->from, "entity name (case, accents and look-alike letters do not matter)")
      ->required();
  sub->add_option("to", options->to, "entity name")->required();
  sub->add_option("--k", options->k, "show the k shortest loopless paths")->check(CLI::PositiveNumber)->default_val(1);
  sub->add_option_function<std::size_t>(
         "--max-hops", [options](std::size_t n) { options->max_hops = n, options->has_max_hops = true; },
         "longest path to accept")
      ->check(CLI::NonNegativeNumber);
  sub->add_option("--via", options->via, "entity types allowed between the ends, e.g. PERSON,EVENT");
  sub->add_option("--relations", options->relations, "relations that may be followed, e.g. met_with,chaired");
  sub->add_flag("--weighted", options->weighted, "prefer facts with more evidence over fewer hops");
  sub->add_option("--format", options->format, "output format")
      ->check(CLI::IsMember({"text", "json", "dot"}))
      ->default_val("text");
  return {sub, [options] { return run_path(*options); }};
}

}  // namespace kg::cli
