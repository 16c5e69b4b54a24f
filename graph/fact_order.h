#pragma once
// FactOrder: a build's facts put in graph order without holding them in memory (the
// streaming form of cluster assembly's order_facts + add_fact, graph/cluster_assembly.h).
// Each document's facts are read back once (graph/fact_spill.h), turned into fixed records
// of node ids and sorted on disk (graph/external_sort.h) in the order fact_before gives;
// add_to() then creates the edges in that order, so with the same ids and titles, and sorts
// the evidence a second time by edge, so that each edge's sorted, distinct evidence goes to
// the graph's evidence file (graph/edge_evidence.h) in edge order. Memory: a run of records
// and a few per-node titles, not the facts.
//
// It needs what a build gives: document ids unique and in ascending order in `docs` (the
// records compare documents by index), and facts whose sentence text was moved out
// (graph/evidence_texts.h: the records carry none).
#include <cstddef>
#include <cstdint>
#include <functional>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "graph/compact_document.h"
#include "graph/external_sort.h"
#include "graph/knowledge_graph.h"

namespace kg::detail {

class FactOrder {
 public:
  /// Reads docs[d]'s facts through `load(d)`, d ascending; `node_of(d, e)` is the node of
  /// entity e of docs[d]. Adds to `titles` what each node's holds_position facts give it.
  FactOrder(const std::vector<CompactDocument>& docs, const std::function<NodeId(std::size_t, std::uint32_t)>& node_of,
            const std::function<std::vector<CompactFact>(std::size_t)>& load,
            std::map<NodeId, std::set<std::string>>& titles);
  /// Adds every fact's edge to `graph` (whose nodes are all there) and moves the edges'
  /// evidence to a temp file (KnowledgeGraph::set_edge_evidence). Once.
  void add_to(KnowledgeGraph& graph);

  /// One fact between two different nodes; no padding, so its bytes are all its fields.
  struct Record {
    std::uint32_t source, relation, target, document, sentence;
    ByteRange sentence_range, subject_range, object_range;
    std::uint32_t title_rank, title;  // its title's rank among its document's, and index
  };
  struct RecordLess {
    bool operator()(const Record& a, const Record& b) const;
  };
  /// One evidence of an edge, its ends as the edge has them.
  struct EdgeRecord {
    std::uint32_t edge, document, sentence;
    ByteRange sentence_range, subject_range, object_range;
  };
  struct EdgeRecordLess {
    bool operator()(const EdgeRecord& a, const EdgeRecord& b) const;
  };

 private:
  const std::vector<CompactDocument>& docs_;
  // Runs of 4 MiB: add_to() holds a run of edge records while it merges the fact runs,
  // beside the graph's edges, which is the peak of a build's resolution.
  static constexpr std::size_t kRunBytes = std::size_t{4} << 20;
  ExternalSort<Record, RecordLess> facts_{kRunBytes};
};

}  // namespace kg::detail
