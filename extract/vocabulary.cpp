#include "extract/entity_type.h"
#include "extract/relation.h"

#include <array>
#include <utility>

namespace kg {
namespace {
constexpr std::array<std::pair<EntityType, std::string_view>, 4> kTypes{{
    {EntityType::Person, "PERSON"},
    {EntityType::Org, "ORG"},
    {EntityType::Gpe, "GPE"},
    {EntityType::Event, "EVENT"},
}};
struct RelationName {
  Relation relation;
  std::string_view name;
  std::string_view label;
};
constexpr std::array<RelationName, 7> kRelations{{
    {Relation::HoldsPosition, "holds_position", "holds position"},
    {Relation::MemberOf, "member_of", "member of"},
    {Relation::PartOf, "part_of", "part of"},
    {Relation::LocatedIn, "located_in", "located in"},
    {Relation::MetWith, "met_with", "met with"},
    {Relation::ParticipatedIn, "participated_in", "participated in"},
    {Relation::Chaired, "chaired", "chaired"},
}};
}  // namespace

std::string_view to_string(EntityType type) {
  for (const auto& [t, name] : kTypes)
    if (t == type) return name;
  return "?";
}

std::optional<EntityType> parse_entity_type(std::string_view text) {
  for (const auto& [t, name] : kTypes)
    if (name == text) return t;
  return std::nullopt;
}

std::string_view to_string(Relation relation) {
  for (const auto& r : kRelations)
    if (r.relation == relation) return r.name;
  return "?";
}

std::string_view label(Relation relation) {
  for (const auto& r : kRelations)
    if (r.relation == relation) return r.label;
  return "?";
}

std::optional<Relation> parse_relation(std::string_view text) {
  for (const auto& r : kRelations)
    if (r.name == text) return r.relation;
  return std::nullopt;
}

bool is_symmetric(Relation relation) { return relation == Relation::MetWith; }

}  // namespace kg
