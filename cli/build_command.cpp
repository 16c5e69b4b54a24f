// kgraph build INPUT... -o OUT...: check, read, extract (in parallel), resolve, write.
// A run either succeeds (every output written) or refuses (exit 2, no output changed).
#include <algorithm>
#include <cctype>
#include <chrono>
#include <cstdint>
#include <iostream>
#include <iterator>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <thread>

#include "cli/build_inputs.h"
#include "cli/command.h"
#include "cli/distributed_build.h"  // issue 15 hook: mpirun -n N kgraph build
#include "cli/document_store.h"
#include "cli/output_file.h"
#include "cli/output_formats.h"
#include "cli/parallel_each.h"
#include "cli/progress.h"
#include "extract/document_reader.h"
#include "extract/extractor.h"
#include "extract/input_error.h"
#include "extract/jsonl_reader.h"
#include "extract/name_cap.h"
#include "extract/text_check.h"
#include "graph/compact_codec.h"
#include "graph/graph_builder.h"

namespace kg::cli {
namespace {

namespace fs = std::filesystem;

struct BuildOptions {
  std::vector<std::string> inputs;
  std::vector<std::string> outputs;
  std::string into;  // a graph file documents are added to (with its documents file)
  unsigned jobs = 0;
  bool explain = false;
  bool quiet = false;
  bool strict = false;
  bool progress = false;  // --progress: shown even when stderr is not a terminal
  std::uint64_t max_input_bytes = kDefaultMaxInputBytes;
  std::string stdin_format = "auto";
};

std::string plural(std::uint64_t n, const std::string& word) {
  return std::to_string(n) + " " + word + (n == 1 ? "" : "s");
}

// One input checked and extracted, with the warnings it deserves.
DocumentExtraction extract_one(const Document& doc, const BuildOptions& options,
                               std::vector<std::string>& warnings) {
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
  for (EdgeId e = 0; e < graph.edge_count(); ++e) ++relations[std::string(to_string(graph.edge(e).relation))];
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

// Reads, checks and extracts the inputs a batch at a time and hands every extraction to the
// graph builder in input order: only one batch of texts is held at once (all of them with
// --into, whose documents file keeps them). Text files are read on the worker threads too.
// Errors and warnings come out in input order, whatever the thread timing. Each document
// carries its share of the input bytes, which `progress` counts once it is extracted.
class BatchedBuild {
 public:
  BatchedBuild(const BuildOptions& options, unsigned jobs, Progress& progress)
      : options_(options), jobs_(jobs), progress_(progress), ids_(options.into) {}

  /// Keeps every document's compact extraction, encoded, for the stores among the outputs.
  void keep_extractions() { keep_extractions_ = true; }
  /// A document of the store documents are added to (--into GRAPH.kgdb): its extraction as
  /// kept there, resolved again, never extracted again.
  void add_extracted(const std::string& id, std::string bytes) {
    auto doc = decode_compact(bytes, options_.into + ": document " + id);
    sentences_ += doc.info.sentences;
    builder_.add(std::move(doc));
    ++documents_;
    in_store_.insert(id);
    if (keep_extractions_) extractions_.documents.emplace_back(id, std::move(bytes));
  }

  /// A document already read: from a JSON Lines file, stdin, or the --into store (`stored`).
  void add(Document doc, bool stored, std::uint64_t input_bytes) {
    if (batch_ids_.count(doc.id)) flush();  // a text file of this batch has the id: it came first
    if (in_store(doc, warnings_)) {
      progress_.advance(1, input_bytes);
      return;
    }
    if (stored) ids_.add_stored(doc);
    else if (!ids_.admit(doc, warnings_)) {
      progress_.advance(1, input_bytes);
      return;
    }
    batch_bytes_ += doc.text.size();
    batch_.push_back({std::move(doc), std::nullopt, stored, false, input_bytes});
    if (batch_.size() >= kBatchDocuments || batch_bytes_ >= kBatchBytes) flush();
  }
  /// A text file, read by a worker; its id is checked once it is read.
  void add(const InputSource& source, std::uint64_t file_bytes) {
    batch_bytes_ += file_bytes;
    // An id seen before is skipped once its text is read (for the warning), never extracted.
    bool repeated = ids_.contains(source.id) || in_store_.count(source.id) || !batch_ids_.insert(source.id).second;
    batch_.push_back({Document{}, source, false, repeated, file_bytes});
    if (batch_.size() >= kBatchDocuments || batch_bytes_ >= kBatchBytes) flush();
  }
  std::vector<std::string>& warnings() { return warnings_; }

  void flush() {
    print(warnings_);
    warnings_.clear();
    std::vector<detail::CompactDocument> results(batch_.size());
    std::vector<std::string> encoded(keep_extractions_ ? batch_.size() : 0);
    std::vector<std::vector<std::string>> warnings(batch_.size());
    BuildOptions stored_options = options_;
    stored_options.strict = false;  // a stored text was accepted when it was added
    rethrow_first(parallel_each(batch_.size(), jobs_, [&](std::size_t i) {
      Entry& e = batch_[i];
      if (e.source) e.doc = read_document(*e.source, options_.max_input_bytes);
      if (!e.repeated)
        results[i] = GraphBuilder::prepare(extract_one(e.doc, e.stored ? stored_options : options_, warnings[i]));
      if (!e.repeated && keep_extractions_) encoded[i] = encode_compact(results[i]);
      progress_.advance(1, e.input_bytes);
    }));
    for (std::size_t i = 0; i < batch_.size(); ++i) {
      Entry& e = batch_[i];
      if (e.source && (in_store(e.doc, warnings_) || !ids_.admit(e.doc, warnings_))) {  // reported, skipped
        print(warnings_);
        warnings_.clear();
        continue;
      }
      if (!e.stored) print(warnings[i]);  // a stored text's warnings were given when it was added
      sentences_ += results[i].info.sentences;
      if (keep_extractions_) extractions_.documents.emplace_back(e.doc.id, std::move(encoded[i]));
      builder_.add(std::move(results[i]));
      ++documents_;
      if (!options_.into.empty() && !names_store(options_.into)) kept_.push_back(std::move(e.doc));
    }
    batch_.clear();
    batch_ids_.clear();
    batch_bytes_ = 0;
  }

  std::size_t documents() const { return documents_; }
  std::size_t sentences() const { return sentences_; }
  GraphBuilder& builder() { return builder_; }
  const std::vector<Document>& kept() const { return kept_; }
  /// The extractions kept (keep_extractions), sorted by document id, with their version.
  const StoredExtractions& extractions() {
    std::sort(extractions_.documents.begin(), extractions_.documents.end());
    extractions_.version = extraction_version();
    return extractions_;
  }

 private:
  struct Entry {
    Document doc;
    std::optional<InputSource> source;  // set: a text file still to be read
    bool stored = false;
    bool repeated = false;              // its id came earlier: read for the warning, not extracted
    std::uint64_t input_bytes = 0;      // its share of the input, for the progress line
  };
  void print(const std::vector<std::string>& warnings) {
    for (const auto& w : warnings) progress_.print("kgraph: warning: " + w);
  }
  // A document whose id the store being added to holds: reported, skipped.
  bool in_store(const Document& doc, std::vector<std::string>& warnings) const {
    if (!in_store_.count(doc.id)) return false;
    warnings.push_back(doc.path + ": document \"" + doc.id + "\" is already in " + options_.into +
                       "; skipped (the first one is kept)");
    return true;
  }
  static constexpr std::size_t kBatchDocuments = 1024;
  static constexpr std::size_t kBatchBytes = std::size_t{64} << 20;
  const BuildOptions& options_;
  unsigned jobs_;
  Progress& progress_;
  DocumentIds ids_;
  std::vector<std::string> warnings_;
  std::vector<Entry> batch_;
  std::set<std::string> batch_ids_;  // ids of the text files in this batch
  std::set<std::string> in_store_;   // ids of the documents of the --into store
  bool keep_extractions_ = false;
  StoredExtractions extractions_;
  std::vector<Document> kept_;
  std::size_t batch_bytes_ = 0, documents_ = 0, sentences_ = 0;
  GraphBuilder builder_;
};

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

int run_build(const BuildOptions& options) {
  // issue 15 hook: under mpirun the ranks build together (cli/distributed_build.h), checking and extracting as below.
  if (launched_by_mpirun())
    return run_distributed_build({options.inputs, options.outputs, options.into, options.jobs, options.explain,
                                  options.quiet, options.strict, options.progress, options.max_input_bytes,
                                  options.stdin_format, check_outputs, check_inputs_are_not_outputs,
                                  [&](const Document& doc, std::vector<std::string>& warnings) {
                                    return extract_one(doc, options, warnings);
                                  }});
  PhaseClock clock;
  auto outputs = options.outputs;
  if (!options.into.empty()) outputs.push_back(options.into);
  if (outputs.empty()) throw InputError("no output: name one with -o OUT or --into GRAPH.json");
  check_outputs(outputs);
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
    for (auto& [id, bytes] : load_stored_extractions(options.into).documents) build.add_extracted(id, std::move(bytes));
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
  clock.lap("read+extract");
  if (build.documents() == 0) throw InputError("no input documents: every JSON Lines input was empty or refused");
  progress.phase("resolving");
  auto resolved = build.builder().build();
  clock.lap("resolve");
  progress.phase("writing");
  std::vector<OutputJob> writes;
  const StoredExtractions& extractions = build.extractions();
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
  return {sub, [options] { return run_build(*options); }};
}

}  // namespace kg::cli
