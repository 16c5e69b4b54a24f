#pragma once
// SpillFile: bytes a build writes once and reads back later, kept on disk rather than in
// memory (the evidence sentences, graph/evidence_texts.h; the compact extractions of a
// store, store/extraction_spill.h). An unlinked temp file in $TMPDIR (else /tmp): nothing is
// left behind whatever happens to the process.
//
// append() is not thread-safe; read() may run on many threads at once (pread), also while
// nothing is appended.
#include <cstdint>
#include <string>
#include <string_view>

namespace kg {

class SpillFile {
 public:
  /// Throws kg::InputError naming the directory when the file cannot be created.
  SpillFile();
  ~SpillFile();
  SpillFile(const SpillFile&) = delete;
  SpillFile& operator=(const SpillFile&) = delete;

  /// Writes `bytes` at the end; returns their offset. Throws kg::InputError when the file
  /// cannot be written (a full disk).
  std::uint64_t append(std::string_view bytes);
  /// The `size` bytes at `offset` into `out`. Throws kg::InputError when they cannot be read.
  void read(std::uint64_t offset, std::uint64_t size, std::string& out) const;
  std::uint64_t size() const { return end_; }

 private:
  [[noreturn]] void fail(const char* what, int error) const;
  int fd_ = -1;
  std::uint64_t end_ = 0;
};

}  // namespace kg
