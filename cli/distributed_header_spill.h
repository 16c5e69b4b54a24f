#pragma once
// The records a rank of `mpirun -n N kgraph build` (issue 15) writes for rank 0 to replay
// (distributed/extraction_record.h), kept in an unlinked temp file (graph/spill_file.h) as
// chunks of whole records while the share is extracted (cli/distributed_share.h), and sent
// or replayed a chunk at a time: neither the rank nor rank 0 holds a share's headers whole
// (0.53 bytes per input byte, and a doubling string holds up to twice that).
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "graph/spill_file.h"

namespace kg::cli {

class HeaderSpill {
 public:
  /// Chunks are written once they hold this many bytes (a chunk is never cut in a record).
  static constexpr std::size_t kChunkBytes = std::size_t{1} << 20;

  /// Appends whole records; they go to disk once kChunkBytes are pending. Throws
  /// kg::InputError when the temp file cannot be created or written.
  void add(std::string_view records) {
    pending_ += records;
    if (pending_.size() >= kChunkBytes) finish();
  }
  /// Writes what is pending as a chunk (none when nothing is).
  void finish() {
    if (pending_.empty()) return;
    if (!file_) file_ = std::make_unique<SpillFile>();
    chunks_.emplace_back(file_->append(pending_), pending_.size());
    std::string().swap(pending_);
  }
  /// Calls `use(chunk)` with each chunk in order (never an empty one), read back from disk.
  /// Throws kg::InputError when the temp file cannot be read.
  template <class Use>
  void for_each_chunk(Use&& use) const {
    std::string chunk;
    for (const auto& [offset, size] : chunks_) {
      file_->read(offset, size, chunk);
      use(chunk);
    }
  }
  std::uint64_t bytes() const {
    std::uint64_t n = 0;
    for (const auto& c : chunks_) n += c.second;
    return n;
  }

 private:
  std::unique_ptr<SpillFile> file_;
  std::vector<std::pair<std::uint64_t, std::uint64_t>> chunks_;  // (offset, size) of each chunk
  std::string pending_;
};

}  // namespace kg::cli
