#pragma once
// Every rank of `mpirun -n N kgraph build` (issue 15) keeps its share's documents encoded
// (graph/compact_codec.h) in an unlinked temp file (graph/spill_file.h), each written as its
// batch is extracted (cli/distributed_share.h); the phases of the resolution read them back
// one at a time (cli/distributed_rank_documents.h). The bytes are the ones the document's
// header was made from, so a document comes back equal field by field whenever it is read.
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
    return decode_compact(bytes, "this rank's temp file of its documents");
  }

 private:
  std::unique_ptr<SpillFile> file_;
  std::vector<std::pair<std::uint64_t, std::uint64_t>> spans_;  // (offset, size) of each document
};

}  // namespace kg::cli
