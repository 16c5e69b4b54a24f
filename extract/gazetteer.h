#pragma once
// Places kgraph knows by name: countries (names from ICU's English locale data plus the
// common short forms), their nationality adjectives and demonyms, capitals and major cities,
// and continental regions ("Central Asia", "Europe").
#include <string>
#include <string_view>

namespace kg {

enum class PlaceKind { Country, City, Region };

struct Place {
  PlaceKind kind;
  std::string code;   // ISO 3166 alpha-2 of the country (of the city's country for cities)
  std::string name;   // canonical English name ("Kazakhstan", "Astana")
};

/// Looks up a place by a name written in text: case-insensitive on the folded name
/// ("NUR-SULTAN", "the United States", "Türkiye"). nullptr when unknown; the place lives as
/// long as the process. Never allocates (it runs for every capitalized token).
const Place* find_place(std::string_view folded_name);
/// Country code for a folded nationality adjective or demonym ("kazakh", "german",
/// "germans"), or nullptr. Never allocates.
const std::string* country_of_adjective(std::string_view folded_word);
/// Canonical English name of a country code ("DE" -> "Germany").
std::string country_name(std::string_view code);
/// The main adjective of a country code ("DE" -> "German").
std::string country_adjective(std::string_view code);
/// Longest number of tokens in any multi-word place name (for matching windows).
int max_place_words();

}  // namespace kg
