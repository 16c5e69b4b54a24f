#pragma once
// Invariants the fuzz harnesses assert on every output they produce. A violated invariant
// aborts, which libFuzzer reports as a crash and saves as a reproducer.
#include <cstdio>
#include <cstdlib>
#include <string_view>

#include <unicode/utf8.h>

namespace kg::fuzz {

[[noreturn]] inline void fail(const char* what) {
  std::fprintf(stderr, "fuzz invariant violated: %s\n", what);
  std::abort();
}

inline void require(bool condition, const char* what) {
  if (!condition) fail(what);
}

/// True when `text` is well-formed UTF-8 and `accept` holds for each of its code points.
template <typename Accept>
bool all_code_points(std::string_view text, Accept accept) {
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  const auto length = static_cast<int32_t>(text.size());
  for (int32_t i = 0; i < length;) {
    UChar32 c;
    U8_NEXT(s, i, length, c);
    if (c < 0 || !accept(c)) return false;
  }
  return true;
}

inline bool valid_utf8(std::string_view text) {
  return all_code_points(text, [](UChar32) { return true; });
}

/// Well-formed UTF-8 without characters XML 1.0 forbids (C0 controls other than tab, LF, CR;
/// U+FFFE, U+FFFF). Surrogates cannot occur in well-formed UTF-8.
inline bool xml_safe_utf8(std::string_view text) {
  return all_code_points(text, [](UChar32 c) {
    return (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') && c != 0xFFFE && c != 0xFFFF;
  });
}

}  // namespace kg::fuzz
