#include "cli/distributed_headers.h"

#include "distributed/extraction_record.h"
#include "graph/compact_codec.h"

namespace kg::cli {

using distributed::WireReader;
using distributed::WireWriter;

void write_header(WireWriter& out, const detail::CompactDocument& doc, std::string_view compact) {
  for (const std::string* s : {&doc.info.id, &doc.info.date, &doc.info.source, &doc.info.url}) out.str(*s);
  out.u64(doc.info.sentences);
  distributed::write_entity_keys(out, doc);
  out.str(compact);
}

std::string read_header(WireReader& in, DocumentInfo& info, std::vector<distributed::EntityKeyFields>& entities) {
  for (std::string* s : {&info.id, &info.date, &info.source, &info.url}) *s = in.str();
  info.sentences = in.u32();
  entities = distributed::read_entity_keys(in);
  return std::string(in.str());
}

LocalDocuments split_records(std::string records, bool keep_compact, int rank, bool spill) {
  LocalDocuments local;
  WireWriter headers;
  WireReader in(records);
  while (!in.done()) {
    auto record = distributed::read_record(in);
    if (record.kind == distributed::ExtractionRecord::Kind::warnings) {
      distributed::write_warnings(headers, record.warnings);
      continue;
    }
    auto doc =
        decode_compact(record.compact, "the extraction of " + record.identity.path + " on rank " + std::to_string(rank));
    WireWriter header;
    write_header(header, doc, keep_compact ? std::string_view(record.compact) : std::string_view());
    distributed::write_document(headers, record.identity, record.warnings, header.bytes());
    if (spill) local.spilled.add(record.compact);
    else local.docs.push_back(std::move(doc));
  }
  records = {};
  local.headers = std::move(headers.bytes());
  return local;
}

}  // namespace kg::cli
