// kgraph build INPUT... -o OUT...: read, extract (in parallel), resolve, write.
#include <algorithm>
#include <atomic>
#include <chrono>
#include <iostream>
#include <map>
#include <memory>
#include <set>
#include <thread>

#include "cli/command.h"
#include "cli/output_formats.h"
#include "extract/document_reader.h"
#include "extract/extractor.h"
#include "extract/input_error.h"
#include "graph/resolver.h"

namespace kg::cli {
namespace {

struct BuildOptions {
  std::vector<std::string> inputs;
  std::vector<std::string> outputs;
  unsigned jobs = 0;
  bool explain = false;
  bool quiet = false;
};

std::vector<DocumentExtraction> extract_all(const std::vector<InputSource>& sources, unsigned jobs) {
  std::vector<DocumentExtraction> results(sources.size());
  std::vector<std::exception_ptr> errors(sources.size());
  std::atomic<std::size_t> next{0};
  auto worker = [&] {
    for (std::size_t i; (i = next.fetch_add(1)) < sources.size();) {
      try {
        results[i] = extract(read_document(sources[i]));
      } catch (...) {
        errors[i] = std::current_exception();
      }
    }
  };
  jobs = std::max(1u, std::min<unsigned>(jobs, static_cast<unsigned>(sources.size())));
  std::vector<std::thread> threads;
  for (unsigned t = 1; t < jobs; ++t) threads.emplace_back(worker);
  worker();
  for (auto& t : threads) t.join();
  for (auto& e : errors)  // the first failing input in input order, whatever the thread timing
    if (e) std::rethrow_exception(e);
  return results;
}

void print_summary(const KnowledgeGraph& graph, std::size_t documents, std::size_t sentences, double seconds) {
  std::map<std::string, std::size_t> entities, relations;
  for (NodeId n = 0; n < graph.node_count(); ++n) ++entities[std::string(to_string(graph.node(n).type))];
  for (EdgeId e = 0; e < graph.edge_count(); ++e) ++relations[std::string(to_string(graph.edge(e).relation))];
  std::cerr << "kgraph: " << documents << " documents, " << sentences << " sentences, "
            << graph.node_count() << " entities, " << graph.edge_count() << " relations in "
            << static_cast<long long>(seconds * 1000.0) << " ms\n";
  std::cerr << "  entities:";
  for (auto& [type, n] : entities) std::cerr << ' ' << type << ' ' << n;
  std::cerr << "\n  relations:";
  for (auto& [rel, n] : relations) std::cerr << ' ' << rel << ' ' << n;
  std::cerr << '\n';
}

int run_build(const BuildOptions& options) {
  auto start = std::chrono::steady_clock::now();
  std::set<std::string> seen;
  for (const auto& out : options.outputs) {
    check_output_path(out);
    if (!seen.insert(std::filesystem::weakly_canonical(out).string()).second)
      throw InputError("the same output is named twice", out);
  }
  auto sources = expand_inputs(options.inputs);
  for (const auto& s : sources)
    for (const auto& out : options.outputs)
      if (s.path != "-" && std::filesystem::weakly_canonical(s.path) == std::filesystem::weakly_canonical(out))
        throw InputError("output would overwrite an input", out);
  unsigned jobs = options.jobs ? options.jobs : std::max(1u, std::thread::hardware_concurrency());
  auto extractions = extract_all(sources, jobs);
  std::size_t sentences = 0;
  for (const auto& x : extractions) sentences += x.sentence_count;
  std::size_t documents = extractions.size();
  auto resolved = build_graph(std::move(extractions));
  for (const auto& out : options.outputs) write_output(out, resolved.graph);
  if (options.explain)
    for (const auto& m : resolved.merges)
      std::cout << m.node << "\t<- " << m.form << "\t(" << m.reason << ")\n";
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  if (!options.quiet) print_summary(resolved.graph, documents, sentences, seconds);
  return 0;
}

}  // namespace

Command add_build_command(CLI::App& app) {
  auto options = std::make_shared<BuildOptions>();
  auto* sub = app.add_subcommand("build", "Extract entities and relations from text files and write the graph.");
  sub->add_option("inputs", options->inputs,
                  "Text files (.txt), directories (every *.txt below, in sorted order), or - for stdin")
      ->required();
  sub->add_option("-o,--output", options->outputs,
                  "Output file; its extension picks the format: " + known_output_extensions() +
                      " (kgraph's own graph file). Repeat for several formats.")
      ->required();
  sub->add_option("-j,--jobs", options->jobs, "Worker threads for extraction (default: all cores)");
  sub->add_flag("--explain", options->explain, "List every merge of two surface forms into one entity, with its reason, on stdout");
  sub->add_flag("-q,--quiet", options->quiet, "Do not print the summary on stderr");
  return {sub, [options] { return run_build(*options); }};
}

}  // namespace kg::cli
