#include "export/csv_escape.h"

#include "export/utf8.h"

namespace kg {

std::string csv_field(std::string_view text) {
  if (text.empty()) return {};
  std::string out = "\"";
  for (std::size_t pos = 0; pos < text.size();) {
    const auto [cp, length] = utf8::decode(text, pos);
    if (cp == '"') {
      out += "\"\"";
    } else if (cp == '\t' || cp == '\r' || cp == '\n') {
      out += ' ';
    } else if (cp == utf8::kInvalid || utf8::is_surrogate(cp) || cp < 0x20 || cp == 0x7F || cp == 0xFFFE ||
               cp == 0xFFFF) {
      out += utf8::kReplacement;
    } else {
      out.append(text.substr(pos, length));
    }
    pos += length;
  }
  return out + "\"";
}

}  // namespace kg
