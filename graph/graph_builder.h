#pragma once
// GraphBuilder: the reduce step fed one document at a time, so a build can stream its inputs.
// add() keeps only what resolution needs (graph/compact_document.h); build() resolves and
// assembles. The graph depends only on the set of documents added, not on the order of the
// add() calls or on the threads that extracted them (documents are ordered by id first).
#include <cstddef>
#include <memory>
#include <vector>

#include "extract/document_extraction.h"
#include "graph/compact_document.h"
#include "graph/entity_spill.h"
#include "graph/fact_spill.h"
#include "graph/resolver.h"

namespace kg {

class GraphBuilder {
 public:
  void add(DocumentExtraction extraction) { add(prepare(std::move(extraction))); }
  /// The part of add() that may run on any thread: keeps only what build() needs.
  static detail::CompactDocument prepare(DocumentExtraction extraction);
  void add(detail::CompactDocument prepared);
  std::size_t document_count() const { return docs_.size(); }
  /// From now on, each document's entities and facts go to temp files as it is added
  /// (graph/entity_spill.h, graph/fact_spill.h); build() streams the facts into graph order
  /// on disk (graph/fact_order.h) when their sentence texts were moved out before (as
  /// kgraph build does, graph/evidence_texts.h), reads them back into memory otherwise; and
  /// the graph build() returns keeps its edges' evidence in a temp file
  /// (KnowledgeGraph::set_edge_evidence). The same graph, for a build that only writes it out.
  /// Throws kg::InputError when a temp file cannot be created.
  void keep_on_disk();
  /// Resolves every document added so far into one graph; the builder is empty afterwards.
  ResolveResult build();

 private:
  std::vector<detail::CompactDocument> docs_;
  std::unique_ptr<EntitySpill> entities_;  // set: keep_on_disk()
  std::vector<EntitySpill::Place> places_;  // places_[i]: where docs_[i]'s entities are, when set
  std::unique_ptr<FactSpill> facts_;        // set: keep_on_disk()
  std::vector<FactSpill::Place> fact_places_;
};

}  // namespace kg
