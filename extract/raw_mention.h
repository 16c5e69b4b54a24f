#pragma once
// What the sentence parser finds before document-level resolution: typed token spans with
// the structure around them (titles, the organization a title belongs to, acronyms).
#include <cstdint>
#include <string>
#include <vector>

#include "extract/entity_type.h"

namespace kg {

struct RawMention {
  RawMention() = default;
  RawMention(EntityType t, std::uint32_t f, std::uint32_t l) : type(t), first(f), last(l) {}

  EntityType type = EntityType::Person;
  std::uint32_t first = 0, last = 0;  // token span [first, last); empty span for synthesized ones
  std::uint32_t begin = 0, end = 0;   // bytes in the normalized text
  std::string text;                   // surface form (or synthesized name)
  std::string key;                    // concept key ("ministry:KZ:Foreign Affairs", "gpe:DE") or empty
  std::string country;                // ISO code the entity belongs to, when known
  std::string rule;                   // which rule found it
  std::vector<std::string> aliases;   // other names stated with it (acronym in parentheses)
  bool emit = true;                   // false: consumed tokens only (regions)
  bool generic = false;               // common-noun reference ("the talks"): resolve, never a name
  bool synthesized = false;           // name built from a title ("Minister of X" -> "Ministry of X")
  // Persons: the title stated with this mention.
  std::string title;
  std::uint32_t title_first = 0, title_last = 0;  // its tokens, when the title is stated in the sentence
  int title_org = -1;                 // index of the ORG mention the title belongs to
  std::string title_country;          // country of the title when no organization is named
  bool parliamentary = false;         // MP, Senator...: member of a parliament
  bool head_of_state = false;
  int member_of = -1;                 // index of an ORG the person belongs to ("MP X (Holos)")
  // Organizations: the organization this one is part of ("the Bundestag's group").
  int part_of = -1;
  // Events: the person whose event this is ("Orlova's visits").
  int owner = -1;
};

}  // namespace kg
