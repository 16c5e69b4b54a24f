#pragma once
// The relation vocabulary of kgraph's triples (the `relation` attribute in every output).
#include <optional>
#include <string_view>

namespace kg {

enum class Relation {
  HoldsPosition,   // PERSON -> ORG (or GPE when no organization is named); carries a title
  MemberOf,        // PERSON -> ORG
  PartOf,          // ORG -> ORG or GPE
  LocatedIn,       // ORG/EVENT -> GPE
  MetWith,         // PERSON <-> PERSON, symmetric: stored with source label <= target label
  ParticipatedIn,  // PERSON -> EVENT
  Chaired,         // PERSON -> EVENT
};

/// Snake-case name: "holds_position", "met_with", ...
std::string_view to_string(Relation relation);
/// Human-readable label: "holds position", "met with", ...
std::string_view label(Relation relation);
std::optional<Relation> parse_relation(std::string_view text);
/// True for relations whose direction carries no meaning (met_with).
bool is_symmetric(Relation relation);

}  // namespace kg
