#pragma once
// What kind of bytes an input holds, decided before extraction: text we read, or data we
// refuse (UTF-16/UTF-32, binary files), and the facts about text that deserve a warning
// (ill-formed UTF-8, nothing but whitespace).
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace kg {

/// How many leading bytes `refuse_non_text` looks at; enough to tell, small enough to be quick.
inline constexpr std::size_t kSniffBytes = 8192;

/// Throws kg::InputError naming `file` and a byte offset when `head` (the first bytes of an
/// input, at most kSniffBytes are read) is UTF-16 or UTF-32 (by byte order mark, or by NUL
/// bytes in every other position), a well-known binary format (by magic number), or mostly
/// control bytes (more than 1 in 32, counting NUL and C0 controls other than whitespace).
void refuse_non_text(std::string_view head, const std::string& file);

struct TextFacts {
  std::uint64_t invalid_sequences = 0;  // ill-formed UTF-8, one per maximal subpart
  std::uint64_t first_invalid = 0;      // byte offset of the first one
  bool blank = false;                   // empty, or only a BOM and ASCII whitespace
};

/// Scans the whole text once. Counts ill-formed UTF-8 the way NormalizedText replaces it
/// (Unicode's "maximal subpart" practice, one U+FFFD each).
TextFacts scan_text(std::string_view bytes);

/// `bytes` with each ill-formed UTF-8 sequence replaced by U+FFFD, for echoing user input
/// (arguments, names) in messages.
std::string repair_utf8(std::string_view bytes);

}  // namespace kg
