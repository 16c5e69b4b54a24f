#pragma once
// The reduce step: merges per-document extractions into one graph with one node per real
// entity. Deterministic: the result depends only on the set of extractions, not on their
// order or on how many threads produced them.
#include <string>
#include <vector>

#include "extract/document_extraction.h"
#include "graph/compact_document.h"
#include "graph/knowledge_graph.h"

namespace kg {

/// Why two surface forms ended up in one node ("look-alike letters", "typo", "surname", ...).
struct MergeRecord {
  std::string node;    // the resulting node's label
  std::string form;    // the form merged into it
  std::string reason;
};

struct ResolveResult {
  KnowledgeGraph graph;
  std::vector<MergeRecord> merges;
};

/// All extractions at once; GraphBuilder (graph/graph_builder.h) takes them one at a time.
ResolveResult build_graph(std::vector<DocumentExtraction> extractions);

namespace detail {
/// The reduce step proper, on compacted documents in any order.
ResolveResult resolve(std::vector<CompactDocument> docs);
}  // namespace detail

}  // namespace kg
