#include "extract/text_check.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstdio>

#include <unicode/utf8.h>

#include "extract/input_error.h"

namespace kg {
namespace {

struct Magic {
  std::string_view bytes;
  std::string_view name;
};

constexpr std::array<Magic, 9> kMagic{{
    {"%PDF-", "a PDF document"},
    {"PK\x03\x04", "a ZIP archive (or an Office document)"},
    {"\x7F" "ELF", "an executable"},
    {"\x89PNG", "a PNG image"},
    {"GIF8", "a GIF image"},
    {"\xFF\xD8\xFF", "a JPEG image"},
    {"\x1F\x8B", "a gzip archive"},
    {"{\\rtf", "an RTF document"},
    {"\xD0\xCF\x11\xE0", "an old Office document"},
}};

bool starts_with(std::string_view s, std::string_view prefix) { return s.substr(0, prefix.size()) == prefix; }

bool is_binary_byte(unsigned char b) {
  return (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != '\v' && b != 0x1B) || b == 0x7F;
}

[[noreturn]] void refuse(std::string message, const std::string& file, std::uint64_t offset) {
  throw InputError::at_offset(std::move(message), file, offset);
}

// UTF-16 text in a Latin script has a NUL in every other byte; which half tells the order.
void refuse_utf16_without_bom(std::string_view head, const std::string& file) {
  std::size_t pairs = std::min<std::size_t>(head.size(), 512) / 2, even = 0, odd = 0;
  for (std::size_t i = 0; i < pairs; ++i) {
    even += head[2 * i] == '\0';
    odd += head[2 * i + 1] == '\0';
  }
  if (pairs < 2) return;
  const char* order = nullptr;
  if (odd * 2 > pairs && even * 8 < pairs) order = "UTF-16LE";
  else if (even * 2 > pairs && odd * 8 < pairs) order = "UTF-16BE";
  if (order)
    refuse(std::string("the file looks like ") + order + " text (no byte order mark, NUL in every other byte); "
           "kgraph reads UTF-8: convert it, e.g. iconv -f " + order + " -t UTF-8",
           file, 0);
}

}  // namespace

void refuse_non_text(std::string_view head, const std::string& file) {
  head = head.substr(0, kSniffBytes);
  if (starts_with(head, std::string_view("\xFF\xFE\0\0", 4)) || starts_with(head, std::string_view("\0\0\xFE\xFF", 4)))
    refuse("the file is UTF-32 (byte order mark); kgraph reads UTF-8: convert it, e.g. iconv -f UTF-32 -t UTF-8",
           file, 0);
  if (starts_with(head, "\xFF\xFE") || starts_with(head, "\xFE\xFF"))
    refuse(std::string("the file is UTF-16") + (head[0] == '\xFF' ? "LE" : "BE") +
               " (byte order mark); kgraph reads UTF-8: convert it, e.g. iconv -f UTF-16 -t UTF-8",
           file, 0);
  refuse_utf16_without_bom(head, file);
  for (const auto& magic : kMagic)
    if (starts_with(head, magic.bytes))
      refuse("the file is " + std::string(magic.name) + ", not text; kgraph reads UTF-8 text", file, 0);
  std::size_t binary = 0, first = head.size();
  for (std::size_t i = 0; i < head.size(); ++i)
    if (is_binary_byte(static_cast<unsigned char>(head[i]))) {
      if (binary++ == 0) first = i;
    }
  if (binary > 0 && binary * 32 > head.size()) {
    char code[8];
    std::snprintf(code, sizeof code, "0x%02X", static_cast<unsigned>(static_cast<unsigned char>(head[first])));
    refuse("the file looks binary (" + std::to_string(binary) + (binary == 1 ? " control byte" : " control bytes") +
               " in the first " +
               std::to_string(head.size()) + ", the first is " + code + "); kgraph reads UTF-8 text",
           file, first);
  }
}

TextFacts scan_text(std::string_view bytes) {
  TextFacts facts;
  const auto* s = reinterpret_cast<const uint8_t*>(bytes.data());
  const auto length = static_cast<int32_t>(bytes.size());  // read_document caps inputs below 2 GiB
  int32_t i = starts_with(bytes, "\xEF\xBB\xBF") ? 3 : 0;
  facts.blank = true;
  while (i < length) {
    uint8_t b = s[i];
    if (b < 0x80) {
      if (b != ' ' && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != '\v') facts.blank = false;
      ++i;
      continue;
    }
    facts.blank = false;
    int32_t start = i;
    UChar32 c;
    U8_NEXT(s, i, length, c);
    if (c < 0 && facts.invalid_sequences++ == 0) facts.first_invalid = static_cast<std::uint64_t>(start);
  }
  return facts;
}

std::string repair_utf8(std::string_view bytes) {
  std::string out;
  out.reserve(bytes.size());
  const auto* s = reinterpret_cast<const uint8_t*>(bytes.data());
  const auto length = static_cast<int32_t>(std::min<std::size_t>(bytes.size(), INT32_MAX));
  for (int32_t i = 0; i < length;) {
    int32_t start = i;
    UChar32 c;
    U8_NEXT(s, i, length, c);
    if (c < 0) out += "\xEF\xBF\xBD";
    else out.append(bytes.substr(static_cast<std::size_t>(start), static_cast<std::size_t>(i - start)));
  }
  return out;
}

}  // namespace kg
