#include "export/dot_escape.h"

#include <algorithm>

#include "export/utf8.h"

namespace kg {
namespace {

constexpr std::string_view kEllipsis = "\xE2\x80\xA6";  // U+2026

bool is_unwanted(char32_t cp) {
  if (cp == utf8::kInvalid || utf8::is_surrogate(cp)) return true;
  return cp < 0x20 || (cp >= 0x7F && cp <= 0x9F) || cp == 0xFFFE || cp == 0xFFFF;
}

}  // namespace

std::string dot_quote(std::string_view text, std::size_t max_bytes) {
  max_bytes = std::max(max_bytes, kEllipsis.size());
  std::string body;
  std::size_t last_fit = 0;  // body size after the last piece that leaves room for "…"
  for (std::size_t pos = 0; pos < text.size() && body.size() <= max_bytes;) {
    auto [cp, length] = utf8::decode(text, pos);
    if (cp == '\r' && pos + 1 < text.size() && text[pos + 1] == '\n') {
      cp = '\n';
      length = 2;
    }
    switch (cp) {
      case '"': body += "\\\""; break;
      case '\\': body += "\\\\"; break;
      case '\n':
      case '\r': body += "\\n"; break;
      case '\t': body += ' '; break;
      default:
        if (is_unwanted(cp)) body += utf8::kReplacement;
        else body.append(text.substr(pos, length));
    }
    pos += length;
    if (body.size() <= max_bytes - kEllipsis.size()) last_fit = body.size();
  }
  if (body.size() > max_bytes) {
    body.resize(last_fit);
    body += kEllipsis;
  }
  return "\"" + body + "\"";
}

}  // namespace kg
