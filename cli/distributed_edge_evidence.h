#pragma once
// The evidence of rank 0's graph in `mpirun -n N kgraph build` (issue 15), kept on disk as a
// one-process build keeps it (graph/edge_evidence.h, KnowledgeGraph::set_edge_evidence), so
// rank 0's graph holds its nodes and edges but no evidence record.
//
// Rank 0 adds the merged fact streams in graph order through KnowledgeGraph::add_edge, and an
// edge's facts are not contiguous in that order (a symmetric relation's facts come under both
// ends), while EdgeEvidence takes each edge's evidence whole, edge 0 first. So each fact's
// evidence goes first to a temp file of fixed-size records in stream order, with its edge id
// in memory (4 bytes a fact); finish() then reads each edge's records back in edge order,
// sorts them and drops repeats (what add_fact keeps) and appends them to the EdgeEvidence.
#include <cstdint>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "extract/provenance.h"
#include "graph/edge_evidence.h"
#include "graph/knowledge_graph.h"
#include "graph/spill_file.h"

namespace kg::cli {

class StreamedEdgeEvidence {
 public:
  /// `documents[g]`: the (id, date) of corpus document g, the numbering of add()'s `document`.
  explicit StreamedEdgeEvidence(const std::vector<std::pair<SharedText, SharedText>>& documents)
      : documents_(documents) {}
  /// Makes room for `facts` facts (4 bytes each in memory) and the write buffer: no doubling.
  void reserve(std::size_t facts);
  /// The evidence of one fact of `edge`, as the edge holds it (ends already swapped), of
  /// corpus document `document`, without its sentence text.
  void add(EdgeId edge, const Evidence& evidence, std::uint32_t document);
  /// Every edge's evidence (the graph's edges 0 .. edge_count - 1 each had facts added).
  /// Throws kg::InputError when a temp file cannot be written or read.
  std::shared_ptr<EdgeEvidence> finish(std::size_t edge_count);

 private:
  const std::vector<std::pair<SharedText, SharedText>>& documents_;
  SpillFile file_;
  std::string buffer_;
  std::vector<EdgeId> edge_of_;  // edge_of_[i]: the edge of the i-th fact added
};

}  // namespace kg::cli
