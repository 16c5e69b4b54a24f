#include "extract/fold.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

namespace kg {
namespace {

// ASCII folding by table: the output byte, and whether it is kept at all.
struct AsciiFold {
  char to[128];
  bool keep[128];
  constexpr AsciiFold() : to{}, keep{} {
    for (int b = 0; b < 128; ++b) {
      to[b] = static_cast<char>(b >= 'A' && b <= 'Z' ? b + 32 : b == '-' ? ' ' : b);
      keep[b] = b != '.' && b != '\'' && b != '"';
    }
  }
};
constexpr AsciiFold kAscii;

}  // namespace

void fold_append(std::string_view text, std::string& out) {
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  const auto n = static_cast<int32_t>(text.size());
  out.reserve(out.size() + text.size());
  for (int32_t i = 0; i < n;) {
    if (s[i] < 0x80) {  // a run of ASCII, folded into a buffer and appended at once
      char buf[64];
      std::size_t k = 0;
      const int32_t stop = n - i < static_cast<int32_t>(sizeof buf) ? n : i + static_cast<int32_t>(sizeof buf);
      for (; i < stop && s[i] < 0x80; ++i) {  // k <= i - (the run's start) <= sizeof buf
        buf[k] = kAscii.to[s[i]];
        k += kAscii.keep[s[i]];
      }
      out.append(buf, k);
      continue;
    }
    UChar32 c;
    U8_NEXT(s, i, n, c);
    if (c < 0) c = 0xFFFD;
    if (c == 0x2019 || c == 0x2018 || c == 0x201C || c == 0x201D || c == 0x02BC) continue;
    if (u_charType(c) == U_DASH_PUNCTUATION) {
      out.push_back(' ');
      continue;
    }
    c = u_foldCase(c, U_FOLD_CASE_DEFAULT);
    char buf[4];
    int32_t len = 0;
    U8_APPEND_UNSAFE(buf, len, c);
    out.append(buf, static_cast<std::size_t>(len));
  }
}

}  // namespace kg
