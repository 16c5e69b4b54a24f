#pragma once
// What the reduce step keeps of one extracted document: per entity its names and how often
// each was written, per fact its evidence (whose sentence text is shared, extract/shared_text.h).
// The per-mention records, the text and the parser's working state are dropped as soon as a
// document is extracted, so a build's memory grows with what it cites, not with what it reads.
#include <cstdint>
#include <string>
#include <vector>

#include "extract/document_extraction.h"
#include "graph/knowledge_graph.h"

namespace kg::detail {

struct CompactEntity {
  EntityType type = EntityType::Person;
  std::string name;
  std::vector<std::string> forms;            // as extracted (empty for a name built, not written)
  std::vector<std::uint32_t> form_mentions;  // per form (or for the name, when forms is empty):
                                             // the mentions written exactly so
  std::uint32_t mentions = 0;
  std::string name_key;                      // name_key(name), computed once (extract/name_key.h)
  std::vector<std::string> form_keys;        // name_key of each form (or of the name), likewise
  std::vector<std::string> references;
  std::string key;
  std::string country;
  std::string date;
};

/// A fact without what all facts of its document share: the document id and date live in
/// CompactDocument::info, titles in CompactDocument::titles (index 0 is "no title").
struct CompactFact {
  std::uint32_t subject = 0, object = 0;
  Relation relation = Relation::MetWith;
  std::uint32_t title = 0;
  std::uint32_t sentence = 0;
  ByteRange sentence_range, subject_range, object_range;
  SharedText text;
};

struct CompactDocument {
  DocumentInfo info;
  std::vector<CompactEntity> entities;
  std::vector<CompactFact> facts;   // sorted, without repeats
  std::vector<std::string> titles;  // titles[0] is empty
  SharedText id, date;              // info.id and info.date, for the evidence made from the facts

  Evidence evidence(const CompactFact& f) const {
    return {id, f.sentence, f.sentence_range, f.subject_range, f.object_range, f.text, date};
  }
};

CompactDocument compact(DocumentExtraction extraction);

/// The forms that may label an entity: its forms, or its name when it has none.
inline const std::vector<std::string>& label_forms(const CompactEntity& e, std::vector<std::string>& scratch) {
  if (!e.forms.empty()) return e.forms;
  scratch.assign(1, e.name);
  return scratch;
}

}  // namespace kg::detail
