#pragma once
// Builds graph nodes and edges from clusters of document-local entities (the last part of
// build_graph). Node order is canonical (type, label, first document), so the bytes written
// later depend only on the set of documents.
#include <cstddef>
#include <utility>
#include <vector>

#include "graph/compact_document.h"
#include "graph/knowledge_graph.h"

namespace kg::detail {

using Cluster = std::vector<std::pair<std::size_t, std::size_t>>;  // (document, entity) pairs

/// Adds every document, node and fact to `graph`.
void assemble(const std::vector<CompactDocument>& docs, std::vector<Cluster> clusters, KnowledgeGraph& graph);

/// Replaces Cyrillic and Greek letters that look like Latin ones inside words that are
/// otherwise Latin ("Schаich" with Cyrillic а -> "Schaich"). Other text is returned unchanged.
std::string repair_lookalikes(const std::string& name);

}  // namespace kg::detail
