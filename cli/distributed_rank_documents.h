#pragma once
// The documents one rank of `mpirun -n N kgraph build` (issue 15) resolves: on rank 0 with
// --into, the store's first, decoded as the store gave them; then the rank's own share, kept
// encoded in a temp file (cli/distributed_document_spill.h). Each phase of the resolution
// (node parts, facts, cited sentences) reads the documents it needs one at a time, so no rank
// holds its share decoded: a rank's memory is its headers, node parts and facts, not its
// documents. Reading a document again decodes the same bytes, so it comes back equal.
#include <cstddef>
#include <stdexcept>
#include <utility>
#include <vector>

#include "cli/distributed_document_spill.h"
#include "graph/compact_document.h"

namespace kg::cli {

class RankDocuments {
 public:
  RankDocuments() = default;
  RankDocuments(std::vector<detail::CompactDocument> stored, DocumentSpill spilled)
      : stored_(std::move(stored)), spilled_(std::move(spilled)) {}

  /// Local numbers: the stored documents' first, in the order of the records.
  std::size_t size() const { return stored_.size() + spilled_.size(); }
  /// How many facts the documents have in all.
  std::uint64_t facts() const {
    std::uint64_t n = spilled_.facts();
    for (const auto& doc : stored_) n += doc.facts.size();
    return n;
  }
  /// Calls `visit(doc)` with document number `local`. Throws std::runtime_error for a number
  /// out of range (a message between ranks that names no document of this rank), kg::InputError
  /// when the temp file cannot be read.
  /// `doc` may be changed (EvidenceTexts::spill clears its texts): a stored document keeps the
  /// change, one read from disk does not.
  template <class Visit>
  void visit(std::size_t local, Visit&& visit) {
    if (local < stored_.size()) return visit(stored_[local]);
    if (local >= size()) throw std::runtime_error("a message between MPI ranks names a document this rank does not hold");
    detail::CompactDocument doc = spilled_.load(local - stored_.size());
    visit(doc);
  }

 private:
  std::vector<detail::CompactDocument> stored_;
  DocumentSpill spilled_;
};

}  // namespace kg::cli
