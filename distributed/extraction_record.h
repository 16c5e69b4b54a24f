#pragma once
// What a rank tells the resolving rank about its share, one record per event in input
// order: a document (what DocumentIds needs to admit it, its warnings, its CompactDocument
// encoded by graph/compact_codec.h),
// warnings about an input as a whole (bad JSON Lines lines), or the error that stopped the
// rank. The resolving rank replays the records of rank 0, then rank 1, ... exactly as a
// one-process build meets them, so warnings, skipped repeats and the graph come out the same.
#include <cstdint>
#include <string>
#include <vector>

#include "distributed/wire_buffer.h"
#include "extract/document.h"
#include "extract/input_error.h"

namespace kg::distributed {

struct ExtractionRecord {
  enum class Kind { document, warnings, error };
  Kind kind = Kind::document;
  /// document: id, path, date, source and url as read; `text` is a digest of the text, which
  /// is all cli::DocumentIds looks at to tell a repeat with the same content from another one.
  Document identity;
  std::vector<std::string> warnings;  // document: printed only if it is admitted
  std::string compact;                // document: encode_compact's bytes
  InputError error{""};
};

/// The stand-in for `doc` that ExtractionRecord::identity holds.
Document identity_of(const Document& doc);

void write_document(WireWriter& out, const Document& identity, const std::vector<std::string>& warnings,
                    std::string_view compact);
void write_warnings(WireWriter& out, const std::vector<std::string>& warnings);
/// Any exception becomes an InputError; one that is not keeps its what() as the message.
void write_error(WireWriter& out, const InputError& error);
/// Throws std::runtime_error for bytes that the writers above did not write.
ExtractionRecord read_record(WireReader& in);

}  // namespace kg::distributed
