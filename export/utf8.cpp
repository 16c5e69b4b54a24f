#include "export/utf8.h"

namespace kg::utf8 {
namespace {

bool is_continuation(unsigned char byte) { return (byte & 0xC0) == 0x80; }

}  // namespace

Decoded decode(std::string_view text, std::size_t pos) {
  const auto lead = static_cast<unsigned char>(text[pos]);
  if (lead < 0x80) return {lead, 1};

  std::size_t length = 0;
  char32_t cp = 0;
  // Bounds of the second byte: they exclude overlong forms and values above U+10FFFF.
  // Surrogates (ED A0..BF) are deliberately let through; see the header.
  unsigned char low = 0x80, high = 0xBF;
  if (lead >= 0xC2 && lead <= 0xDF) {
    length = 2;
    cp = lead & 0x1Fu;
  } else if (lead >= 0xE0 && lead <= 0xEF) {
    length = 3;
    cp = lead & 0x0Fu;
    if (lead == 0xE0) low = 0xA0;
  } else if (lead >= 0xF0 && lead <= 0xF4) {
    length = 4;
    cp = lead & 0x07u;
    if (lead == 0xF0) low = 0x90;
    if (lead == 0xF4) high = 0x8F;
  } else {
    return {kInvalid, 1};  // C0, C1, F5..FF or a stray continuation byte
  }

  for (std::size_t i = 1; i < length; ++i) {
    if (pos + i >= text.size()) return {kInvalid, i};
    const auto byte = static_cast<unsigned char>(text[pos + i]);
    const bool ok = i == 1 ? (byte >= low && byte <= high) : is_continuation(byte);
    if (!ok) return {kInvalid, i};
    cp = (cp << 6) | (byte & 0x3Fu);
  }
  return {cp, length};
}

void append(std::string& out, char32_t cp) {
  auto put = [&](char32_t bits) { out.push_back(static_cast<char>(bits)); };
  if (cp < 0x80) {
    put(cp);
  } else if (cp < 0x800) {
    put(0xC0 | (cp >> 6));
    put(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    put(0xE0 | (cp >> 12));
    put(0x80 | ((cp >> 6) & 0x3F));
    put(0x80 | (cp & 0x3F));
  } else {
    put(0xF0 | (cp >> 18));
    put(0x80 | ((cp >> 12) & 0x3F));
    put(0x80 | ((cp >> 6) & 0x3F));
    put(0x80 | (cp & 0x3F));
  }
}

}  // namespace kg::utf8
