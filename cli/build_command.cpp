// kgraph build INPUT... -o OUT...: check, read, extract (in parallel), resolve, write.
// A run either succeeds (every output written) or refuses (exit 2, no output changed).
#include <algorithm>
#include <cctype>
#include <chrono>
#include <cstdint>
#include <iostream>
#include <map>
#include <memory>
#include <optional>
#include <thread>

#ifdef __GLIBC__
#include <malloc.h>
#endif

#include "cli/batched_build.h"
#include "cli/build_inputs.h"
#include "cli/command.h"
#include "cli/distributed_build.h"  // issue 15 hook: mpirun -n N kgraph build
#include "cli/document_store.h"
#include "cli/output_file.h"
#include "cli/output_formats.h"
#include "cli/progress.h"
#include "extract/document_reader.h"
#include "extract/input_error.h"
#include "extract/jsonl_reader.h"

namespace kg::cli {
namespace {

namespace fs = std::filesystem;

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

// --into names kgraph's graph file, whose documents file must be writable too, or a store.
void check_into(const fs::path& graph) {
  if (names_store(graph)) return;  // it keeps its documents' extractions inside
  std::string ext = graph.extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  if (ext != ".json")
    throw InputError("--into names kgraph's graph file (.json) or store (.kgdb)", graph.string());
  check_output_target(documents_file(graph));
}

// Milliseconds of each phase of a build, for the summary.
class PhaseClock {
 public:
  void lap(const char* phase) {
    auto now = std::chrono::steady_clock::now();
    laps_.emplace_back(phase, std::chrono::duration<double, std::milli>(now - last_).count());
    last_ = now;
  }
  long long total_ms() const {
    return static_cast<long long>(std::chrono::duration<double, std::milli>(last_ - start_).count());
  }
  const std::vector<std::pair<const char*, double>>& laps() const { return laps_; }

