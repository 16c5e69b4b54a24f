#pragma once
// What the sequence tagger sees of one token: its words, the lexicon's classes for it and the
// rule parser's proposal. Filled by the extractor (extract/tagging_input.h), so the tagger
// depends on no parser type and can be trained and tested on its own.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace kg::tagger {

struct TaggerToken {
  std::string folded;            // the token folded (lower case, no diacritics)
  std::string shape;             // word shape: "Xx", "X", "x", "d", "X.X" ... (see word_shape)
  std::uint32_t classes = 0;     // lexicon word classes (extract/lexicon.h WordClass bits)
  std::uint32_t place = 0;       // gazetteer: 1 country, 2 capital or city, 4 nationality adjective
  std::string proposal = "O";    // the rule parser's BILOU tag for this token ("B-PERSON", "O")
  bool space_before = false;
};

using TaggerSentence = std::vector<TaggerToken>;

/// Compressed shape of a surface form: runs of upper case "X", lower case "x", digits "d",
/// other characters kept ("Al-Saud" -> "Xx-Xx", "OSCE" -> "X", "2023" -> "d").
std::string word_shape(std::string_view surface);

}  // namespace kg::tagger
