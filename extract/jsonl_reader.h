#pragma once
// JSON Lines input: one article per line,
//   {"id": "...", "text": "...", "date": "YYYY-MM-DD", "source": "...", "url": "..."}
// where id and text are required. Lines that cannot become a document are collected as
// problems with their line and column, never dropped silently; the caller decides whether
// to warn and skip them or to refuse the file.
#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "extract/document.h"

namespace kg {

/// One line that yielded no document, and why.
struct JsonlProblem {
  std::uint64_t line = 0;    // 1-based
  std::uint64_t column = 0;  // 1-based, in code points
  std::string message;
};

struct JsonlDocuments {
  std::vector<Document> documents;  // in file order; each `path` is "FILE:LINE"
  std::vector<JsonlProblem> problems;  // in file order
};

/// How strings are checked: user input must be valid UTF-8; kgraph's own documents file
/// (cli/document_store.h) keeps a text's bytes exactly as they were read, ill-formed or not.
enum class JsonlUtf8 { validate, pass_through };

/// Splits `bytes` into documents. Blank lines are skipped; a byte order mark and CRLF line
/// ends are fine. A line is a problem when it is not one JSON object, lacks a non-empty
/// string (or integer) "id" or a string "text", gives a member twice, has a "date" that is
/// not YYYY-MM-DD, a "source" or "url" that is not a string (null counts as absent), or
/// repeats the id of an earlier line. Other members are ignored.
JsonlDocuments parse_jsonl(std::string_view bytes, const std::string& file_name,
                           JsonlUtf8 utf8 = JsonlUtf8::validate);

/// True for the names kgraph reads as JSON Lines: *.jsonl and *.ndjson, also gzip'ed
/// (*.jsonl.gz, *.ndjson.gz), any case.
bool is_jsonl_path(const std::filesystem::path& path);

/// True for a valid calendar-shaped date "YYYY-MM-DD" (month 01-12, day 01-31).
bool is_iso_date(std::string_view date);

}  // namespace kg
