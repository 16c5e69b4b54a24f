#pragma once
// Moving bytes between ranks. MPI counts are ints, so a message over 2 GiB goes as its length
// and then chunks of at most 1 GiB. Every wait polls and sleeps instead of spinning: ranks
// share cores (mpirun --oversubscribe on a laptop), and a rank that waits must not take CPU
// from one that works.
#include <cstdint>
#include <string>
#include <vector>

#include <mpi.h>

namespace kg::distributed {

/// MPI_Wait that sleeps between tests (up to a few milliseconds).
void wait_politely(MPI_Request& request);

/// Sends `bytes` to `dest`, who calls receive_bytes with the same tag.
void send_bytes(const std::string& bytes, int dest, int tag);
std::string receive_bytes(int source, int tag);

/// Every rank's `mine`, in rank order, on every rank (for small vectors: counts, flags).
std::vector<std::vector<std::uint64_t>> all_gather(const std::vector<std::uint64_t>& mine);

/// Message tags, one per conversation.
enum Tag : int {
  kTagShare = 1, kTagFailed = 2, kTagError = 3,
  kTagAssign = 4, kTagParts = 5, kTagNodes = 6, kTagTitles = 7, kTagFacts = 8,  // cli/distributed_resolution.h
  kTagSentences = 9  // cli/distributed_fact_streams.h
};

}  // namespace kg::distributed
