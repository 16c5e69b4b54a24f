#include "distributed/document_partition.h"

#include <algorithm>

namespace kg::distributed {
namespace {

// The first byte of rank r's range: floor(total * r / ranks), without overflow.
std::uint64_t range_start(std::uint64_t total, int rank, int ranks) {
  const auto r = static_cast<std::uint64_t>(rank), n = static_cast<std::uint64_t>(ranks);
  return total / n * r + total % n * r / n;
}

}  // namespace

std::vector<Piece> partition(const std::vector<PartitionInput>& inputs, int rank, int ranks) {
  std::uint64_t total = 0;
  for (const auto& in : inputs) total += in.bytes;
  const std::uint64_t begin = range_start(total, rank, ranks);
  const std::uint64_t end = rank + 1 == ranks ? total : range_start(total, rank + 1, ranks);
  const bool last = rank + 1 == ranks;
  std::vector<Piece> pieces;
  std::uint64_t offset = 0;  // of input i in the concatenation
  for (std::size_t i = 0; i < inputs.size(); offset += inputs[i].bytes, ++i) {
    const std::uint64_t size = inputs[i].bytes;
    // The range that holds a byte at `at`; the last rank also takes what starts at the very end.
    auto owns = [&](std::uint64_t at) { return (at >= begin && at < end) || (last && at == total); };
    if (!inputs[i].splittable || size == 0) {
      if (owns(offset)) pieces.push_back({i, true, 0, 0});
      continue;
    }
    const std::uint64_t from = std::max(offset, begin), to = std::min(offset + size, end);
    if (from >= to) continue;
    if (from == offset && to == offset + size) pieces.push_back({i, true, 0, 0});
    else pieces.push_back({i, false, from - offset, to - offset});
  }
  return pieces;
}

}  // namespace kg::distributed
