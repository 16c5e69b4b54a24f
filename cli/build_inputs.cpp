#include "cli/build_inputs.h"

#include <functional>
#include <string_view>

#include "extract/input_error.h"
#include "extract/jsonl_reader.h"

namespace kg::cli {
namespace {

std::size_t digest(const Document& doc) {
  std::size_t h = 0;
  for (std::string_view part : {std::string_view(doc.text), std::string_view(doc.date), std::string_view(doc.source),
                                std::string_view(doc.url)})
    h = h * 1000003u ^ (std::hash<std::string_view>{}(part) + part.size());
  return h;
}

}  // namespace

bool stdin_is_jsonl(std::string_view bytes, StdinFormat format) {
  if (format != StdinFormat::detect) return format == StdinFormat::jsonl;
  if (bytes.starts_with("\xEF\xBB\xBF")) bytes.remove_prefix(3);
  std::size_t first = bytes.find_first_not_of(" \t\r\n");
  return first != std::string_view::npos && bytes[first] == '{';
}

std::vector<Document> read_source(const InputSource& source, const InputOptions& options,
                                  std::vector<std::string>& warnings) {
  std::vector<Document> documents;
  Document doc = read_document(source, options.max_input_bytes);
  if (source.path == "-" ? !stdin_is_jsonl(doc.text, options.stdin_format) : !is_jsonl_path(source.path)) {
    documents.push_back(std::move(doc));
    return documents;
  }
  JsonlDocuments parsed = parse_jsonl(doc.text, doc.path);
  for (const auto& problem : parsed.problems) {
    if (options.strict) throw InputError(problem.message + " (--strict)", doc.path, problem.line, problem.column);
    warnings.push_back(doc.path + ":" + std::to_string(problem.line) + ":" + std::to_string(problem.column) + ": " +
                       problem.message + "; line skipped");
  }
  return std::move(parsed.documents);
}

void DocumentIds::add_stored(const Document& doc) { seen_.try_emplace(doc.id, Seen{digest(doc), doc.path, true}); }

bool DocumentIds::admit(const Document& doc, std::vector<std::string>& warnings) {
  auto [it, fresh] = seen_.try_emplace(doc.id, Seen{digest(doc), doc.path, false});
  if (fresh) return true;
  bool same = it->second.digest == digest(doc);
  std::string where = it->second.stored ? "already in " + graph_ : "already read from " + it->second.path;
  warnings.push_back(doc.path + ": document \"" + doc.id + "\" is " + where + (same ? "" : " with other content") +
                     "; skipped (the first one is kept)");
  return false;
}

}  // namespace kg::cli
