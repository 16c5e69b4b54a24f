#pragma once
// The facts of `mpirun -n N kgraph build` (issue 15): each rank orders its own facts in graph
// order (graph/cluster_assembly.h order_facts) and sends them to rank 0 as a stream of 1 MiB
// chunks (distributed/resolution_wire.h); rank 0 merges the N ordered streams into the graph
// as the chunks arrive. Facts are ordered by a key of their own, so the merged order is one
// process's, and no rank holds another's facts whole. The sentences the facts cite follow,
// a document at a time, and rank 0 moves them to a temp file (graph/evidence_texts.h) as one
// process does: its graph holds no sentence text.
#include <cstdint>
#include <functional>
#include <string>
#include <utility>
#include <vector>

#include "graph/cluster_assembly.h"
#include "graph/compact_document.h"
#include "graph/evidence_texts.h"
#include "graph/knowledge_graph.h"

namespace kg::cli {

/// `facts` (in graph order, pointing into `docs`) as chunks of whole facts handed to `emit`
/// as each fills (emit may take the string's bytes), the last one empty (the end of the
/// stream); `document_of[d]` is the corpus number of docs[d].
void for_each_fact_chunk(const std::vector<detail::CompactDocument>& docs, const std::vector<std::uint64_t>& document_of,
                         const std::vector<detail::FactRef>& facts, const std::function<void(std::string&)>& emit);
/// for_each_fact_chunk's chunks kept (rank 0's own stream).
std::vector<std::string> encode_fact_chunks(const std::vector<detail::CompactDocument>& docs,
                                            const std::vector<std::uint64_t>& document_of,
                                            const std::vector<detail::FactRef>& facts);

/// Rank 0 (built with MPI only): adds to `graph`, whose documents and nodes are in, the facts of its own
/// chunks and of the streams ranks 1..ranks-1 send, merged in graph order, through add_edge:
/// the edges' evidence goes to disk (cli/distributed_edge_evidence.h) and the graph keeps it
/// there; `document_texts[g]` is the (id, date) of corpus document g.
void merge_fact_streams(std::vector<std::string> own, int ranks,
                        const std::vector<std::pair<SharedText, SharedText>>& document_texts, KnowledgeGraph& graph);

/// The sentence texts `docs`' facts cite, as chunks of whole documents handed to `emit` as
/// each fills, the last one empty.
void for_each_sentence_chunk(const std::vector<detail::CompactDocument>& docs,
                             const std::function<void(std::string&)>& emit);

/// Rank 0 (built with MPI only): moves into `texts` the sentences ranks 1..ranks-1 send, a
/// rank after another.
void spill_sentence_streams(int ranks, EvidenceTexts& texts);

}  // namespace kg::cli
