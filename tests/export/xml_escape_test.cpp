#include "export/xml_escape.h"

#include <catch2/catch.hpp>
#include <string>

namespace {
const std::string R = "\xEF\xBF\xBD";  // U+FFFD, what every forbidden character becomes
}

TEST_CASE("xml_escape turns markup characters into entities", "[export][xml_escape]") {
  auto [input, expected] = GENERATE(table<std::string, std::string>({
      {"", ""},
      {"plain text", "plain text"},
      {"Tom & Jerry", "Tom &amp; Jerry"},
      {"<b>bold</b>", "&lt;b&gt;bold&lt;/b&gt;"},
      {"]]>", "]]&gt;"},
      {R"(say "hi")", "say &quot;hi&quot;"},
      {"O'Brien", "O&apos;Brien"},
      {"&amp;", "&amp;amp;"},
  }));
  CAPTURE(input);
  CHECK(kg::xml_escape(input) == expected);
}

TEST_CASE("xml_escape keeps TAB, LF and CR as character references", "[export][xml_escape]") {
  // Raw, they would be normalised to spaces in attribute values and CRLF folded in text.
  CHECK(kg::xml_escape("a\tb\nc\rd\r\ne") == "a&#9;b&#10;c&#13;d&#13;&#10;e");
}

TEST_CASE("xml_escape replaces characters XML 1.0 forbids with U+FFFD", "[export][xml_escape]") {
  auto [input, expected] = GENERATE(table<std::string, std::string>({
      {std::string("nul\0x", 5), "nul" + R + "x"},
      {"\x01", R},
      {"bell\x07", "bell" + R},
      {"\x0B\x0C", R + R},
      {"\x1F", R},
      {"esc\x1B[0m", "esc" + R + "[0m"},
      {"\xEF\xBF\xBE", R},                  // U+FFFE
      {"\xEF\xBF\xBF", R},                  // U+FFFF
      {"a\xEF\xBF\xBE" "b\xEF\xBF\xBF" "c", "a" + R + "b" + R + "c"},
  }));
  CAPTURE(input);
  CHECK(kg::xml_escape(input) == expected);
}

TEST_CASE("xml_escape keeps characters XML 1.0 allows, however odd", "[export][xml_escape]") {
  auto input = GENERATE(as<std::string>{},
                        "\x7F",               // DEL: discouraged, allowed
                        "\xC2\x85",           // NEL (C1 control): allowed
                        "\xEF\xBF\xBD",       // U+FFFD itself
                        "\xEF\xBF\xBC",       // U+FFFC
                        "\xED\x9F\xBF",       // U+D7FF, just below the surrogates
                        "\xEE\x80\x80",       // U+E000, just above them
                        "\xF0\x9F\x98\x80",   // U+1F600, outside the BMP
                        "\xF4\x8F\xBF\xBF",   // U+10FFFF, the last code point
                        "Мария Захарова",
                        "Зеленський і Сибіга");
  CAPTURE(input);
  CHECK(kg::xml_escape(input) == input);
}

TEST_CASE("xml_escape replaces each UTF-8 encoded surrogate with one U+FFFD", "[export][xml_escape]") {
  auto [input, expected] = GENERATE(table<std::string, std::string>({
      {"\xED\xA0\x80", R},                               // U+D800, lone high surrogate
      {"\xED\xBF\xBF", R},                               // U+DFFF, lone low surrogate
      {"x\xED\xA0\xBD\xED\xB8\x80y", "x" + R + R + "y"},  // CESU-8 pair for U+1F600
      {"\xED\xA0", R},                                   // truncated surrogate
  }));
  CAPTURE(input);
  CHECK(kg::xml_escape(input) == expected);
}

TEST_CASE("xml_escape replaces invalid UTF-8, one U+FFFD per ill-formed sequence", "[export][xml_escape]") {
  auto [input, expected] = GENERATE(table<std::string, std::string>({
      {"\xFF", R},
      {"caf\xE9", "caf" + R},              // Latin-1 text
      {"\x80", R},                         // stray continuation byte
      {"\xC0\xAF", R + R},                 // overlong '/'
      {"\xE0\x80\xAF", R + R + R},         // overlong, three bytes
      {"\xE2\x82", R},                     // truncated euro sign at the end
      {"\xE2\x82x", R + "x"},              // truncated euro sign in the middle
      {"\xF4\x90\x80\x80", R + R + R + R},  // above U+10FFFF
      {"\xF8\x88\x80\x80\x80", R + R + R + R + R},
  }));
  CAPTURE(input);
  CHECK(kg::xml_escape(input) == expected);
}
