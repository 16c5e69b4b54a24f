#pragma once
// Tokens of one sentence: words (letters, digits and marks, with inner hyphens and
// apostrophes kept: "Anna-Maria", "O'Brien"), numbers, possessive endings split off
// ("Kazakhstan" + "’s") and single punctuation characters. Offsets are bytes into the
// normalized text.
#include <cstdint>
#include <string_view>
#include <vector>

namespace kg {

enum class TokenKind : std::uint8_t { Word, Number, Possessive, Punct };

struct Token {
  std::uint32_t begin = 0;
  std::uint32_t end = 0;
  TokenKind kind = TokenKind::Punct;
  bool capitalized = false;  // first letter is upper or title case
  bool all_caps = false;     // two or more letters, none lower case
  bool space_before = false;
};

/// Tokenizes text[begin, end).
std::vector<Token> tokenize(std::string_view text, std::uint32_t begin, std::uint32_t end);

}  // namespace kg
