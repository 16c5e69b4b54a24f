#pragma once
// The documents one `kgraph build` reads: a text file is one document, a JSON Lines file
// (extract/jsonl_reader.h) holds one per line. Every document id is used once.
#include <cstdint>
#include <string>
#include <vector>

#include "extract/document.h"
#include "extract/document_reader.h"

namespace kg::cli {

struct InputOptions {
  bool strict = false;  // a bad JSONL line refuses the run instead of being skipped
  std::uint64_t max_input_bytes = kDefaultMaxInputBytes;
};

/// Reads every source, in order. A bad JSONL line adds a warning "FILE:LINE:COL: message;
/// line skipped" to `warnings`, or, with `strict`, throws kg::InputError at that position.
/// Throws kg::InputError for an input that cannot be read (see read_document).
std::vector<Document> read_inputs(const std::vector<InputSource>& sources, const InputOptions& options,
                                  std::vector<std::string>& warnings);

/// Appends the `fresh` documents to `documents`, except one whose id is already there (from
/// `graph`, the graph being added to, or an earlier input): that one is skipped with a
/// warning, so its evidence is never counted twice.
void add_documents(std::vector<Document>& documents, std::vector<Document> fresh, const std::string& graph,
                   std::vector<std::string>& warnings);

}  // namespace kg::cli
