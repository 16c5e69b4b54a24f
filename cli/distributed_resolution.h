#pragma once
// The reduce step of `mpirun -n N kgraph build` (issue 15), spread over the ranks so that the
// resolving rank never holds the corpus's extractions: each rank keeps its documents decoded
// and sends rank 0 only a header per document (its info and its entities' keys); rank 0
// clusters the entities (graph/resolver.h cluster_entities, the same code as one process) and
// tells each rank the cluster of each of its entities; the ranks sum their members into
// NodeParts, which rank 0 merges and finishes into nodes in canonical order; each rank then
// orders its own facts by their node ids, and rank 0 merges the N ordered fact streams into
// the graph. The graph, the merge list and so every output are byte-identical to one process.
#include <cstdint>
#include <string>
#include <vector>

#include "cli/distributed_replay.h"
#include "distributed/wire_buffer.h"
#include "graph/compact_document.h"
#include "graph/resolver.h"

namespace kg::cli {

/// A document's header: its info, its entities' keys and (for a store among the outputs, or
/// empty) its encoded extraction.
void write_header(distributed::WireWriter& out, const detail::CompactDocument& doc, std::string_view compact);
/// Reads one; returns the encoded extraction.
std::string read_header(distributed::WireReader& in, DocumentInfo& info,
                        std::vector<distributed::EntityKeyFields>& entities);

/// A rank's share: its records (cli/distributed_share.h) become its documents, decoded, and
/// the records rank 0 replays, each document's extraction replaced by its header.
struct LocalDocuments {
  std::vector<detail::CompactDocument> docs;
  std::string headers;
};
LocalDocuments split_records(std::string records, bool keep_compact, int rank);

/// What each rank learns after the replay; collective (every rank calls it once rank 0's
/// replay succeeded). `local`: this rank's documents in record order (rank 0's: the store's
/// first). On rank 0 (`replay` set) returns the graph and the merges; empty elsewhere. Adds the
/// bytes this rank sends to `sent`.
ResolveResult resolve_distributed(Replay* replay, std::vector<detail::CompactDocument> local, int rank, int ranks,
                                  std::uint64_t& sent);

}  // namespace kg::cli
