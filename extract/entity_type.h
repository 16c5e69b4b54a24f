#pragma once
// The kinds of entity kgraph recognises. PERSON, ORG, GPE and EVENT become graph nodes.
#include <optional>
#include <string_view>

namespace kg {

enum class EntityType { Person, Org, Gpe, Event };

/// "PERSON", "ORG", "GPE", "EVENT": the spelling used in every output and in gold files.
std::string_view to_string(EntityType type);
/// Inverse of to_string; nullopt for anything else (case-sensitive).
std::optional<EntityType> parse_entity_type(std::string_view text);

}  // namespace kg
