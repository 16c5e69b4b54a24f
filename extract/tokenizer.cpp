#include "extract/token.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

namespace kg {
namespace {

bool is_word_char(UChar32 c) {
  if (c < 0x80) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  return u_isalnum(c) || u_charType(c) == U_NON_SPACING_MARK || u_charType(c) == U_COMBINING_SPACING_MARK;
}

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
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  auto i = static_cast<int32_t>(begin);
  const auto stop = static_cast<int32_t>(end);
  bool space = false;
  while (i < stop) {
    int32_t start = i;
    UChar32 c;
    U8_NEXT(s, i, stop, c);
    if (c < 0) c = 0xFFFD;
    if (c == ' ' || c == '\n' || c == '\t' || u_isUWhiteSpace(c)) {
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
    int32_t last = i;
    for (UChar32 ch = c;;) {
      if (u_isalpha(ch)) {
        letters = true;
        digits_only = false;
        if (u_islower(ch)) any_lower = true;
        else if (u_isupper(ch) || u_istitle(ch)) ++upper;
        if (first) t.capitalized = u_isupper(ch) || u_istitle(ch);
      } else if (!u_isdigit(ch)) {
        digits_only = false;
      }
      first = false;
      last = i;
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
          if (n == '.' && !u_isdigit(after)) break;
          i = j;
          U8_FWD_1(s, i, stop);
          ch = after;
          if (u_isalpha(after) && first) t.capitalized = u_isupper(after);
          continue;
        }
      }
      break;
    }
    (void)last;
    t.end = static_cast<std::uint32_t>(i);
    t.kind = (digits_only || !letters) ? TokenKind::Number : TokenKind::Word;
    t.all_caps = letters && !any_lower && upper >= 2;
    tokens.push_back(t);
  }
  return tokens;
}

}  // namespace kg
