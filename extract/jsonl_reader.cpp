#include "extract/jsonl_reader.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <optional>

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>

#include "extract/gzip_reader.h"

namespace kg {
namespace {

// Code points in the first `bytes` bytes of `line`: UTF-8 continuation bytes do not count.
std::uint64_t column_of(std::string_view line, std::size_t bytes) {
  bytes = std::min(bytes, line.size());
  return 1 + static_cast<std::uint64_t>(std::count_if(line.begin(), line.begin() + static_cast<std::ptrdiff_t>(bytes),
                                                      [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

struct LineError {
  std::size_t offset;  // byte offset into the line
  std::string message;
};

using Json = rapidjson::Document;

std::string string_of(const rapidjson::Value& v) { return std::string(v.GetString(), v.GetStringLength()); }

// The optional string member `name`; null and absence are both "not given".
std::optional<LineError> optional_string(const rapidjson::Value& object, const char* name, std::string& into) {
  auto it = object.FindMember(name);
  if (it == object.MemberEnd() || it->value.IsNull()) return std::nullopt;
  if (!it->value.IsString()) return LineError{0, std::string("\"") + name + "\" must be a string"};
  into = string_of(it->value);
  return std::nullopt;
}

std::optional<LineError> to_document(const Json& json, Document& doc) {
  if (!json.IsObject()) return LineError{0, "a line must be one JSON object"};
  std::map<std::string, int> seen;
  for (const auto& m : json.GetObject()) {
    std::string name = string_of(m.name);
    if (++seen[name] == 2) return LineError{0, "member \"" + name + "\" given twice"};
  }
  auto id = json.FindMember("id");
  if (id == json.MemberEnd()) return LineError{0, "missing \"id\""};
  if (id->value.IsString() && id->value.GetStringLength() > 0)
    doc.id = string_of(id->value);
  else if (id->value.IsUint64())
    doc.id = std::to_string(id->value.GetUint64());
  else
    return LineError{0, "\"id\" must be a non-empty string or a non-negative integer"};
  auto text = json.FindMember("text");
  if (text == json.MemberEnd()) return LineError{0, "missing \"text\""};
  if (!text->value.IsString()) return LineError{0, "\"text\" must be a string"};
  doc.text = string_of(text->value);
  for (auto [name, field] : {std::pair{"date", &doc.date}, {"source", &doc.source}, {"url", &doc.url}})
    if (auto error = optional_string(json, name, *field)) return error;
  if (!doc.date.empty() && !is_iso_date(doc.date))
    return LineError{0, "\"date\" must be YYYY-MM-DD, not \"" + doc.date + "\""};
  return std::nullopt;
}

std::optional<LineError> parse_line(std::string_view line, JsonlUtf8 utf8, Document& doc) {
  Json json;
  if (utf8 == JsonlUtf8::validate)
    json.Parse<rapidjson::kParseValidateEncodingFlag>(line.data(), line.size());
  else
    json.Parse(line.data(), line.size());
  if (json.HasParseError()) {
    std::string what = rapidjson::GetParseError_En(json.GetParseError());
    if (what.ends_with('.')) what.pop_back();  // the caller may go on with "; line skipped"
    return LineError{json.GetErrorOffset(), "malformed JSON: " + what};
  }
  return to_document(json, doc);
}

}  // namespace

JsonlDocuments parse_jsonl(std::string_view bytes, const std::string& file_name, JsonlUtf8 utf8) {
  JsonlDocuments result;
  std::map<std::string, std::uint64_t> first_line_of;
  if (bytes.starts_with("\xEF\xBB\xBF")) bytes.remove_prefix(3);
  std::uint64_t number = 0;
  while (!bytes.empty()) {
    std::size_t end = bytes.find('\n');
    std::string_view line = bytes.substr(0, end);
    bytes.remove_prefix(end == std::string_view::npos ? bytes.size() : end + 1);
    ++number;
    if (line.ends_with('\r')) line.remove_suffix(1);
    if (std::all_of(line.begin(), line.end(), [](char c) { return c == ' ' || c == '\t'; })) continue;
    Document doc;
    if (auto error = parse_line(line, utf8, doc)) {
      result.problems.push_back({number, column_of(line, error->offset), error->message});
      continue;
    }
    auto [first, fresh] = first_line_of.emplace(doc.id, number);
    if (!fresh) {
      result.problems.push_back({number, 1, "duplicate id \"" + doc.id + "\" (first on line " +
                                                std::to_string(first->second) + ")"});
      continue;
    }
    doc.path = file_name + ":" + std::to_string(number);
    result.documents.push_back(std::move(doc));
  }
  return result;
}

bool is_jsonl_path(const std::filesystem::path& path) {
  std::string ext = without_gzip_suffix(path).extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return ext == ".jsonl" || ext == ".ndjson";
}

bool is_iso_date(std::string_view date) {
  if (date.size() != 10 || date[4] != '-' || date[7] != '-') return false;
  for (std::size_t i : {0, 1, 2, 3, 5, 6, 8, 9})
    if (!std::isdigit(static_cast<unsigned char>(date[i]))) return false;
  int month = (date[5] - '0') * 10 + (date[6] - '0');
  int day = (date[8] - '0') * 10 + (date[9] - '0');
  return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

}  // namespace kg
