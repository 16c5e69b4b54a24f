#pragma once
// Decoding UTF-8 one code point at a time, for the escaping units. Each output syntax has
// its own idea of which characters are unwelcome, so this unit only says what the bytes
// are; the escapers decide what to do with them.
#include <cstddef>
#include <string>
#include <string_view>

namespace kg::utf8 {

/// One step of decoding. `length` is always >= 1 so callers always make progress.
struct Decoded {
  char32_t code_point = 0;  // kInvalid when the bytes are not UTF-8
  std::size_t length = 1;   // bytes consumed
};

inline constexpr char32_t kInvalid = 0xFFFFFFFF;
inline constexpr std::string_view kReplacement = "\xEF\xBF\xBD";  // U+FFFD

/// Decodes the code point starting at `text[pos]` (pos < text.size()). Malformed input
/// (stray continuation bytes, overlong forms, values above U+10FFFF, truncated sequences)
/// yields kInvalid for its maximal ill-formed prefix, so one bad sequence becomes one
/// replacement character. Surrogates (ED A0..BF xx, as written by CESU-8 and WTF-8) are
/// decoded to their code point D800..DFFF rather than rejected, so that a caller can
/// replace each one with a single U+FFFD instead of three.
Decoded decode(std::string_view text, std::size_t pos);

inline bool is_surrogate(char32_t cp) { return cp >= 0xD800 && cp <= 0xDFFF; }

/// Appends `cp` (not a surrogate, not kInvalid) encoded as UTF-8.
void append(std::string& out, char32_t cp);

}  // namespace kg::utf8
