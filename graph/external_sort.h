#pragma once
// ExternalSort: fixed-size records sorted in bounded memory. Records are buffered up to a
// run's worth (16 MiB by default), each full run is sorted and written to a temp file
// (graph/spill_file.h), and each() merges the runs, reading each in 64 KiB chunks: memory is
// one run plus a chunk per run, whatever the number of records. With a single run nothing
// touches the disk. The order is a total one on the records' fields (`Less`), so equal
// records are interchangeable and the output does not depend on how the runs fell.
//
// Not thread-safe.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <memory>
#include <queue>
#include <string>
#include <type_traits>
#include <utility>
#include <vector>

#include "graph/spill_file.h"

namespace kg {

template <class Record, class Less>
class ExternalSort {
  static_assert(std::is_trivially_copyable_v<Record>, "records are written to disk as bytes");

 public:
  explicit ExternalSort(std::size_t run_bytes = std::size_t{16} << 20)
      : run_records_(std::max<std::size_t>(2, run_bytes / sizeof(Record))) {}

  /// Throws kg::InputError when a full run cannot be written to the temp file.
  void add(const Record& r) {
    if (buffer_.capacity() == 0) buffer_.reserve(run_records_);
    buffer_.push_back(r);
    ++total_;
    if (buffer_.size() >= run_records_) write_run();
  }
  std::uint64_t size() const { return total_; }

  /// Calls `f(record)` for every record added, in order; the sorter is empty afterwards.
  template <class F>
  void each(F&& f) {
    if (!file_) {
      std::sort(buffer_.begin(), buffer_.end(), Less{});
      for (const Record& r : buffer_) f(r);
      clear();
      return;
    }
    if (!buffer_.empty()) write_run();
    std::vector<Record>().swap(buffer_);
    std::vector<Cursor> cursors(runs_.size());
    auto later = [&](std::size_t a, std::size_t b) {  // the priority queue's top is the least record
      const Record &x = cursors[a].front(), &y = cursors[b].front();
      if (Less{}(y, x)) return true;
      if (Less{}(x, y)) return false;
      return b < a;
    };
    std::priority_queue<std::size_t, std::vector<std::size_t>, decltype(later)> heap(later);
    for (std::size_t i = 0; i < runs_.size(); ++i) {
      cursors[i].run = runs_[i];
      if (cursors[i].fill(*file_)) heap.push(i);
    }
    while (!heap.empty()) {
      const std::size_t i = heap.top();
      heap.pop();
      f(cursors[i].front());
      if (cursors[i].advance(*file_)) heap.push(i);
    }
    clear();
  }

 private:
  struct Run {
    std::uint64_t offset = 0, count = 0;
  };
  // One run being merged: a chunk of its records in memory.
  struct Cursor {
    static constexpr std::size_t kChunkRecords = std::max<std::size_t>(1, (std::size_t{64} << 10) / sizeof(Record));
    Run run;
    std::uint64_t read = 0;  // records of the run read into chunks so far
    std::string bytes;
    std::size_t at = 0, in_chunk = 0;
    Record current{};

    const Record& front() const { return current; }
    bool fill(const SpillFile& file) {
      if (read == run.count) return false;
      const auto n = static_cast<std::size_t>(std::min<std::uint64_t>(kChunkRecords, run.count - read));
      file.read(run.offset + read * sizeof(Record), n * sizeof(Record), bytes);
      read += n;
      at = 0, in_chunk = n;
      std::memcpy(&current, bytes.data(), sizeof(Record));
      return true;
    }
    bool advance(const SpillFile& file) {
      if (++at == in_chunk) return fill(file);
      std::memcpy(&current, bytes.data() + at * sizeof(Record), sizeof(Record));
      return true;
    }
  };

  void write_run() {
    if (!file_) file_ = std::make_unique<SpillFile>();
    std::sort(buffer_.begin(), buffer_.end(), Less{});
    const std::string_view bytes(reinterpret_cast<const char*>(buffer_.data()), buffer_.size() * sizeof(Record));
    runs_.push_back({file_->append(bytes), buffer_.size()});
    buffer_.clear();
  }
  void clear() {
    std::vector<Record>().swap(buffer_);
    runs_.clear();
    file_.reset();
    total_ = 0;
  }

  std::size_t run_records_;
  std::vector<Record> buffer_;
  std::vector<Run> runs_;
  std::unique_ptr<SpillFile> file_;
  std::uint64_t total_ = 0;
};

}  // namespace kg
