#pragma once
// EvidenceTexts: the sentences a build's evidence cites, moved out of memory as each
// document is extracted, into a temp file (graph/spill_file.h), and read back one at a time
// by the writers (KnowledgeGraph::evidence_text). Each cited sentence is written once; in
// memory stays its place, 16 bytes per sentence, found by document id and sentence index.
//
// A sentence text is a function of its document and index, so evidence without its text
// compares, sorts and deduplicates as it did with it: the graph built from spilled documents
// is the same graph, and every output written from it the same bytes.
//
// spill() is not thread-safe; text() may run on many threads at once once spilling is done.
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "extract/provenance.h"
#include "graph/compact_document.h"
#include "graph/spill_file.h"

namespace kg {

class EvidenceTexts {
 public:
  /// Writes the sentence texts of `doc`'s facts to the file and clears them in its facts.
  /// Each document once. Throws kg::InputError when the temp file cannot be written.
  void spill(detail::CompactDocument& doc);
  /// The text of `e`, whose document was spilled ("" when it was not), valid until the
  /// next call on this thread.
  std::string_view text(const Evidence& e) const;

 private:
  struct Place {
    std::uint32_t sentence = 0, size = 0;
    std::uint64_t offset = 0;
  };
  SpillFile file_;
  std::unordered_map<std::string, std::vector<Place>> documents_;  // places sorted by sentence
};

}  // namespace kg
