#pragma once
// Writes an output file so that readers never see a half-written one: the content goes to
// a temporary file beside the target, is flushed and fsync'ed, then renamed over it.
#include <filesystem>
#include <functional>
#include <ostream>

namespace kg::cli {

/// Calls `write` with a stream on a temp file next to `target`, then renames it into place.
/// On any failure the temp file is removed, `target` is untouched, and kg::InputError is
/// thrown naming `target`.
void write_atomically(const std::filesystem::path& target, const std::function<void(std::ostream&)>& write);

}  // namespace kg::cli
