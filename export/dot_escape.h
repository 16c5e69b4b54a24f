#pragma once
// Quoting for Graphviz DOT ids and labels.
#include <cstddef>
#include <string>
#include <string_view>

namespace kg {

/// Graphviz rejects quoted strings longer than about 16 KB; we stay far below it.
inline constexpr std::size_t kDotQuotedMax = 4096;

/// Returns `text` as a double-quoted DOT string, always quoted so that keywords (`node`,
/// `Graph`, ...), empty strings and leading digits need no special case. Inside:
/// `"` -> `\"`; `\` -> `\\` (so `\l \n \N` in a name stay literal in a label and a
/// trailing backslash cannot escape the closing quote); LF, CR and CRLF -> the label line
/// break `\n`; TAB -> space; other control characters, U+FFFE/U+FFFF, surrogates and
/// invalid UTF-8 -> U+FFFD. When the escaped text would exceed `max_bytes` (>= 3) it is
/// cut on a code point boundary and ends with "…", the quotes not counted.
std::string dot_quote(std::string_view text, std::size_t max_bytes = kDotQuotedMax);

}  // namespace kg
