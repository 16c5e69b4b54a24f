#include "cli/document_store.h"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <optional>
#include <sstream>
#include <stdexcept>

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include "cli/output_formats.h"
#include "extract/document_reader.h"
#include "extract/extractor.h"
#include "extract/input_error.h"
#include "extract/jsonl_reader.h"
#include "graph/compact_codec.h"
#include "graph/graph_builder.h"
#include "store/store_reader.h"
#include "store/store_writer.h"
#include "tagger/sequence_tagger.h"

namespace kg::cli {

namespace fs = std::filesystem;

namespace {

// Bump when extraction changes what it extracts in a way the probe below may not show.
constexpr int kExtractionVersion = 1;

// A text that exercises most rules: titles before and after names, a ministry, a meeting,
// an event, a country adjective, a reference.
constexpr std::string_view kProbe =
    "date 2024-03-05\n"
    "TASHKENT, March 5 (UzA). Minister of Foreign Affairs of Uzbekistan Aldo Berg met with "
    "Kaspar Voss, Minister of Foreign Affairs of Poland, at the Uzbek Foreign Ministry. "
    "The ministers discussed trade. Later, Voss took part in the Central Asia - EU Forum chaired by "
    "Deputy Speaker of the Oliy Majlis Ilse Marek. He also met MPs Anna Nowak and Jan Kowalski.\n";

std::string hex_digest(std::string_view bytes) {
  std::uint64_t h = 0xcbf29ce484222325ULL;  // FNV-1a 64
  for (unsigned char c : bytes) h = (h ^ c) * 0x100000001b3ULL;
  char text[17];
  std::snprintf(text, sizeof text, "%016llx", static_cast<unsigned long long>(h));
  return text;
}

std::string rebuild_hint(const fs::path& store) {
  std::string hint = "rebuild it from all its documents with this kgraph: kgraph build DOCUMENTS... -o ";
  return hint += store.string();
}

}  // namespace

bool names_store(const fs::path& path) {
  std::string ext = path.extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return ext == ".kgdb";
}

const std::string& extraction_version() {
  static const std::string version = [] {
    std::ostringstream model;  // both built-in models: the tagger's and the title attachment's
    tagger::default_tagger().model().write(model);
    default_attachment_model().write(model);
    Document probe;
    probe.id = "probe";
    probe.path = "probe";
    probe.text = kProbe;
    std::string text = "extraction ";
    ((text += std::to_string(kExtractionVersion)) += ", codec ") += std::to_string(kCompactCodecVersion);
    (text += ", model ") += hex_digest(model.str());
    (text += ", probe ") += hex_digest(encode_compact(GraphBuilder::prepare(extract(probe))));
    return text;
  }();
  return version;
}

namespace {

// The store's extraction version, checked; nullopt when there is no store yet.
std::optional<GraphStore> open_growable(const fs::path& store) {
  std::error_code ec;
  if (!fs::exists(store, ec)) return std::nullopt;
  GraphStore opened(store);
  if (opened.schema_version() < 2)
    throw InputError("the store was written by an older kgraph (store schema version " +
                         std::to_string(opened.schema_version()) +
                         ") that kept no extractions, so documents cannot be added to it; " + rebuild_hint(store),
                     store.string());
  std::string version = opened.extraction_version();
  if (version.empty())
    throw InputError("the store holds no extractions (it was written by kgraph export, not kgraph build), so "
                     "documents cannot be added to it; " + rebuild_hint(store),
                     store.string());
  if (version != extraction_version())
    throw InputError("the store's documents were extracted by another version of kgraph (" + version +
                         "; this kgraph: " + extraction_version() + "), and are never mixed with new ones; " +
                         rebuild_hint(store),
                     store.string());
  return opened;
}

}  // namespace

StoredExtractions load_stored_extractions(const fs::path& store) {
  StoredExtractions stored;
  auto opened = open_growable(store);
  if (!opened) return stored;
  stored.version = opened->extraction_version();
  opened->each_extraction([&](const std::string& id, std::string_view bytes) { stored.documents.emplace_back(id, bytes); });
  return stored;
}

void each_stored_extraction(const fs::path& store, const ExtractionRows::Row& row) {
  if (auto opened = open_growable(store)) opened->each_extraction(row);
}

std::vector<OutputJob> output_jobs_keeping(const fs::path& path, const KnowledgeGraph& graph,
                                           const ExtractionRows& extractions) {
  if (!names_store(path)) return output_jobs(path, graph);
  return {{path, {}, [&graph, &extractions](const fs::path& file) { write_store_file(file, graph, extractions); }}};
}

std::vector<OutputJob> output_jobs_keeping(const fs::path& path, const KnowledgeGraph& graph,
                                           const StoredExtractions& extractions) {
  if (!names_store(path)) return output_jobs(path, graph);
  return {{path, {}, [&graph, &extractions](const fs::path& file) {
             write_store_file(file, graph, StoredExtractionRows(extractions));
           }}};
}

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
