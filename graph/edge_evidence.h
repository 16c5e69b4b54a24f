#pragma once
// EdgeEvidence: the evidence of every edge of a built graph, kept in a temp file
// (graph/spill_file.h) in edge order instead of in memory, so that a build's graph holds its
// nodes and edges but not one record per supporting mention (80 bytes each, the largest part
// of a large graph). Cluster assembly (graph/cluster_assembly.h) appends each edge's sorted,
// distinct evidence once, edge 0 first; KnowledgeGraph::edge reads it back
// (KnowledgeGraph::set_edge_evidence). The documents' ids and dates are held once each, the
// records point at them: 36 bytes per evidence on disk, 12 bytes per edge in memory.
//
// append() is not thread-safe; count() and read() may run on many threads at once once
// appending is done.
#include <cstdint>
#include <utility>
#include <vector>

#include "extract/provenance.h"
#include "graph/spill_file.h"

namespace kg {

class EdgeEvidence {
 public:
  /// `documents`: each document's (id, date), in the numbering append() uses.
  explicit EdgeEvidence(std::vector<std::pair<SharedText, SharedText>> documents);

  /// One document's evidence, with the index of its document.
  struct Entry {
    Evidence evidence;
    std::uint32_t document = 0;
  };
  /// The evidence of the next edge (ids 0, 1, ... in order): `entries` sorted by evidence,
  /// without repeats, each evidence's doc and date those of its document. Throws
  /// kg::InputError when the temp file cannot be written.
  void append(const std::vector<Entry>& entries);

  std::size_t edge_count() const { return counts_.size(); }
  std::uint32_t count(std::uint32_t edge) const { return counts_.at(edge); }
  /// The evidence of `edge` into `out`, as it was appended.
  void read(std::uint32_t edge, std::vector<Evidence>& out) const;

 private:
  std::vector<std::pair<SharedText, SharedText>> documents_;
  SpillFile file_;
  std::vector<std::uint64_t> offsets_{0};  // edge e's records: [offsets_[e], offsets_[e + 1])
  std::vector<std::uint32_t> counts_;
};

}  // namespace kg
