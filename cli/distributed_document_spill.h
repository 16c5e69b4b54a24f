#pragma once
// Rank 0 of `mpirun -n N kgraph build` (issue 15) holds every entity's keys while it clusters
// (cli/distributed_resolution.h), and its own documents are not read until clustering is
// done: so it keeps them encoded (graph/compact_codec.h) in an unlinked temp file
// (graph/spill_file.h) from the moment their headers are written; once the keys and the
// union-find are freed it sums their node parts a document at a time, and decodes them all
// only after the nodes are finished. The bytes are the ones decoded the first time, so the
// documents come back equal field by field.
#include <cstdint>
#include <memory>
#include <string_view>
#include <utility>
#include <vector>

#include "graph/compact_codec.h"
#include "graph/compact_document.h"
#include "graph/spill_file.h"

namespace kg::cli {

class DocumentSpill {
 public:
  /// Appends one document's encoded extraction. Throws kg::InputError when the temp file
  /// cannot be created or written.
  void add(std::string_view compact) {
    if (!file_) file_ = std::make_unique<SpillFile>();
    spans_.emplace_back(file_->append(compact), compact.size());
  }
  std::size_t size() const { return spans_.size(); }
  /// The `i`-th document added, decoded. Throws kg::InputError when it cannot be read.
  detail::CompactDocument load(std::size_t i) const {
    std::string bytes;
    file_->read(spans_.at(i).first, spans_[i].second, bytes);
    return decode_compact(bytes, "rank 0's temp file of its documents");
  }
  /// Decodes the documents in the order they were added, appended to `docs`, and frees the
  /// file. Throws kg::InputError when it cannot be read.
  void decode_into(std::vector<detail::CompactDocument>& docs) {
    docs.reserve(docs.size() + spans_.size());
    for (std::size_t i = 0; i < spans_.size(); ++i) docs.push_back(load(i));
    spans_ = {};
    file_.reset();
  }

 private:
  std::unique_ptr<SpillFile> file_;
  std::vector<std::pair<std::uint64_t, std::uint64_t>> spans_;  // (offset, size) of each document
};

}  // namespace kg::cli
