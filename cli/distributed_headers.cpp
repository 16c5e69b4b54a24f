#include "cli/distributed_headers.h"

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

}  // namespace kg::cli
