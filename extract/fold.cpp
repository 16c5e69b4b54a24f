#include "extract/fold.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

namespace kg {

void fold_append(std::string_view text, std::string& out) {
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  const auto n = static_cast<int32_t>(text.size());
  out.reserve(out.size() + text.size());
  for (int32_t i = 0; i < n;) {
    uint8_t b = s[i];
    if (b < 0x80) {
      ++i;
      if (b >= 'A' && b <= 'Z') out.push_back(static_cast<char>(b + 32));
      else if (b == '-' ) out.push_back(' ');
      else if (b == '.' || b == '\'' || b == '"') continue;
      else out.push_back(static_cast<char>(b));
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
