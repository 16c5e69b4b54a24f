#pragma once
// Which gold entities an extracted entity may be, for labelling training examples: gold names
// and aliases by their name keys (extract/name_key.h), an extracted entity by its name, its
// forms and (for events) the references it keeps as written.
#include <map>
#include <set>
#include <string>

#include "eval/gold.h"
#include "extract/document_extraction.h"

namespace kg::training {

using GoldNames = std::map<std::string, std::set<std::string>>;  // name key -> gold entity names

/// Gold entities by the name keys of their name and aliases (an ambiguous key names several).
GoldNames gold_names_by_key(const Gold& gold);

/// The gold entities an extracted entity may be: those any of its names names.
std::set<std::string> gold_entities(const ExtractedEntity& e, const GoldNames& by_key);

}  // namespace kg::training
