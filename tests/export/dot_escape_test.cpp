#include "export/dot_escape.h"

#include <catch2/catch.hpp>
#include <string>

#include "export/utf8.h"

namespace {
const std::string R = "\xEF\xBF\xBD";
const std::string kEllipsis = "\xE2\x80\xA6";
std::string q(const std::string& body) { return "\"" + body + "\""; }

bool valid_utf8(std::string_view s) {
  for (std::size_t pos = 0; pos < s.size();) {
    auto [cp, length] = kg::utf8::decode(s, pos);
    if (cp == kg::utf8::kInvalid || kg::utf8::is_surrogate(cp)) return false;
    pos += length;
  }
  return true;
}
}  // namespace

TEST_CASE("dot_quote quotes DOT keywords in any case, empty strings and numerals", "[export][dot_escape]") {
  auto input = GENERATE(as<std::string>{}, "", "node", "NODE", "Node", "edge", "Edge", "graph", "GRAPH",
                        "digraph", "DiGraph", "subgraph", "SubGraph", "strict", "STRICT", "123", "-1.5",
                        "a b", "<html>", "n0", "->", "--", "{", "}", ";");
  CHECK(kg::dot_quote(input) == q(input));
}

TEST_CASE("dot_quote escapes quotes and backslashes", "[export][dot_escape]") {
  auto [input, expected] = GENERATE(table<std::string, std::string>({
      {R"(say "hi")", R"(say \"hi\")"},
      {R"(")", R"(\")"},
      {R"(C:\Temp)", R"(C:\\Temp)"},
      {R"(ends with \)", R"(ends with \\)"},  // must not escape the closing quote
      {R"(\)", R"(\\)"},
      {R"(\\)", R"(\\\\)"},
      {R"(\")", R"(\\\")"},
      {R"(\l \n \r \N \G)", R"(\\l \\n \\r \\N \\G)"},  // label escapes stay literal
  }));
  CAPTURE(input);
  CHECK(kg::dot_quote(input) == q(expected));
}

TEST_CASE("dot_quote turns newlines into label line breaks and drops other controls", "[export][dot_escape]") {
  auto [input, expected] = GENERATE(table<std::string, std::string>({
      {"two\nlines", R"(two\nlines)"},
      {"crlf\r\nline", R"(crlf\nline)"},
      {"cr\rline", R"(cr\nline)"},
      {"\n\n", R"(\n\n)"},
      {"tab\there", "tab here"},
      {"ctl\x01", "ctl" + R},
      {std::string("nul\0", 4), "nul" + R},
      {"del\x7F", "del" + R},
      {"nel\xC2\x85", "nel" + R},
      {"\xEF\xBF\xBE\xEF\xBF\xBF", R + R},
      {"\xED\xA0\x80", R},
      {"caf\xE9", "caf" + R},
  }));
  CAPTURE(input);
  CHECK(kg::dot_quote(input) == q(expected));
}

TEST_CASE("dot_quote keeps Unicode text", "[export][dot_escape]") {
  auto input = GENERATE(as<std::string>{}, "Мария Захарова", "Сергей Рябков", "Zürich", "東京",
                        "\xF0\x9F\x98\x80", "\xEF\xBF\xBD");
  CHECK(kg::dot_quote(input) == q(input));
}

TEST_CASE("dot_quote caps length on a code point boundary", "[export][dot_escape]") {
  SECTION("text at the limit is kept whole") {
    std::string text(kg::kDotQuotedMax, 'a');
    CHECK(kg::dot_quote(text) == q(text));
  }
  SECTION("longer ASCII text is cut and ends with an ellipsis") {
    std::string text(kg::kDotQuotedMax + 1, 'a');
    auto quoted = kg::dot_quote(text);
    CHECK(quoted.size() == kg::kDotQuotedMax + 2);
    CHECK(quoted == q(std::string(kg::kDotQuotedMax - 3, 'a') + kEllipsis));
  }
  SECTION("Cyrillic text is cut between code points") {
    std::string text;
    for (int i = 0; i < 5000; ++i) text += (i % 2 ? "Я" : "ж");
    auto quoted = kg::dot_quote(text);
    CHECK(quoted.size() <= kg::kDotQuotedMax + 2);
    CHECK(valid_utf8(quoted));
    CHECK(quoted.ends_with(kEllipsis + "\""));
  }
  SECTION("escapes count against the limit and are never split") {
    std::string text(5000, '\\');
    auto quoted = kg::dot_quote(text);
    CHECK(quoted.size() <= kg::kDotQuotedMax + 2);
    auto body = quoted.substr(1, quoted.size() - 2 - kEllipsis.size());
    CHECK(body.size() % 2 == 0);
    CHECK(body == std::string(body.size(), '\\'));
  }
  SECTION("a caller's smaller limit") {
    CHECK(kg::dot_quote("abcdef", 4) == q("a" + kEllipsis));
    CHECK(kg::dot_quote("abcd", 4) == q("abcd"));
    CHECK(kg::dot_quote("ЯЯЯ", 5) == q("Я" + kEllipsis));
  }
  SECTION("a huge input is not scanned to the end") {
    std::string text(1 << 24, 'x');
    CHECK(kg::dot_quote(text).size() == kg::kDotQuotedMax + 2);
  }
}
