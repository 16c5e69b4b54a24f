#include "extract/token.h"

#include <array>
#include <cstdint>

#include <unicode/uchar.h>
#include <unicode/utf8.h>

namespace kg {
namespace {

// What the ASCII run loop of tokenize() needs of a byte; bytes from 0x80 are Other.
enum class AsciiClass : std::uint8_t { Other, Lower, Upper, Digit };
constexpr auto kAsciiClass = [] {
  std::array<AsciiClass, 256> t{};
  for (int b = 0; b < 0x80; ++b)
    t[static_cast<std::size_t>(b)] = b >= 'a' && b <= 'z'   ? AsciiClass::Lower
                                     : b >= 'A' && b <= 'Z' ? AsciiClass::Upper
                                     : b >= '0' && b <= '9' ? AsciiClass::Digit
                                                            : AsciiClass::Other;
  return t;
}();

bool is_word_char(UChar32 c) {
  if (c < 0x80) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  return u_isalnum(c) || u_charType(c) == U_NON_SPACING_MARK || u_charType(c) == U_COMBINING_SPACING_MARK;
}

// Letter properties with an ASCII fast path: most news text is ASCII, and ICU's property
// lookups cost a function call and a trie walk per character.
bool is_alpha(UChar32 c) { return c < 0x80 ? ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') : u_isalpha(c); }
bool is_lower(UChar32 c) { return c < 0x80 ? (c >= 'a' && c <= 'z') : u_islower(c); }
bool is_upper(UChar32 c) { return c < 0x80 ? (c >= 'A' && c <= 'Z') : u_isupper(c) || u_istitle(c); }
bool is_digit(UChar32 c) { return c < 0x80 ? (c >= '0' && c <= '9') : u_isdigit(c); }
bool is_space(UChar32 c) { return c < 0x80 ? c == ' ' || (c >= '\t' && c <= '\r') : u_isUWhiteSpace(c); }

bool is_apostrophe(UChar32 c) { return c == '\'' || c == 0x2019 || c == 0x02BC; }
bool is_hyphen(UChar32 c) { return c == '-' || c == 0x2010 || c == 0x2011; }

UChar32 peek(const uint8_t* s, int32_t i, int32_t end) {
  if (i >= end) return -1;
  UChar32 c;
  U8_NEXT(s, i, end, c);
  return c;
}

}  // namespace

std::vector<Token> tokenize(std::string_view text, std::uint32_t begin, std::uint32_t end) {
  std::vector<Token> tokens;
  tokens.reserve((end - begin) / 4 + 4);  // about one token per 5 bytes of English
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  auto i = static_cast<int32_t>(begin);
  const auto stop = static_cast<int32_t>(end);
  bool space = false;
  while (i < stop) {
    int32_t start = i;
    UChar32 c;
    U8_NEXT(s, i, stop, c);
    if (c < 0) c = 0xFFFD;
    if (is_space(c)) {
      space = true;
      continue;
    }
    Token t;
    t.begin = static_cast<std::uint32_t>(start);
    t.space_before = space;
    space = false;
    if (is_apostrophe(c) && !tokens.empty() && !t.space_before && tokens.back().kind == TokenKind::Word) {
      UChar32 n = peek(s, i, stop);
      if (n == 's' || n == 'S') {
        int32_t j = i;
        U8_FWD_1(s, j, stop);
        if (!is_word_char(peek(s, j, stop))) {
          t.kind = TokenKind::Possessive;
          t.end = static_cast<std::uint32_t>(j);
          i = j;
          tokens.push_back(t);
          continue;
        }
      } else if (!is_word_char(n) && tokens.back().end > 0 && (text[tokens.back().end - 1] == 's')) {
        t.kind = TokenKind::Possessive;  // plural possessive: "ministers’"
        t.end = static_cast<std::uint32_t>(i);
        tokens.push_back(t);
        continue;
      }
    }
    if (!is_word_char(c)) {
      t.kind = TokenKind::Punct;
      t.end = static_cast<std::uint32_t>(i);
      tokens.push_back(t);
      continue;
    }
    bool letters = false, digits_only = true, any_lower = false;
    int upper = 0;
    bool first = true;
    for (UChar32 ch = c;;) {
      if (is_alpha(ch)) {
        letters = true;
        digits_only = false;
        bool up = is_upper(ch);
        if (is_lower(ch)) any_lower = true;
        else if (up) ++upper;
        if (first) t.capitalized = up;
      } else if (!is_digit(ch)) {
        digits_only = false;
      }
      first = false;
      for (; i < stop; ++i) {  // the rest of an ASCII run
        const AsciiClass k = kAsciiClass[s[i]];
        if (k == AsciiClass::Lower) {
          letters = true, digits_only = false, any_lower = true;
          while (i + 1 < stop && kAsciiClass[s[i + 1]] == AsciiClass::Lower) ++i;  // changes none of the flags
        } else if (k == AsciiClass::Upper) {
          letters = true, digits_only = false, ++upper;
        } else if (k != AsciiClass::Digit) {
          break;  // not a word character, or not ASCII
        }
      }
      UChar32 n = peek(s, i, stop);
      if (n >= 0 && is_word_char(n)) {
        U8_FWD_1(s, i, stop);
        ch = n;
        continue;
      }
      // Inner hyphen or apostrophe followed by a word character continues the word,
      // except the possessive ending, which becomes a token of its own.
      if (n >= 0 && (is_hyphen(n) || is_apostrophe(n) || (n == '.' && digits_only))) {
        int32_t j = i;
        U8_FWD_1(s, j, stop);
        UChar32 after = peek(s, j, stop);
        if (after >= 0 && is_word_char(after)) {
          if (is_apostrophe(n) && (after == 's' || after == 'S')) {
            int32_t k = j;
            U8_FWD_1(s, k, stop);
            if (!is_word_char(peek(s, k, stop))) break;
          }
          if (n == '.' && !is_digit(after)) break;
          i = j;
          U8_FWD_1(s, i, stop);
          ch = after;
          if (is_alpha(after) && first) t.capitalized = is_upper(after);
          continue;
        }
      }
      break;
    }
    t.end = static_cast<std::uint32_t>(i);
    t.kind = (digits_only || !letters) ? TokenKind::Number : TokenKind::Word;
    t.all_caps = letters && !any_lower && upper >= 2;
    tokens.push_back(t);
  }
  return tokens;
}

}  // namespace kg
