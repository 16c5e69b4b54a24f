#pragma once
// The evidence of rank 0's graph in `mpirun -n N kgraph build` (issue 15), kept on disk as a
// one-process build keeps it (graph/edge_evidence.h, KnowledgeGraph::set_edge_evidence), so
// rank 0's graph holds its nodes and edges but no evidence record.
//
// Rank 0 adds the merged fact streams in graph order through KnowledgeGraph::add_edge, and an
// edge's facts are not contiguous in that order (a symmetric relation's facts come under both
// ends), while EdgeEvidence takes each edge's evidence whole, edge 0 first. So each fact's
// evidence goes first to a temp file of fixed-size records in stream order, its edge id in the
// record, and only a count per edge in memory (4 bytes an edge); finish() then reads the file
// once per range of edges holding at most a pass's facts, puts each edge's records together
// (in stream order), sorts them, drops repeats (what add_fact keeps) and appends them to the
// EdgeEvidence, so that it holds one pass's records, not a number per fact.
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
  /// finish() reads the file at most kMaxPasses times, with at least kMinPassFacts facts a
  /// pass (2 MiB of records): a pass holds 32 bytes of each of its facts, 2 bytes a fact of
  /// the whole stream on a large corpus.
  static constexpr std::size_t kMaxPasses = 16, kMinPassFacts = std::size_t{1} << 16;
  /// `documents[g]`: the (id, date) of corpus document g, the numbering of add()'s `document`.
  /// `pass_facts`: how many facts a pass of finish() holds, 0 for the above (fewer in tests);
  /// an edge with more is a pass of its own.
  explicit StreamedEdgeEvidence(const std::vector<std::pair<SharedText, SharedText>>& documents,
                                std::size_t pass_facts = 0)
      : documents_(documents), pass_facts_(pass_facts) {}
  /// Makes room for the write buffer.
  void reserve();
  /// The evidence of one fact of `edge`, as the edge holds it (ends already swapped), of
  /// corpus document `document`, without its sentence text.
  void add(EdgeId edge, const Evidence& evidence, std::uint32_t document);
  /// Every edge's evidence (edges 0 .. edge_count - 1, each with facts added). Throws
  /// kg::InputError when a temp file cannot be written or read.
  std::shared_ptr<EdgeEvidence> finish(std::size_t edge_count);

 private:
  const std::vector<std::pair<SharedText, SharedText>>& documents_;
  std::size_t pass_facts_;
  SpillFile file_;
  std::string buffer_;
  std::vector<std::uint32_t> counts_;  // counts_[e]: the facts of edge e added
  std::uint64_t facts_ = 0;
};

}  // namespace kg::cli
