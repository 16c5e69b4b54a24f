#include "cli/document_store.h"

#include <algorithm>
#include <stdexcept>

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include "extract/document_reader.h"
#include "extract/input_error.h"
#include "extract/jsonl_reader.h"

namespace kg::cli {

namespace fs = std::filesystem;

fs::path documents_file(const fs::path& graph) { return fs::path(graph.string() + ".docs.jsonl"); }

std::vector<Document> load_documents(const fs::path& graph) {
  fs::path file = documents_file(graph);
  std::error_code ec;
  if (!fs::exists(file, ec)) {
    if (fs::exists(graph, ec))
      throw InputError("the graph has no documents file " + file.filename().string() +
                           " beside it, so documents cannot be added (it was built with -o, not --into); "
                           "build it once with --into",
                       graph.string());
    return {};
  }
  // Ill-formed UTF-8 in a stored text is kept byte for byte (it was warned about when read),
  // so re-extraction sees exactly the bytes the first build saw.
  Document raw = read_document({file, file.string()}, ~std::uint64_t{0});
  JsonlDocuments parsed = parse_jsonl(raw.text, file.string(), JsonlUtf8::pass_through);
  if (!parsed.problems.empty()) {
    const auto& p = parsed.problems.front();
    throw InputError(p.message + " (a damaged documents file: rebuild the graph)", file.string(), p.line, p.column);
  }
  return std::move(parsed.documents);
}

void write_documents(std::ostream& out, const std::vector<Document>& documents) {
  std::vector<const Document*> sorted;
  for (const auto& doc : documents) sorted.push_back(&doc);
  std::sort(sorted.begin(), sorted.end(), [](const Document* a, const Document* b) { return a->id < b->id; });
  rapidjson::StringBuffer buffer;
  for (const Document* doc : sorted) {
    buffer.Clear();
    rapidjson::Writer<rapidjson::StringBuffer> writer(buffer);
    writer.StartObject();
    for (auto [name, value] : {std::pair{"id", &doc->id}, {"date", &doc->date}, {"source", &doc->source},
                               {"url", &doc->url}, {"text", &doc->text}}) {
      writer.Key(name);
      writer.String(value->data(), static_cast<rapidjson::SizeType>(value->size()));
    }
    writer.EndObject();
    out.write(buffer.GetString(), static_cast<std::streamsize>(buffer.GetSize()));
    out.put('\n');
  }
  if (!out) throw std::runtime_error("cannot write the documents file");
}

}  // namespace kg::cli
