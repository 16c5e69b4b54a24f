#pragma once
// A gold file: what a correct graph holds for one document (schema in ../shared/README.md).
// Types and relations stay strings, exactly as written, so reports can echo them.
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace kg {

struct GoldEntity {
  std::string name;
  std::string type;                  // PERSON, ORG, GPE or EVENT
  std::vector<std::string> aliases;  // other surface forms in the text
};

struct GoldRelation {
  std::string subject;   // the name of an entity of the same file
  std::string relation;  // holds_position, member_of, part_of, met_with, participated_in, chaired
  std::string object;
  std::string title;     // holds_position only; may be empty
};

struct Gold {
  std::string document;  // the document id it describes: the file name without ".gold.json"
  std::string source;
  std::vector<GoldEntity> entities;
  std::vector<GoldRelation> relations;
};

/// Parses a gold file held in memory. Besides JSON syntax and types it checks that every
/// type and relation is known, that no entity is listed twice (same type and folded name)
/// and that every relation names entities of the file. Throws kg::InputError naming
/// `file_name` and the line:column of the offending value.
Gold parse_gold(std::string_view bytes, const std::string& file_name);

/// Reads and parses a gold file; `document` is the file name without ".gold.json" (or
/// without its extension). Throws kg::InputError if it cannot be read.
Gold load_gold(const std::filesystem::path& path);

}  // namespace kg
