#pragma once
// Reading input documents from the file system or a stream, with the checks a user needs
// before any read can block: missing files, directories, FIFOs, devices.
#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include "extract/document.h"

namespace kg {

/// One input as the user named it, expanded: a regular file, or "-" for stdin.
struct InputSource {
  std::filesystem::path path;  // "-" for stdin
  std::string id;              // document id: file name without extension
};

/// Expands files and directories into sources: a directory gives every *.txt, *.jsonl and
/// *.ndjson below it, each also gzip'ed (*.jsonl.gz), sorted by path. A text file's id is
/// its name without .txt (and .gz). Throws kg::InputError for a missing path or a file that
/// is not a regular file. Duplicate text ids get their parent folder prefixed ("a/x", "b/x").
std::vector<InputSource> expand_inputs(const std::vector<std::string>& inputs);

/// The default cap on one input's size (files and stdin alike): 256 MiB. Work and memory
/// are linear in it; offsets into a document are 32-bit.
inline constexpr std::uint64_t kDefaultMaxInputBytes = 256ull << 20;

/// Reads one source fully. A file named *.gz, and stdin when it starts with gzip's magic
/// bytes, is decompressed (extract/gzip_reader.h); `max_bytes` and the text checks apply to
/// the decompressed bytes. Throws kg::InputError (naming the file, "<stdin>" for "-", and a
/// byte offset where one exists) if it cannot be opened or read, is not a regular file (a
/// FIFO swapped in after expand_inputs; opened without blocking), is larger than
/// `max_bytes`, is truncated or corrupt gzip data (at its compressed byte offset), or is not
/// text (see refuse_non_text in extract/text_check.h, checked on the first bytes before the
/// rest is read).
Document read_document(const InputSource& source, std::uint64_t max_bytes = kDefaultMaxInputBytes);

}  // namespace kg
