// JSON Lines input: documents with their metadata, and every bad line reported with its
// line and column, never dropped silently.
#include <catch2/catch.hpp>

#include "extract/jsonl_reader.h"

namespace kg {
namespace {

std::string problems_of(const JsonlDocuments& parsed) {
  std::string all;
  for (const auto& p : parsed.problems)
    all += std::to_string(p.line) + ":" + std::to_string(p.column) + ": " + p.message + "\n";
  return all;
}

}  // namespace

TEST_CASE("JSONL lines become documents with id, text, date, source and url", "[extract][jsonl]") {
  auto parsed = parse_jsonl(
      "\xEF\xBB\xBF{\"id\":\"a\",\"text\":\"Hello.\",\"date\":\"2024-03-01\",\"source\":\"Kazinform\",\"url\":\"https://x/a\"}\r\n"
      "\n"
      "  \r\n"
      "{\"text\":\"Second \\u00e9.\",\"id\":42,\"date\":null,\"title\":\"ignored\"}",
      "in.jsonl");
  CHECK(problems_of(parsed).empty());
  REQUIRE(parsed.documents.size() == 2);
  const Document& a = parsed.documents[0];
  CHECK(a.id == "a");
  CHECK(a.text == "Hello.");
  CHECK(a.date == "2024-03-01");
  CHECK(a.source == "Kazinform");
  CHECK(a.url == "https://x/a");
  CHECK(a.path == "in.jsonl:1");
  const Document& b = parsed.documents[1];
  CHECK(b.id == "42");
  CHECK(b.text == "Second \xC3\xA9.");
  CHECK(b.date.empty());
  CHECK(b.path == "in.jsonl:4");
}

TEST_CASE("Every bad JSONL line is reported with its line and column", "[extract][jsonl]") {
  auto [line, expected] = GENERATE(table<std::string, std::string>({
      {"{\"id\":\"x\",\"text\":\"t\"", "1:21: malformed JSON: Missing a comma or '}' after an object member\n"},
      {"[1,2]", "1:1: a line must be one JSON object\n"},
      {"{\"text\":\"t\"}", "1:1: missing \"id\"\n"},
      {"{\"id\":\"\",\"text\":\"t\"}", "1:1: \"id\" must be a non-empty string or a non-negative integer\n"},
      {"{\"id\":-3,\"text\":\"t\"}", "1:1: \"id\" must be a non-empty string or a non-negative integer\n"},
      {"{\"id\":\"x\"}", "1:1: missing \"text\"\n"},
      {"{\"id\":\"x\",\"text\":7}", "1:1: \"text\" must be a string\n"},
      {"{\"id\":\"x\",\"text\":\"t\",\"date\":\"31.03.2023\"}", "1:1: \"date\" must be YYYY-MM-DD, not \"31.03.2023\"\n"},
      {"{\"id\":\"x\",\"text\":\"t\",\"date\":\"2023-13-01\"}", "1:1: \"date\" must be YYYY-MM-DD, not \"2023-13-01\"\n"},
      {"{\"id\":\"x\",\"text\":\"t\",\"url\":[]}", "1:1: \"url\" must be a string\n"},
      {"{\"id\":\"x\",\"text\":\"t\",\"id\":\"y\"}", "1:1: member \"id\" given twice\n"},
      {"{\"id\":\"x\",\"text\":\"t\"} {}", "1:23: malformed JSON: The document root must not be followed by other values\n"},
      {"{\"id\":\"\xC3\xA9\xC3\xA9\",\"text\":\"\xFF\"}", "1:20: malformed JSON: Invalid encoding in string\n"},
  }));
  CAPTURE(line);
  auto parsed = parse_jsonl(line + "\n", "in.jsonl");
  CHECK(parsed.documents.empty());
  CHECK(problems_of(parsed) == expected);
}

TEST_CASE("Bad JSONL lines are skipped and the good ones around them kept, with line numbers", "[extract][jsonl]") {
  auto parsed = parse_jsonl(
      "{\"id\":\"a\",\"text\":\"one\"}\n"
      "not json\n"
      "{\"id\":\"b\",\"text\":\"two\"}\n"
      "{\"id\":\"a\",\"text\":\"again\"}\n"
      "\n"
      "{\"id\":\"c\"}\n",
      "in.jsonl");
  REQUIRE(parsed.documents.size() == 2);
  CHECK(parsed.documents[0].id == "a");
  CHECK(parsed.documents[0].text == "one");
  CHECK(parsed.documents[1].id == "b");
  CHECK(problems_of(parsed) ==
        "2:2: malformed JSON: Invalid value\n"
        "4:1: duplicate id \"a\" (first on line 1)\n"
        "6:1: missing \"text\"\n");
}

TEST_CASE("kgraph's own documents file keeps ill-formed UTF-8 byte for byte", "[extract][jsonl]") {
  std::string line = "{\"id\":\"x\",\"text\":\"caf\xE9 \\u0000 ok\"}\n";
  CHECK(parse_jsonl(line, "f").documents.empty());
  auto kept = parse_jsonl(line, "f", JsonlUtf8::pass_through);
  REQUIRE(kept.documents.size() == 1);
  CHECK(kept.documents[0].text == std::string("caf\xE9 \0 ok", 9));
}

TEST_CASE("JSON Lines files are told by their extension", "[extract][jsonl]") {
  CHECK(is_jsonl_path("a/b.jsonl"));
  CHECK(is_jsonl_path("B.NDJSON"));
  CHECK_FALSE(is_jsonl_path("b.json"));
  CHECK_FALSE(is_jsonl_path("b.txt"));
  CHECK(is_iso_date("2024-02-29"));
  CHECK_FALSE(is_iso_date("2024-2-29"));
  CHECK_FALSE(is_iso_date("2024-02-32"));
}

}  // namespace kg
