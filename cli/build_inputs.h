#pragma once
// The documents one `kgraph build` reads: a text file is one document, a JSON Lines file
// (extract/jsonl_reader.h) holds one per line. Every document id is used once.
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "extract/document.h"
#include "extract/document_reader.h"

namespace kg::cli {

/// What stdin holds (--stdin-format): told by its first byte, one text, or JSON Lines.
enum class StdinFormat { detect, text, jsonl };

struct InputOptions {
  bool strict = false;  // a bad JSONL line refuses the run instead of being skipped
  std::uint64_t max_input_bytes = kDefaultMaxInputBytes;
  StdinFormat stdin_format = StdinFormat::detect;
};

/// True when stdin's `bytes` are to be read as JSON Lines: with StdinFormat::jsonl, or, with
/// detect, when the first byte after a byte order mark and white space is '{' (an article
/// does not start with a brace; a JSON Lines file does).
bool stdin_is_jsonl(std::string_view bytes, StdinFormat format);

/// Reads one source: a text file (or text on stdin) is one document, a JSON Lines file (or
/// JSON Lines on stdin, see stdin_is_jsonl) one per line, gzip'ed or not. A bad JSONL line
/// adds a warning "FILE:LINE:COL: message; line skipped" to `warnings`, or, with `strict`,
/// throws kg::InputError at that position. Throws kg::InputError for an input that cannot be
/// read (see read_document).
std::vector<Document> read_source(const InputSource& source, const InputOptions& options,
                                  std::vector<std::string>& warnings);

/// The document ids one build has seen, so that a document whose id is already there (in
/// `graph`, the graph being added to, or from an earlier input) is skipped with a warning and
/// its evidence never counted twice. Keeps a digest of each document, not its text.
class DocumentIds {
 public:
  explicit DocumentIds(std::string graph) : graph_(std::move(graph)) {}
  /// A document kept with the graph being added to.
  void add_stored(const Document& doc);
  /// True for a fresh id; false, with a warning, for one seen before.
  bool admit(const Document& doc, std::vector<std::string>& warnings);
  bool contains(const std::string& id) const { return seen_.count(id) != 0; }

 private:
  struct Seen {
    std::size_t digest;
    std::string path;
    bool stored;
  };
  std::string graph_;
  std::unordered_map<std::string, Seen> seen_;
};

}  // namespace kg::cli
