#pragma once
// ExtractionSpill: the compact extractions of a build on their way to a store, kept in a
// temp file (graph/spill_file.h) instead of in memory (at 100 MB of news they are some
// 200 MB), with only their ids and places in memory. A build adds each document's bytes as
// soon as it is extracted; the store writer reads them back in id order
// (store/stored_extractions.h). add() is not thread-safe; each() runs on one thread at a
// time once adding is done.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "graph/spill_file.h"
#include "store/stored_extractions.h"

namespace kg {

class ExtractionSpill final : public ExtractionRows {
 public:
  /// Appends one document's bytes; each id once. Throws kg::InputError when the temp file
  /// cannot be written (a full disk).
  void add(const std::string& id, std::string_view bytes);
  void set_version(std::string version) { version_ = std::move(version); }
  std::size_t size() const { return rows_.size(); }

  const std::string& version() const override { return version_; }
  /// Sorts the ids on first use (the rows are read, never added, after that).
  void each(const Row& row) const override;

 private:
  struct Place {
    std::string id;
    std::uint64_t offset = 0, size = 0;
    friend bool operator<(const Place& a, const Place& b) { return a.id < b.id; }
  };
  SpillFile file_;
  std::string version_;
  mutable std::vector<Place> rows_;
  mutable bool sorted_ = true;
};

}  // namespace kg
