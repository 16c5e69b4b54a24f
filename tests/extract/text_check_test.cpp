// refuse_non_text and scan_text: which bytes are text, and what about them deserves a warning.
#include <catch2/catch.hpp>

#include "extract/input_error.h"
#include "extract/text_check.h"

namespace {

std::string refusal(std::string_view bytes) {
  try {
    kg::refuse_non_text(bytes, "in.txt");
  } catch (const kg::InputError& e) {
    return e.located();
  }
  return "accepted";
}

}  // namespace

TEST_CASE("text with a few stray control bytes is accepted", "[extract][text_check]") {
  CHECK(refusal("") == "accepted");
  CHECK(refusal("Minister Ali Bako met the press.\n") == "accepted");
  CHECK(refusal("\xEF\xBB\xBF" "caf\xC3\xA9\r\n\t\f\x1B[0m") == "accepted");
  CHECK(refusal(std::string(40, 'a') + '\0') == "accepted");  // 1 in 41: under 1 in 32
  CHECK(refusal("caf\xE9 latin-1 is not refused, it is repaired") == "accepted");
}

TEST_CASE("binary data and UTF-16 are refused with an offset", "[extract][text_check]") {
  CHECK(refusal(std::string(20, 'a') + '\0') ==
        "in.txt: byte 20: the file looks binary (1 control byte in the first 21, the first is 0x00); kgraph reads "
        "UTF-8 text");
  CHECK(refusal("%PDF-1.7\n") == "in.txt: byte 0: the file is a PDF document, not text; kgraph reads UTF-8 text");
  CHECK(refusal(std::string("a\0b\0", 4)).find("UTF-16LE") != std::string::npos);
  CHECK(refusal(std::string("\0a\0b", 4)).find("UTF-16BE") != std::string::npos);
  CHECK(refusal("\xFE\xFF").find("the file is UTF-16BE (byte order mark)") != std::string::npos);
  // Only the first kSniffBytes count.
  CHECK(refusal(std::string(kg::kSniffBytes, 'a') + std::string(1000, '\0')) == "accepted");
}

TEST_CASE("scan_text counts maximal subparts and finds blank text", "[extract][text_check]") {
  auto [bytes, count, first] = GENERATE(table<std::string, std::uint64_t, std::uint64_t>({
      {"plain", 0, 0},
      {"a\xC3", 1, 1},                       // truncated 2-byte sequence
      {"a\xE2\x82z", 1, 1},                  // truncated 3-byte sequence: one maximal subpart
      {"\xF0\x9F\x98", 1, 0},                // truncated 4-byte sequence
      {"\xC0\xAF", 2, 0},                    // overlong: each byte on its own
      {"\xED\xA0\x80", 3, 0},                // surrogate: three
      {"ok \xF4\x90\x80\x80", 4, 3},         // beyond U+10FFFF: four
      {"\xEF\xBB\xBF\xFF\xFE", 2, 3},        // after a BOM
  }));
  CAPTURE(bytes);
  auto facts = kg::scan_text(bytes);
  CHECK(facts.invalid_sequences == count);
  CHECK(facts.first_invalid == first);
  CHECK_FALSE(facts.blank);
}

TEST_CASE("blank text is empty or whitespace after an optional BOM", "[extract][text_check]") {
  CHECK(kg::scan_text("").blank);
  CHECK(kg::scan_text(" \t\r\n\f\v").blank);
  CHECK(kg::scan_text("\xEF\xBB\xBF\n").blank);
  CHECK_FALSE(kg::scan_text(" .").blank);
  CHECK_FALSE(kg::scan_text("\xC2\xA0").blank);
}

TEST_CASE("repair_utf8 replaces each ill-formed sequence by U+FFFD", "[extract][text_check]") {
  CHECK(kg::repair_utf8("plain caf\xC3\xA9") == "plain caf\xC3\xA9");
  CHECK(kg::repair_utf8("a\xFF" "b\xE2\x82") == "a\xEF\xBF\xBD" "b\xEF\xBF\xBD");
  CHECK(kg::repair_utf8("\xC0\xAF") == "\xEF\xBF\xBD\xEF\xBF\xBD");
}
