// kgraph export GRAPH.kgdb -o OUT [-o OUT ...] [--jobs N]: writes a stored graph in every
// format `build` writes, byte for byte what build writes for the same documents, without
// extracting anything again. A graph file (.json) works as input too (to make a store). A
// store exported to a store keeps its documents' extractions (so `build --into` still grows
// it); a graph file has none to give.
#include <algorithm>
#include <memory>
#include <string>
#include <thread>
#include <vector>

#include "cli/command.h"
#include "cli/document_store.h"
#include "cli/graph_loader.h"
#include "cli/output_file.h"
#include "cli/output_formats.h"
#include "store/store_reader.h"

namespace kg::cli {
namespace {

struct ExportOptions {
  std::string graph;
  std::vector<std::string> outputs;
  unsigned jobs = 0;
};

int run_export(const ExportOptions& options) {
  check_output_list(options.outputs);  // before the (possibly long) load
  KnowledgeGraph graph = load_graph(options.graph);
  StoredExtractions extractions;
  if (is_store_path(options.graph) &&
      std::any_of(options.outputs.begin(), options.outputs.end(), [](const std::string& out) { return names_store(out); }))
    extractions = GraphStore(options.graph).load_extractions();
  std::vector<OutputJob> writes;
  for (const auto& out : options.outputs)
    for (auto& job : output_jobs_keeping(out, graph, extractions)) writes.push_back(std::move(job));
  unsigned jobs = options.jobs ? options.jobs : std::max(1u, std::thread::hardware_concurrency());
  OutputSet files;  // all outputs or none, as for build
  files.stage_all(writes, jobs);
  files.commit();
  return 0;
}

}  // namespace

Command add_export_command(CLI::App& app) {
  auto options = std::make_shared<ExportOptions>();
  auto* sub = app.add_subcommand("export", "Write a stored graph (.kgdb) in other formats, the same bytes as "
                                           "'kgraph build' writes, without extracting again.");
  sub->add_option("graph", options->graph, "store written by 'kgraph build -o X.kgdb' (or a graph file .json)")
      ->required();
  sub->add_option("-o,--output", options->outputs,
                  "Output file; its extension picks the format: " + known_output_extensions() +
                      ". Repeat for several formats.")
      ->required();
  sub->add_option("-j,--jobs", options->jobs, "Threads writing outputs (default: all cores)");
  return {sub, [options] { return run_export(*options); }};
}

}  // namespace kg::cli
