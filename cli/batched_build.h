#pragma once
// The reading and extraction part of one `kgraph build` (cli/build_command.cpp): the inputs
// are read, checked and extracted a batch at a time, and every extraction goes to the graph
// builder in input order, so only one batch of texts is held at once (all of them with --into
// GRAPH.json, whose documents file keeps them).
#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "cli/build_inputs.h"
#include "cli/progress.h"
#include "extract/document.h"
#include "extract/document_extraction.h"
#include "extract/document_reader.h"
#include "graph/evidence_texts.h"
#include "graph/graph_builder.h"
#include "store/extraction_spill.h"
#include "store/stored_extractions.h"

namespace kg::cli {

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

/// One input checked and extracted, with the warnings it deserves (invalid UTF-8, an empty
/// document, names cut); throws kg::InputError for invalid UTF-8 under --strict.
DocumentExtraction extract_one(const Document& doc, const BuildOptions& options, std::vector<std::string>& warnings);

/// Text files are read on the worker threads too. Errors and warnings come out in input order,
/// whatever the thread timing. Each document carries its share of the input bytes, which
/// `progress` counts once it is extracted. Not thread-safe (it runs its own workers).
class BatchedBuild {
 public:
  BatchedBuild(const BuildOptions& options, unsigned jobs, Progress& progress)
      : options_(options), jobs_(jobs), progress_(progress), ids_(options.into) {
    builder_.keep_on_disk();  // entities and evidence wait in temp files: the graph is only written out
  }

  /// Keeps every document's compact extraction, encoded, for the stores among the outputs:
  /// in a temp file (store/extraction_spill.h), not in memory.
  void keep_extractions();
  /// A document of the store documents are added to (--into GRAPH.kgdb): its extraction as
  /// kept there, resolved again, never extracted again.
  void add_extracted(const std::string& id, std::string_view bytes);
  /// A document already read: from a JSON Lines file, stdin, or the --into graph file's
  /// documents file (`stored`).
  void add(Document doc, bool stored, std::uint64_t input_bytes);
  /// A text file, read by a worker; its id is checked once it is read.
  void add(const InputSource& source, std::uint64_t file_bytes);
  /// Where warnings found before a document is added go (printed at the next flush).
  std::vector<std::string>& warnings() { return warnings_; }
  /// Reads and extracts the batch held, hands it to the builder and drops its texts.
  void flush();

  std::size_t documents() const { return documents_; }
  std::size_t sentences() const { return sentences_; }
  GraphBuilder& builder() { return builder_; }
  /// The evidence sentences of every document added, moved out of memory as they come
  /// (graph/evidence_texts.h): the resolved graph reads them from there.
  std::shared_ptr<const EvidenceTexts> texts() const { return texts_; }
  /// The documents the --into graph file's documents file keeps.
  const std::vector<Document>& kept() const { return kept_; }
  /// The extractions kept (keep_extractions; none otherwise), with their version.
  const ExtractionRows& extractions();

 private:
  struct Entry {
    Document doc;
    std::optional<InputSource> source;  // set: a text file still to be read
    bool stored = false;
    bool repeated = false;              // its id came earlier: read for the warning, not extracted
    std::uint64_t input_bytes = 0;      // its share of the input, for the progress line
  };
  void print(const std::vector<std::string>& warnings);
  bool in_store(const Document& doc, std::vector<std::string>& warnings) const;
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
  std::unique_ptr<ExtractionSpill> spill_;  // set: keep_extractions
  StoredExtractions none_;
  StoredExtractionRows no_extractions_{none_};
  std::vector<Document> kept_;
  std::size_t batch_bytes_ = 0, documents_ = 0, sentences_ = 0;
  GraphBuilder builder_;
  std::shared_ptr<EvidenceTexts> texts_ = std::make_shared<EvidenceTexts>();
};

}  // namespace kg::cli
