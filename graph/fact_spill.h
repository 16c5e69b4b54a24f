#pragma once
// FactSpill: the document-local facts of a build, moved to a temp file (graph/spill_file.h)
// as each document is added to the graph builder, so that a build does not hold every
// document's facts (64 bytes each, the largest part of what extraction leaves in memory)
// until resolution. Cluster assembly reads each document's facts back once, in id order, and
// streams them into the graph's edge order through graph/fact_order.h: the facts never sit
// in memory all at once. Records are fixed-size (44 bytes) plus the sentence text when it
// was not moved out already (graph/evidence_texts.h).
//
// add() is not thread-safe; load() may run on many threads at once once adding is done.
#include <cstdint>
#include <vector>

#include "graph/compact_document.h"
#include "graph/spill_file.h"

namespace kg {

class FactSpill {
 public:
  /// Where one document's facts are.
  struct Place {
    std::uint64_t offset = 0, size = 0;
    std::uint32_t count = 0;
  };
  /// Moves `facts` to the file (the vector is left empty, its memory freed). Throws
  /// kg::InputError when the temp file cannot be written.
  Place add(std::vector<detail::CompactFact>& facts);
  /// The facts at `place`, as they were added.
  std::vector<detail::CompactFact> load(const Place& place) const;
  /// Whether some fact added kept its sentence text (it was not moved out before).
  bool has_texts() const { return has_texts_; }

 private:
  SpillFile file_;
  bool has_texts_ = false;
};

}  // namespace kg
