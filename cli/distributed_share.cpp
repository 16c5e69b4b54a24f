#include "cli/distributed_share.h"

#include <mutex>
#include <optional>

#include "cli/build_inputs.h"
#include "cli/distributed_headers.h"
#include "cli/parallel_each.h"
#include "distributed/extraction_record.h"
#include "extract/jsonl_reader.h"
#include "extract/text_check.h"
#include "graph/compact_codec.h"
#include "graph/graph_builder.h"

namespace kg::cli {
namespace {

using distributed::Piece;
using distributed::WireWriter;

StdinFormat stdin_format_of(const std::string& name) {
  return name == "text" ? StdinFormat::text : name == "jsonl" ? StdinFormat::jsonl : StdinFormat::detect;
}

// The documents of the lines of one part of a JSON Lines file, numbered as in the whole file.
std::vector<Document> parse_part(const InputSource& source, const JsonlPart& part, bool strict,
                                 std::vector<std::string>& warnings) {
  const std::string file = source.path.string();
  if (part.lines.offset == 0) refuse_non_text(std::string_view(part.lines.bytes).substr(0, kSniffBytes), file);
  JsonlDocuments parsed = parse_jsonl(part.lines.bytes, file);
  const std::uint64_t shift = part.first_line - 1;
  for (const auto& problem : parsed.problems) {
    const std::uint64_t line = problem.line + shift;
    if (strict) throw InputError(problem.message + " (--strict)", file, line, problem.column);
    warnings.push_back(file + ":" + std::to_string(line) + ":" + std::to_string(problem.column) + ": " +
                       problem.message + "; line skipped");
  }
  for (auto& doc : parsed.documents) {  // "FILE:LINE", the line counted from the part's start
    const std::uint64_t line = std::stoull(doc.path.substr(file.size() + 1));
    doc.path = file + ":" + std::to_string(line + shift);
  }
  return std::move(parsed.documents);
}

// Thrown when a lower rank failed: nothing this rank does can matter any more.
struct Stopped {};

class ShareExtractor {
 public:
  ShareExtractor(const DistributedBuildRequest& request, int rank, bool keep_compact, unsigned jobs,
                 Progress& progress, const std::function<bool()>& stop)
      : request_(request), rank_(rank), keep_compact_(keep_compact), jobs_(jobs), progress_(progress), stop_(stop) {}

  void add(Document doc, std::uint64_t bytes) {
    batch_bytes_ += doc.text.size();
    batch_.push_back({std::move(doc), std::nullopt, bytes});
    if (batch_.size() >= kBatchDocuments || batch_bytes_ >= kBatchBytes) flush();
  }
  void add(const InputSource& source, std::uint64_t bytes) {
    batch_bytes_ += bytes;
    batch_.push_back({Document{}, source, bytes});
    if (batch_.size() >= kBatchDocuments || batch_bytes_ >= kBatchBytes) flush();
  }
  void add_all(std::vector<Document> docs, std::uint64_t bytes) {
    const std::uint64_t n = docs.size();
    for (std::uint64_t i = 0; i < n; ++i) add(std::move(docs[i]), bytes / n + (i < bytes % n ? 1 : 0));
  }
  void warn(const std::vector<std::string>& warnings) {
    if (warnings.empty()) return;
    flush();  // in input order: after the documents before them
    WireWriter record;
    distributed::write_warnings(record, warnings);
    share_.headers.add(record.bytes());
  }
  // Extracts the batch; throws the first error in input order, after writing what came before.
  // Each document's text is freed and its extraction written to disk as soon as it is
  // extracted, so a batch holds only its records for rank 0 (some 2.3 KB a document).
  void flush() {
    if (stop_()) throw Stopped{};
    std::vector<WireWriter> out(batch_.size());
    std::vector<DocumentSpill::Span> spans(batch_.size());
    std::vector<std::size_t> facts(batch_.size());
    std::mutex spill;
    auto errors = parallel_each(batch_.size(), jobs_, [&](std::size_t i) {
      Entry& e = batch_[i];
      if (e.source) e.doc = read_document(*e.source, request_.max_input_bytes);
      std::vector<std::string> warnings;
      std::string compact = encode_compact(GraphBuilder::prepare(request_.extract(e.doc, warnings)));
      // The header is made from the decoded bytes, what the other phases read back.
      auto doc = decode_compact(compact, "the extraction of " + e.doc.path + " on rank " + std::to_string(rank_));
      WireWriter header;
      write_header(header, doc, keep_compact_ ? std::string_view(compact) : std::string_view());
      distributed::write_document(out[i], distributed::identity_of(e.doc), warnings, header.bytes());
      facts[i] = doc.facts.size();
      e.doc = Document{};
      {
        std::lock_guard<std::mutex> lock(spill);
        spans[i] = share_.spilled.write(compact);
      }
      progress_.advance(1, e.input_bytes);
    });
    for (std::size_t i = 0; i < batch_.size(); ++i) {
      if (errors[i]) std::rethrow_exception(errors[i]);
      share_.headers.add(out[i].bytes());
      out[i] = {};
      share_.spilled.push(spans[i], facts[i]);
      ++share_.documents;
      share_.input_bytes += batch_[i].input_bytes;
    }
    batch_.clear();
    batch_bytes_ = 0;
  }
  RankShare result(std::optional<InputError> error) {
    share_.headers.finish();
    return {std::move(share_.headers), std::move(share_.spilled), std::move(error), share_.documents,
            share_.input_bytes};
  }

