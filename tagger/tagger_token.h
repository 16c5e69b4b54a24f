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
  std::uint32_t document = 0;    // what the document before it says of this word (DocumentFlag bits)
  bool space_before = false;
  /// Set by the caller: a lower-case word, number or sign that no span starts, ends or continues
  /// at by itself (no proposal, no place, no word class that names are built from). The tagger
  /// scores no such token between two others (SequenceTagger::quiet).
  bool plain = false;
};

/// Document-level evidence about a token's word, from the sentences before it (and, for an
/// abbreviation, its own sentence): how the word was written and proposed there.
enum DocumentFlag : std::uint32_t {
  kSeenLower = 1u << 0,        // written in lower case earlier
  kSeenCapitalized = 1u << 1,  // capitalized earlier, not as a sentence's first word
  kSeenProposed = 1u << 2,     // inside a rule proposal earlier: bit kSeenProposed << SpanType
  kAbbreviates = 1u << 7,      // an all-caps word whose letters abbreviate a capitalized name seen before it
};
inline constexpr int kDocumentFlags = 8;

using TaggerSentence = std::vector<TaggerToken>;

/// Compressed shape of a surface form: runs of upper case "X", lower case "x", digits "d",
/// other characters kept ("Al-Saud" -> "Xx-Xx", "OSCE" -> "X", "2023" -> "d").
std::string word_shape(std::string_view surface);

}  // namespace kg::tagger