 private:
  std::chrono::steady_clock::time_point start_ = std::chrono::steady_clock::now(), last_ = start_;
  std::vector<std::pair<const char*, double>> laps_;
};

void print_summary(const KnowledgeGraph& graph, std::size_t documents, std::size_t sentences, const PhaseClock& clock) {
  std::map<std::string, std::size_t> entities, relations;
  for (NodeId n = 0; n < graph.node_count(); ++n) ++entities[std::string(to_string(graph.node(n).type))];
  for (EdgeId e = 0; e < graph.edge_count(); ++e) ++relations[std::string(to_string(graph.relation(e)))];
  std::cerr << "kgraph: " << documents << " documents, " << sentences << " sentences, "
            << graph.node_count() << " entities, " << graph.edge_count() << " relations in "
            << clock.total_ms() << " ms\n";
  std::cerr << "  entities:";
  for (auto& [type, n] : entities) std::cerr << ' ' << type << ' ' << n;
  std::cerr << "\n  relations:";
  for (auto& [rel, n] : relations) std::cerr << ' ' << rel << ' ' << n;
  std::cerr << "\n  time:";
  for (auto& [phase, ms] : clock.laps()) std::cerr << ' ' << phase << ' ' << static_cast<long long>(ms) << " ms";
  std::cerr << '\n';
}

// Hands the pages of freed memory back to the system between phases. The extraction threads'
// allocator arenas keep what their documents' working memory used, which the next phase (on
// the main thread, in another arena) would not reuse; peak RSS then counts it twice.
void release_free_memory() {
#ifdef __GLIBC__
  ::malloc_trim(0);
#endif
}

// Bytes of a file, for the progress line; 0 when it cannot be told (it is read later anyway).
std::uint64_t size_of(const fs::path& path) {
  std::error_code ec;
  auto size = fs::file_size(path, ec);
  return ec ? 0 : static_cast<std::uint64_t>(size);
}

// The documents of one JSON Lines input (or stdin) go on with equal shares of its bytes.
void add_all(BatchedBuild& build, std::vector<Document> docs, bool stored, std::uint64_t bytes, Progress& progress) {
  if (docs.empty()) progress.advance(0, bytes);
  const std::uint64_t n = docs.size();
  for (std::uint64_t i = 0; i < n; ++i)
    build.add(std::move(docs[i]), stored, bytes / n + (i < bytes % n ? 1 : 0));
}

StdinFormat stdin_format_of(const std::string& name) {
  if (name == "text") return StdinFormat::text;
  if (name == "jsonl") return StdinFormat::jsonl;
  return StdinFormat::detect;
}

// `verbose`: the per-rank lines of a distributed build's summary (one process has none).
int run_build(const BuildOptions& options, bool verbose) {
  // issue 15 hook: under mpirun the ranks build together (cli/distributed_build.h), checking and extracting as below.
  if (launched_by_mpirun()) {
    DistributedBuildRequest request{options.inputs, options.outputs, options.into, options.jobs, options.explain,
                                    options.quiet, options.strict, options.progress, verbose, options.max_input_bytes,
                                    options.stdin_format, check_output_list, check_inputs_are_not_outputs,
                                    [&](const Document& doc, std::vector<std::string>& warnings) {
                                      return extract_one(doc, options, warnings);
                                    }};
    return run_distributed_build(request);
  }
  PhaseClock clock;
  auto outputs = options.outputs;
  if (!options.into.empty()) outputs.push_back(options.into);
  if (outputs.empty()) throw InputError("no output: name one with -o OUT or --into GRAPH.json");
  check_output_list(outputs);
  if (!options.into.empty()) check_into(options.into);
  auto sources = expand_inputs(options.inputs);
  if (sources.empty())
    throw InputError("no input documents: the directories named hold no *.txt, *.jsonl or *.ndjson files "
                     "(nor .gz ones)");
  check_inputs_are_not_outputs(sources, outputs);
  unsigned jobs = options.jobs ? options.jobs : std::max(1u, std::thread::hardware_concurrency());
  Progress progress(progress_wanted(options.progress, options.quiet));
  // Totals for the progress line: documents when each input is one, bytes unless stdin is read.
  std::uint64_t stored_bytes = options.into.empty() || names_store(options.into) ? 0 : size_of(documents_file(options.into));
  std::optional<std::uint64_t> total_documents = 0, total_bytes = stored_bytes;
  std::vector<std::uint64_t> sizes;  // of each source; 0 for stdin
  for (const auto& source : sources) {
    sizes.push_back(source.path == "-" ? 0 : size_of(source.path));
    if (source.path == "-") total_bytes.reset();
    else if (total_bytes) *total_bytes += sizes.back();
    if (source.path == "-" || is_jsonl_path(source.path)) total_documents.reset();
    else if (total_documents) ++*total_documents;
  }
  progress.set_totals(total_documents, total_bytes);
  progress.phase("reading+extracting");
  BatchedBuild build(options, jobs, progress);
  if (std::any_of(outputs.begin(), outputs.end(), [](const std::string& out) { return names_store(out); }))
    build.keep_extractions();
  std::vector<Document> stored;
  if (!options.into.empty() && names_store(options.into)) {
    each_stored_extraction(options.into, [&](const std::string& id, std::string_view bytes) { build.add_extracted(id, bytes); });
  } else if (!options.into.empty()) {
    stored = load_documents(options.into);
  }
  if (total_documents) progress.set_totals(*total_documents + stored.size(), total_bytes);
  add_all(build, std::move(stored), true, stored_bytes, progress);
  const InputOptions input_options{options.strict, options.max_input_bytes, stdin_format_of(options.stdin_format)};
  for (std::size_t i = 0; i < sources.size(); ++i) {
    const InputSource& source = sources[i];
    if (source.path != "-" && !is_jsonl_path(source.path)) {
      build.add(source, sizes[i]);
      continue;
    }
    auto docs = read_source(source, input_options, build.warnings());
    std::uint64_t bytes = sizes[i];
    if (source.path == "-")
      for (const auto& doc : docs) bytes += doc.text.size();  // near enough: no total is shown for stdin
    add_all(build, std::move(docs), false, bytes, progress);
  }
  build.flush();
  release_free_memory();
  clock.lap("read+extract");
  if (build.documents() == 0) throw InputError("no input documents: every JSON Lines input was empty or refused");
  progress.phase("resolving");
  auto resolved = build.builder().build();
  if (!options.explain) std::vector<MergeRecord>().swap(resolved.merges);  // a record per merge: not kept to write
  release_free_memory();
  resolved.graph.set_evidence_texts(build.texts());
  clock.lap("resolve");
  progress.phase("writing");
  std::vector<OutputJob> writes;
  const ExtractionRows& extractions = build.extractions();
  for (const auto& out : outputs)
    for (auto& j : output_jobs_keeping(out, resolved.graph, extractions)) writes.push_back(std::move(j));
  if (!options.into.empty() && !names_store(options.into))
    writes.push_back({documents_file(options.into), [&](std::ostream& out) { write_documents(out, build.kept()); }});
  OutputSet files;  // all outputs or none: a failing write leaves every old file as it was
  files.stage_all(writes, jobs);
  files.commit();
  clock.lap("write");
  progress.finish();
  if (options.explain)
    for (const auto& m : resolved.merges)
      std::cout << m.node << "\t<- " << m.form << "\t(" << m.reason << ")\n";
  if (!options.quiet) print_summary(resolved.graph, build.documents(), build.sentences(), clock);
  return 0;
}

}  // namespace
Command add_build_command(CLI::App& app) {
  auto options = std::make_shared<BuildOptions>();
  auto verbose = std::make_shared<bool>(false);
  auto* sub = app.add_subcommand("build", "Extract entities and relations from text files and write the graph.");
  sub->add_option("inputs", options->inputs,
                  "Text files (.txt), JSON Lines files (.jsonl, .ndjson: one {\"id\", \"text\", \"date\", \"source\", "
                  "\"url\"} per line), each also gzip'ed (.txt.gz, .jsonl.gz, .ndjson.gz); directories (every "
                  "*.txt, *.jsonl, *.ndjson below, .gz too, in sorted order); or - for stdin (text or JSON Lines, "
                  "gzip'ed or not: see --stdin-format)")
      ->required();
  sub->add_option("-o,--output", options->outputs,
                  "Output file; its extension picks the format: " + known_output_extensions() +
                      " (kgraph's own graph file). Repeat for several formats. All are written or none: a run that "
                      "fails (a full disk, a file-size limit) changes no output and leaves no temp file");
  sub->add_option("--into", options->into,
                  "Add the inputs to this graph file (created if missing) and rewrite it; its documents are kept in "
                  "GRAPH.json.docs.jsonl beside it, or, for a store (GRAPH.kgdb), their extractions inside it, so only "
                  "new documents are extracted. The result is the graph of all documents built at once; a "
                  "document whose id is already in the graph is reported and skipped");
  sub->add_option("-j,--jobs", options->jobs, "Worker threads for extraction and for writing outputs (default: all cores)");
  sub->add_flag("--explain", options->explain, "List every merge of two surface forms into one entity, with its reason, on stdout");
  sub->add_flag("-q,--quiet", options->quiet, "Do not print the summary (nor the progress line) on stderr");
  sub->add_flag("--progress", options->progress,
                "Show the progress line (phase, documents and MB done of the total, rate, elapsed time) even when "
                "stderr is not a terminal or with --quiet; it is shown on a terminal anyway");
  sub->add_option("--stdin-format", options->stdin_format,
                  "What - (stdin) holds: text (one document), jsonl (JSON Lines), or auto (default: JSON Lines when "
                  "the first byte is '{'). Gzip'ed stdin is recognized by its first bytes either way")
      ->check(CLI::IsMember({"auto", "text", "jsonl"}));
  sub->add_flag("--strict", options->strict, "Refuse input with invalid UTF-8 or a bad JSON Lines line (exit 2) instead of a warning");
  sub->add_option("--max-input-bytes", options->max_input_bytes,
                  "Refuse an input (file or stdin) longer than this many bytes (default 256 MiB)");
  sub->add_flag("--verbose", *verbose,
                "Under mpirun, add one line per rank to the summary (documents, input bytes, when it had extracted "
                "its share and finished its part, CPU, bytes sent, peak RSS); one process prints the same summary");
  return {sub, [options, verbose] { return run_build(*options, *verbose); }};
}

}  // namespace kg::cli
