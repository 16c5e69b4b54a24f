#pragma once
// Reading input documents from the file system or a stream, with the checks a user needs
// before any read can block: missing files, directories, FIFOs, devices.
#include <filesystem>
#include <istream>
#include <string>
#include <vector>

#include "extract/document.h"

namespace kg {

/// One input as the user named it, expanded: a regular file, or "-" for stdin.
struct InputSource {
  std::filesystem::path path;  // "-" for stdin
  std::string id;              // document id: file name without extension
};

/// Expands files and directories (every *.txt below, sorted by path) into sources.
/// Throws kg::InputError for a missing path or a file that is not a regular file.
/// Duplicate ids get their parent folder prefixed ("a/x" and "b/x").
std::vector<InputSource> expand_inputs(const std::vector<std::string>& inputs);

/// Reads one source fully. Throws kg::InputError if it cannot be read.
Document read_document(const InputSource& source);

}  // namespace kg
