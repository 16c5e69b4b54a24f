#include "export/xml_escape.h"

#include "export/utf8.h"

namespace kg {
namespace {

bool xml_forbids(char32_t cp) {
  if (cp == utf8::kInvalid || utf8::is_surrogate(cp)) return true;
  if (cp < 0x20) return cp != 0x09 && cp != 0x0A && cp != 0x0D;
  return cp == 0xFFFE || cp == 0xFFFF;
}

}  // namespace

std::string xml_escape(std::string_view text) {
  std::string out;
  out.reserve(text.size() + text.size() / 8);
  for (std::size_t pos = 0; pos < text.size();) {
    const auto [cp, length] = utf8::decode(text, pos);
    switch (cp) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;  // needed in text after "]]"; escaped always for simplicity
      case '"': out += "&quot;"; break;
      case '\'': out += "&apos;"; break;
      case '\t': out += "&#9;"; break;
      case '\n': out += "&#10;"; break;
      case '\r': out += "&#13;"; break;
      default:
        if (xml_forbids(cp)) out += utf8::kReplacement;
        else out.append(text.substr(pos, length));
    }
    pos += length;
  }
  return out;
}

}  // namespace kg
