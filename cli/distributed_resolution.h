#pragma once
// The reduce step of `mpirun -n N kgraph build` (issue 15), spread over the ranks so that the
// resolving rank never holds the corpus's extractions: each rank keeps its documents encoded
// on disk and sends rank 0 only a header per document (its info and its entities' keys); rank 0
// clusters the entities (graph/resolver.h cluster_entities, the same code as one process) and
// tells each rank the cluster of each of its entities; the ranks sum their members into
// NodeParts, which rank 0 merges and finishes into nodes in canonical order; each rank then
// orders its own facts by their node ids, and rank 0 merges the N ordered fact streams into
// the graph (cli/distributed_fact_streams.h). The graph, the merge list and so every output
// are byte-identical to one process. The documents' headers: cli/distributed_headers.h.
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "cli/distributed_document_spill.h"
#include "cli/distributed_edge_list.h"
#include "cli/distributed_node_spill.h"
#include "cli/distributed_replay.h"
#include "cli/distributed_summary.h"
#include "graph/compact_document.h"
#include "graph/resolver.h"

namespace kg::cli {

/// Rank 0's graph when every output takes its nodes and edges from sources (the graph file and
/// GraphML: graph/node_source.h, graph/edge_source.h), so that it holds no KnowledgeGraph: the
/// documents, the nodes on disk (cli/distributed_node_spill.h) with each one's type, and the
/// edges compact with their evidence on disk (cli/distributed_edge_list.h).
struct SourcedGraph {
  std::vector<DocumentInfo> documents;
  NodeSpill nodes;
  std::vector<EntityType> node_types;
  std::unique_ptr<EdgeList> edges;  // made once the nodes are in
};

/// What each rank learns after the replay; collective (every rank calls it once rank 0's
/// replay succeeded). This rank's documents in record order: `stored` (rank 0's with --into:
/// the store's), then those of `spilled` (its share, read back one at a time in each phase,
/// cli/distributed_rank_documents.h). On rank 0 (`replay` set) returns the graph and, with
/// `keep_merges` (--explain), the merges; empty elsewhere. Adds the bytes this rank sends to
/// `sent`, and its phases (cluster, nodes, facts) to `clock`. With `sourced` (rank 0) the
/// documents, nodes and edges go there, and the returned graph is empty.
ResolveResult resolve_distributed(Replay* replay, std::vector<detail::CompactDocument> stored, DocumentSpill spilled,
                                  bool keep_merges, int rank, int ranks, std::uint64_t& sent, PhaseClock& clock,
                                  SourcedGraph* sourced = nullptr);

}  // namespace kg::cli
