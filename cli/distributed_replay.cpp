#include "cli/distributed_replay.h"

#include <algorithm>

#include "cli/distributed_headers.h"
#include "cli/document_store.h"
#include "distributed/extraction_record.h"
#include "extract/input_error.h"
#include "extract/jsonl_reader.h"
#include "graph/compact_codec.h"

namespace kg::cli {

std::size_t Replay::add(const std::string& headers, int rank, std::size_t first_local, Progress& progress) {
  distributed::WireReader in(headers);
  std::size_t local = first_local;
  while (!in.done()) {
    auto record = distributed::read_record(in);
    std::vector<std::string> warnings;
    if (record.kind == distributed::ExtractionRecord::Kind::warnings) {
      warnings = std::move(record.warnings);
    } else if (in_store(record.identity, warnings) || repeated_in_its_file(record.identity, warnings)) {
      ++local;  // skipped, as parse_jsonl skips it when one process reads the whole file
    } else if (ids_.admit(record.identity, warnings)) {
      warnings.insert(warnings.end(), record.warnings.begin(), record.warnings.end());
      AdmittedDocument doc{rank, local++, {}, {}};
      distributed::WireReader header(record.compact);
      std::vector<distributed::EntityKeyFields> entities;
      std::string compact = read_header(header, doc.info, entities);
      doc.entities.reserve(entities.size());
      for (const auto& e : entities) doc.entities.push_back(keys_.intern(e));
      sentences_ += doc.info.sentences;
      if (keep_) extractions_.documents.emplace_back(record.identity.id, std::move(compact));
      admitted_.push_back(std::move(doc));
      ++admitted_count_;
    } else {
      ++local;
    }
    for (const auto& w : warnings) progress.print(std::string("kgraph: warning: ") + w);
  }
  return local;
}

std::vector<detail::CompactDocument> Replay::add_stored(const std::string& store, StoredExtractions stored) {
  store_ = store;
  std::vector<detail::CompactDocument> docs;
  for (auto& [id, bytes] : stored.documents) {
    auto& compact = docs.emplace_back(decode_compact(bytes, store + ": document " + id));
    sentences_ += compact.info.sentences;
    AdmittedDocument doc{0, docs.size() - 1, compact.info, {}};
    distributed::WireWriter keys;
    distributed::write_entity_keys(keys, compact);
    distributed::WireReader back(keys.bytes());
    for (const auto& e : distributed::read_entity_keys(back)) doc.entities.push_back(keys_.intern(e));
    admitted_.push_back(std::move(doc));
    ++admitted_count_;
    in_store_.insert(id);
    if (keep_) extractions_.documents.emplace_back(id, std::move(bytes));
  }
  return docs;
}

bool Replay::in_store(const Document& doc, std::vector<std::string>& warnings) const {
  if (!in_store_.count(doc.id)) return false;
  warnings.push_back(doc.path + ": document \"" + doc.id + "\" is already in " + store_ +
                     "; skipped (the first one is kept)");
  return true;
}

const StoredExtractions& Replay::extractions() {
  std::sort(extractions_.documents.begin(), extractions_.documents.end());
  extractions_.version = extraction_version();
  return extractions_;
}

// A JSON Lines document ("FILE:LINE") whose id an earlier line of the same file has: when
// ranks read the file in parts, only here do both lines meet. Says what parse_jsonl says.
bool Replay::repeated_in_its_file(const Document& doc, std::vector<std::string>& warnings) {
  const std::size_t colon = doc.path.rfind(':');
  if (colon == std::string::npos || !is_jsonl_path(doc.path.substr(0, colon))) return false;
  const std::string file = doc.path.substr(0, colon);
  auto [first, fresh] = first_line_.try_emplace(file + '\n' + doc.id, doc.path.substr(colon + 1));
  if (fresh) return false;
  std::string what = "duplicate id \"";  // appended: GCC 12 misreads "..." + std::string (-Wrestrict)
  ((((what += doc.id) += "\" (first on line ") += first->second) += ')');
  const std::uint64_t line = std::stoull(doc.path.substr(colon + 1));
  if (strict_) throw InputError(what + " (--strict)", file, line, 1);
  warnings.push_back(doc.path + ":1: " + what + "; line skipped");
  return true;
}

}  // namespace kg::cli