 private:
  struct Entry {
    Document doc;
    std::optional<InputSource> source;  // set: a text file still to be read
    std::uint64_t input_bytes = 0;
  };
  struct Share {
    HeaderSpill headers;
    DocumentSpill spilled;
    std::uint64_t documents = 0, input_bytes = 0;
  };
  // Smaller than a one-process build's batch (cli/batched_build.h): the batch's texts and
  // extractions are not held, so it is only how often the ranks check for a lower rank's error.
  static constexpr std::size_t kBatchDocuments = 256;
  static constexpr std::size_t kBatchBytes = std::size_t{16} << 20;
  const DistributedBuildRequest& request_;
  int rank_;
  bool keep_compact_;
  unsigned jobs_;
  Progress& progress_;
  const std::function<bool()>& stop_;
  std::vector<Entry> batch_;
  std::size_t batch_bytes_ = 0;
  Share share_;
};

}  // namespace

InputError as_input_error(const std::exception_ptr& error) {
  try {
    std::rethrow_exception(error);
  } catch (const InputError& e) {
    return e;
  } catch (const std::bad_alloc&) {
    return InputError("out of memory");
  } catch (const std::exception& e) {
    return InputError(e.what());
  }
}

RankShare extract_share(const DistributedBuildRequest& request, int rank, bool keep_compact,
                        const std::vector<InputSource>& sources, const std::vector<std::uint64_t>& sizes,
                        const std::vector<Piece>& pieces, std::vector<JsonlPart>& parts, unsigned jobs,
                        Progress& progress, const std::function<bool()>& stop) {
  ShareExtractor share(request, rank, keep_compact, jobs, progress, stop);
  const InputOptions options{request.strict, request.max_input_bytes, stdin_format_of(request.stdin_format)};
  try {
    for (std::size_t p = 0; p < pieces.size(); ++p) {
      if (stop()) throw Stopped{};
      const Piece& piece = pieces[p];
      const InputSource& source = sources[piece.input];
      std::vector<std::string> warnings;
      if (piece.whole && !is_jsonl_path(source.path)) {
        share.add(source, sizes[piece.input]);
        continue;
      }
      std::vector<Document> docs = piece.whole ? read_source(source, options, warnings)
                                               : parse_part(source, parts[p], request.strict, warnings);
      parts[p] = {};  // its text lives on in the documents, a batch at a time
      share.warn(warnings);
      std::uint64_t bytes = piece.whole ? sizes[piece.input] : piece.end - piece.begin;
      if (docs.empty()) progress.advance(0, bytes);
      share.add_all(std::move(docs), bytes);
    }
    share.flush();
  } catch (const Stopped&) {
    return share.result(std::nullopt);
  } catch (...) {
    return share.result(as_input_error(std::current_exception()));
  }
  return share.result(std::nullopt);
}

}  // namespace kg::cli
