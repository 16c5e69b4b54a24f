#include "distributed/rank_exchange.h"

#include <algorithm>
#include <chrono>
#include <thread>

namespace kg::distributed {
namespace {

constexpr std::uint64_t kChunk = std::uint64_t{1} << 30;

}  // namespace

void wait_politely(MPI_Request& request) {
  auto pause = std::chrono::microseconds(50);
  for (int done = 0;;) {
    MPI_Test(&request, &done, MPI_STATUS_IGNORE);
    if (done) return;
    std::this_thread::sleep_for(pause);
    pause = std::min(pause * 2, std::chrono::microseconds(5000));
  }
}

void send_bytes(const std::string& bytes, int dest, int tag) {
  std::uint64_t size = bytes.size();
  MPI_Request request;
  MPI_Isend(&size, 1, MPI_UINT64_T, dest, tag, MPI_COMM_WORLD, &request);
  wait_politely(request);
  for (std::uint64_t at = 0; at < size; at += kChunk) {
    int n = static_cast<int>(std::min(kChunk, size - at));
    MPI_Isend(bytes.data() + at, n, MPI_BYTE, dest, tag, MPI_COMM_WORLD, &request);
    wait_politely(request);
  }
}

std::string receive_bytes(int source, int tag) {
  std::uint64_t size = 0;
  MPI_Request request;
  MPI_Irecv(&size, 1, MPI_UINT64_T, source, tag, MPI_COMM_WORLD, &request);
  wait_politely(request);
  std::string bytes(size, '\0');
  for (std::uint64_t at = 0; at < size; at += kChunk) {
    int n = static_cast<int>(std::min(kChunk, size - at));
    MPI_Irecv(bytes.data() + at, n, MPI_BYTE, source, tag, MPI_COMM_WORLD, &request);
    wait_politely(request);
  }
  return bytes;
}

std::vector<std::vector<std::uint64_t>> all_gather(const std::vector<std::uint64_t>& mine) {
  int ranks = 1;
  MPI_Comm_size(MPI_COMM_WORLD, &ranks);
  int count = static_cast<int>(mine.size());
  std::vector<int> counts(static_cast<std::size_t>(ranks)), displs(counts.size());
  MPI_Request request;
  MPI_Iallgather(&count, 1, MPI_INT, counts.data(), 1, MPI_INT, MPI_COMM_WORLD, &request);
  wait_politely(request);
  int total = 0;
  for (std::size_t r = 0; r < counts.size(); ++r) {
    displs[r] = total;
    total += counts[r];
  }
  std::vector<std::uint64_t> all(static_cast<std::size_t>(total));
  MPI_Iallgatherv(mine.data(), count, MPI_UINT64_T, all.data(), counts.data(), displs.data(), MPI_UINT64_T,
                  MPI_COMM_WORLD, &request);
  wait_politely(request);
  std::vector<std::vector<std::uint64_t>> out(counts.size());
  for (std::size_t r = 0; r < counts.size(); ++r)
    out[r].assign(all.begin() + displs[r], all.begin() + displs[r] + counts[r]);
  return out;
}

}  // namespace kg::distributed
