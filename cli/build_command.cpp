// kgraph build INPUT... -o OUT...: check, read, extract (in parallel), resolve, write.
// A run either succeeds (every output written) or refuses (exit 2, no output changed).
#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdint>
#include <iostream>
#include <map>
#include <memory>
#include <thread>

#include "cli/command.h"
#include "cli/output_file.h"
#include "cli/output_formats.h"
#include "extract/document_reader.h"
#include "extract/extractor.h"
#include "extract/input_error.h"
#include "extract/name_cap.h"
#include "extract/text_check.h"
#include "graph/resolver.h"

namespace kg::cli {
namespace {

namespace fs = std::filesystem;

struct BuildOptions {
  std::vector<std::string> inputs;
  std::vector<std::string> outputs;
  unsigned jobs = 0;
  bool explain = false;
  bool quiet = false;
  bool strict = false;
  std::uint64_t max_input_bytes = kDefaultMaxInputBytes;
};

std::string plural(std::uint64_t n, const std::string& word) {
  return std::to_string(n) + " " + word + (n == 1 ? "" : "s");
}

// One input read, checked and extracted, with the warnings it deserves.
DocumentExtraction extract_one(const InputSource& source, const BuildOptions& options,
                               std::vector<std::string>& warnings) {
  Document doc = read_document(source, options.max_input_bytes);
  TextFacts facts = scan_text(doc.text);
  if (facts.invalid_sequences > 0) {
    std::string what = "invalid UTF-8: " + plural(facts.invalid_sequences, "ill-formed sequence") +
                       ", the first at this offset";
    if (options.strict) throw InputError::at_offset(what + " (--strict)", doc.path, facts.first_invalid);
    warnings.push_back(doc.path + ": byte " + std::to_string(facts.first_invalid) + ": " + what +
                       "; replaced by U+FFFD");
  }
  if (facts.blank) warnings.push_back(doc.path + ": empty document (nothing but whitespace); it adds nothing");
  DocumentExtraction extraction = extract(doc);
  if (std::size_t cut = cap_entity_names(extraction))
    warnings.push_back(doc.path + ": " + plural(cut, "entity name") + " longer than " +
                       std::to_string(kMaxNameBytes) + " bytes cut at a character boundary");
  return extraction;
}

std::vector<DocumentExtraction> extract_all(const std::vector<InputSource>& sources, const BuildOptions& options,
                                            unsigned jobs) {
  std::vector<DocumentExtraction> results(sources.size());
  std::vector<std::vector<std::string>> warnings(sources.size());
  std::vector<std::exception_ptr> errors(sources.size());
  std::atomic<std::size_t> next{0};
  auto worker = [&] {
    for (std::size_t i; (i = next.fetch_add(1)) < sources.size();) {
      try {
        results[i] = extract_one(sources[i], options, warnings[i]);
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
  for (const auto& list : warnings)  // likewise in input order
    for (const auto& w : list) std::cerr << "kgraph: warning: " << w << '\n';
  return results;
}

// Every file the outputs expand to (x.csv is x.nodes.csv and x.relationships.csv) must be a
// possible output and named once; checked before any work is done.
void check_outputs(const std::vector<std::string>& outputs) {
  std::map<std::string, std::string> named_by;
  for (const auto& out : outputs) {
    check_output_path(out);
    for (const auto& file : output_files(out)) {
      check_output_target(file);
      auto [it, fresh] = named_by.emplace(fs::weakly_canonical(file).string(), out);
      if (!fresh)
        throw InputError("the same output file is named twice (by -o " + it->second + " and -o " + out + ")",
                         file.string());
    }
  }
}

void check_inputs_are_not_outputs(const std::vector<InputSource>& sources, const std::vector<std::string>& outputs) {
  for (const auto& out : outputs)
    for (const auto& file : output_files(out)) {
      std::error_code ec;
      if (!fs::exists(file, ec)) continue;
      for (const auto& s : sources)
        if (s.path != "-" && fs::equivalent(s.path, file, ec))
          throw InputError("output would overwrite the input " + s.path.string(), file.string());
    }
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
  check_outputs(options.outputs);
  auto sources = expand_inputs(options.inputs);
  if (sources.empty()) throw InputError("no input documents: the directories named hold no *.txt files");
  check_inputs_are_not_outputs(sources, options.outputs);
  unsigned jobs = options.jobs ? options.jobs : std::max(1u, std::thread::hardware_concurrency());
  auto extractions = extract_all(sources, options, jobs);
  std::size_t sentences = 0;
  for (const auto& x : extractions) sentences += x.sentence_count;
  std::size_t documents = extractions.size();
  auto resolved = build_graph(std::move(extractions));
  OutputSet files;  // all outputs or none: a failing write leaves every old file as it was
  for (const auto& out : options.outputs) stage_output(files, out, resolved.graph);
  files.commit();
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
  sub->add_flag("--strict", options->strict, "Refuse input with invalid UTF-8 (exit 2) instead of replacing it with a warning");
  sub->add_option("--max-input-bytes", options->max_input_bytes,
                  "Refuse an input (file or stdin) longer than this many bytes (default 256 MiB)");
  return {sub, [options] { return run_build(*options); }};
}

}  // namespace kg::cli
