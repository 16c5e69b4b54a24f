#pragma once
// The result of extracting one document: a pure function of that document's text, so
// documents can be processed on any thread or machine and merged later (graph/resolver.h).
#include <cstdint>
#include <string>
#include <vector>

#include "extract/entity_type.h"
#include "extract/provenance.h"
#include "extract/relation.h"

namespace kg {

/// One occurrence of an entity in the text.
struct Mention {
  ByteRange range;            // into the original bytes
  std::uint32_t sentence = 0;
  std::string text;           // surface form as written (NFC)
  std::string rule;           // how it was found or resolved ("title", "surname", "pronoun", ...)
};

/// A document-local entity: all mentions that the extractor decided are the same thing.
struct ExtractedEntity {
  EntityType type = EntityType::Person;
  std::string name;                  // the fullest form seen in this document
  std::vector<std::string> forms;    // every surface form, name included, in first-seen order
  std::vector<std::string> references;  // events: generic references resolved here ("the meeting")
  std::vector<Mention> mentions;
  std::string key;                   // resolution hint: a concept key ("gpe:DE", "mfa:KZ") or empty
  std::string country;               // ISO code of the entity's country when known (for DOT clusters)
  std::string date;                  // for events: the event date when stated
};

/// A typed triple between two document-local entities.
struct ExtractedFact {
  std::uint32_t subject = 0;  // index into DocumentExtraction::entities
  std::uint32_t object = 0;
  Relation relation = Relation::MetWith;
  std::string title;          // for holds_position: the title as written
  Evidence evidence;
};

struct DocumentExtraction {
  std::string doc_id;
  std::string date;
  std::string source;
  std::string url;
  std::uint32_t sentence_count = 0;
  std::uint32_t invalid_utf8 = 0;  // count of replaced ill-formed sequences
  std::vector<ExtractedEntity> entities;
  std::vector<ExtractedFact> facts;
};

}  // namespace kg
