#include "cli/build_inputs.h"

#include <map>

#include "extract/input_error.h"
#include "extract/jsonl_reader.h"

namespace kg::cli {

std::vector<Document> read_inputs(const std::vector<InputSource>& sources, const InputOptions& options,
                                  std::vector<std::string>& warnings) {
  std::vector<Document> documents;
  for (const auto& source : sources) {
    Document doc = read_document(source, options.max_input_bytes);
    if (source.path == "-" || !is_jsonl_path(source.path)) {
      documents.push_back(std::move(doc));
      continue;
    }
    JsonlDocuments parsed = parse_jsonl(doc.text, doc.path);
    for (const auto& problem : parsed.problems) {
      if (options.strict) throw InputError(problem.message + " (--strict)", doc.path, problem.line, problem.column);
      warnings.push_back(doc.path + ":" + std::to_string(problem.line) + ":" + std::to_string(problem.column) + ": " +
                         problem.message + "; line skipped");
    }
    for (auto& d : parsed.documents) documents.push_back(std::move(d));
  }
  return documents;
}

void add_documents(std::vector<Document>& documents, std::vector<Document> fresh, const std::string& graph,
                   std::vector<std::string>& warnings) {
  std::map<std::string, std::size_t> index;  // id -> position in `documents`
  for (std::size_t i = 0; i < documents.size(); ++i) index.emplace(documents[i].id, i);
  std::size_t stored = documents.size();
  for (auto& doc : fresh) {
    auto [it, added] = index.emplace(doc.id, documents.size());
    if (added) {
      documents.push_back(std::move(doc));
      continue;
    }
    const Document& first = documents[it->second];
    bool same = first.text == doc.text && first.date == doc.date && first.source == doc.source && first.url == doc.url;
    std::string where = it->second < stored ? "already in " + graph : "already read from " + first.path;
    warnings.push_back(doc.path + ": document \"" + doc.id + "\" is " + where +
                       (same ? "" : " with other content") + "; skipped (the first one is kept)");
  }
}

}  // namespace kg::cli
