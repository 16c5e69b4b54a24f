#pragma once
// Every rank of `mpirun -n N kgraph build` (issue 15) keeps its share's documents encoded
// (graph/compact_codec.h) in an unlinked temp file (graph/spill_file.h), each written as soon
// as it is extracted (cli/distributed_share.h); the phases of the resolution read them back
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
  /// Where a document's bytes are in the temp file.
  using Span = std::pair<std::uint64_t, std::uint64_t>;  // (offset, size)
  /// Writes a document's bytes without numbering it (not thread-safe: the caller locks), so
  /// each extraction leaves memory as soon as it is made, in whatever order they finish;
  /// push() numbers them, in the order of their records.
  Span write(std::string_view compact) {
    if (!file_) file_ = std::make_unique<SpillFile>();
    return {file_->append(compact), compact.size()};
  }
  /// `facts`: how many facts the document has (facts() sums them: room a rank reserves).
  void push(Span span, std::size_t facts) {
    spans_.push_back(span);
    facts_ += facts;
  }
  std::size_t size() const { return spans_.size(); }
  std::uint64_t facts() const { return facts_; }
  /// The `i`-th document added, decoded. Throws kg::InputError when it cannot be read.
  detail::CompactDocument load(std::size_t i) const {
    std::string bytes;
    file_->read(spans_.at(i).first, spans_[i].second, bytes);
    return decode_compact(bytes, "this rank's temp file of its documents");
  }

 private:
  std::unique_ptr<SpillFile> file_;
  std::vector<Span> spans_;  // of each document, in record order
  std::uint64_t facts_ = 0;
};

}  // namespace kg::cli
