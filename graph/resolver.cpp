#include "graph/resolver.h"

#include <algorithm>
#include <map>

#include "extract/name_key.h"

namespace kg {

ResolveResult build_graph(std::vector<DocumentExtraction> extractions) {
  std::sort(extractions.begin(), extractions.end(),
            [](const auto& a, const auto& b) { return a.doc_id < b.doc_id; });
  ResolveResult result;
  std::map<std::pair<EntityType, std::string>, NodeId> nodes;
  for (const auto& doc : extractions) {
    result.graph.add_document({doc.doc_id, doc.date, doc.source, doc.url, doc.sentence_count});
  }
  return result;
}

}  // namespace kg
