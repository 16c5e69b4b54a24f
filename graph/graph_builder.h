#pragma once
// GraphBuilder: the reduce step fed one document at a time, so a build can stream its inputs.
// add() keeps only what resolution needs (graph/compact_document.h); build() resolves and
// assembles. The graph depends only on the set of documents added, not on the order of the
// add() calls or on the threads that extracted them (documents are ordered by id first).
#include <cstddef>
#include <vector>

#include "extract/document_extraction.h"
#include "graph/compact_document.h"
#include "graph/resolver.h"

namespace kg {

class GraphBuilder {
 public:
  void add(DocumentExtraction extraction) { add(prepare(std::move(extraction))); }
  /// The part of add() that may run on any thread: keeps only what build() needs.
  static detail::CompactDocument prepare(DocumentExtraction extraction);
  void add(detail::CompactDocument prepared);
  std::size_t document_count() const { return docs_.size(); }
  /// Resolves every document added so far into one graph; the builder is empty afterwards.
  ResolveResult build();

 private:
  std::vector<detail::CompactDocument> docs_;
};

}  // namespace kg
