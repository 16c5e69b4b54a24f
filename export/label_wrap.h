#pragma once
// Word wrapping for labels drawn by Graphviz, which never wraps text by itself.
#include <cstddef>
#include <string>
#include <string_view>

namespace kg {

/// Breaks `text` into lines of at most `width` code points (>= 1) at spaces, joined with
/// '\n'; runs of whitespace collapse to one space; a word longer than `width` is cut on a
/// code point boundary. At most `max_lines` (>= 1) lines: if text remains, the last line
/// is shortened to end with "…".
std::string wrap_label(std::string_view text, std::size_t width = 30, std::size_t max_lines = 3);

}  // namespace kg
