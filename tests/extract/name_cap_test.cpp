// cap_utf8 and cap_entity_names: long names are cut at a code-point boundary.
#include <catch2/catch.hpp>

#include "extract/name_cap.h"

TEST_CASE("cap_utf8 cuts at a code point boundary and trims spaces", "[extract][name_cap]") {
  auto [text, max, expected] = GENERATE(table<std::string, std::size_t, std::string>({
      {"short", 10, "short"},
      {"exactly10!", 10, "exactly10!"},
      {"Ali Bako Kemal", 9, "Ali Bako"},
      {"Ali Bako Kemal", 8, "Ali Bako"},
      {"Zo\xC3\xAB", 3, "Zo"},                     // ë is two bytes: not split
      {"a\xF0\x9F\x98\x80z", 4, "a"},              // a 4-byte emoji is not split
      {"a\xF0\x9F\x98\x80z", 5, "a\xF0\x9F\x98\x80"},
  }));
  CHECK(kg::cap_utf8(text, max) == expected);
}

TEST_CASE("cap_entity_names caps names, forms and mentions and counts cut names", "[extract][name_cap]") {
  kg::DocumentExtraction x;
  kg::ExtractedEntity long_one;
  long_one.name = std::string(300, 'A');
  long_one.forms = {std::string(300, 'A'), std::string(299, 'A'), "Short"};
  long_one.mentions.resize(1);
  long_one.mentions[0].text = std::string(400, 'B');
  kg::ExtractedEntity short_one;
  short_one.name = "Ali Bako";
  short_one.forms = {"Ali Bako"};
  x.entities = {long_one, short_one};
  CHECK(kg::cap_entity_names(x) == 1);
  CHECK(x.entities[0].name == std::string(kg::kMaxNameBytes, 'A'));
  CHECK(x.entities[0].forms == std::vector<std::string>{std::string(kg::kMaxNameBytes, 'A'), "Short"});
  CHECK(x.entities[0].mentions[0].text.size() == kg::kMaxNameBytes);
  CHECK(x.entities[1].name == "Ali Bako");
}
