#include "extract/gazetteer.h"

#include <map>
#include <memory>
#include <vector>

#include <unicode/locid.h>
#include <unicode/unistr.h>

#include "extract/fold.h"
#include "extract/gazetteer_data.h"
#include "extract/string_map.h"

namespace kg {
namespace {

std::vector<std::string> split(std::string_view s, char sep) {
  std::vector<std::string> parts;
  std::size_t start = 0;
  for (std::size_t i = 0; i <= s.size(); ++i)
    if (i == s.size() || s[i] == sep) {
      if (i > start) parts.emplace_back(s.substr(start, i - start));
      start = i + 1;
    }
  return parts;
}

int word_count(std::string_view folded) {
  int n = 1;
  for (char c : folded) n += (c == ' ');
  return n;
}

struct Tables {
  StringMap<Place> places;
  StringMap<std::string> adjectives;
  std::map<std::string, std::string> names, main_adjective;
  int max_words = 1;

  void add_place(const std::string& name, Place place) {
    std::string key = fold(name);
    max_words = std::max(max_words, word_count(key));
    places.insert(key, std::move(place));
  }

  Tables() {
    // Official English names from ICU, then our rows (which win for the canonical name).
    const char* const* codes = icu::Locale::getISOCountries();
    for (int i = 0; codes[i]; ++i) {
      icu::UnicodeString display;
      icu::Locale("en", codes[i]).getDisplayCountry(icu::Locale::getEnglish(), display);
      std::string name;
      display.toUTF8String(name);
      if (name.empty() || name == codes[i]) continue;
      names.emplace(codes[i], name);
      add_place(name, {PlaceKind::Country, codes[i], name});
    }
    for (const char* row : detail::kCountryRows) {
      auto fields = split(row, '|');
      fields.resize(4);
      const std::string& code = fields[0];
      std::string name = names.count(code) ? names[code] : code;
      for (const auto& other : split(fields[3], ',')) add_place(other, {PlaceKind::Country, code, name});
      bool first = true;
      for (const auto& adj : split(fields[1], ',')) {
        adjectives.insert(fold(adj), code);
        adjectives.insert(fold(adj) + "s", code);  // demonyms: "Germans", "Kazakhs"
        if (first) main_adjective.emplace(code, adj);
        first = false;
      }
      for (const auto& city : split(fields[2], ',')) add_place(city, {PlaceKind::City, code, city});
    }
    for (const char* row : detail::kCityRows) {
      auto fields = split(row, '|');
      fields.resize(2);
      for (const auto& city : split(fields[1], ',')) add_place(city, {PlaceKind::City, fields[0], city});
    }
    for (const char* region : detail::kRegions) add_place(region, {PlaceKind::Region, "", region});
  }
};

const Tables& tables() {
  static const Tables t;
  return t;
}

}  // namespace

const Place* find_place(std::string_view folded_name) { return tables().places.find(folded_name); }

const std::string* country_of_adjective(std::string_view folded_word) {
  return tables().adjectives.find(folded_word);
}

std::string country_name(std::string_view code) {
  const auto& t = tables();
  auto it = t.names.find(std::string(code));
  return it == t.names.end() ? std::string(code) : it->second;
}

std::string country_adjective(std::string_view code) {
  const auto& t = tables();
  auto it = t.main_adjective.find(std::string(code));
  return it == t.main_adjective.end() ? std::string() : it->second;
}

int max_place_words() { return tables().max_words; }

}  // namespace kg
