#include "extract/acronym.h"

#include <string>
#include <vector>

#include "extract/fold.h"

namespace kg {
namespace {

bool function_word(const std::string& w) {
  return w == "of" || w == "the" || w == "and" || w == "for" || w == "on" || w == "in" || w == "under" || w == "to" ||
         w == "at" || w == "&" || w == "de" || w == "des" || w == "du" || w == "la" || w == "le";
}

// Letters and digits of the acronym, folded; other characters ("U.N.", "IPA-CIS") ignored.
std::string letters_of(std::string_view acronym) {
  std::string out;
  for (char c : fold(acronym))
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) out += c;
  return out;
}

std::vector<std::string> words_of(std::string_view name, bool split_hyphens) {
  std::vector<std::string> words;
  std::string w, joined;
  for (char c : name)  // fold() turns hyphens into spaces: join "Co-operation" first when asked
    if (split_hyphens || c != '-') joined += c;
  for (char c : fold(joined)) {
    bool sep = c == ' ' || c == ',' || c == '(' || c == ')' || c == '.' || (split_hyphens && c == '-');
    if (sep) {
      if (!w.empty()) words.push_back(w), w.clear();
    } else if (c != '-' && c != '\'') {
      w += c;
    }
  }
  if (!w.empty()) words.push_back(w);
  return words;
}

bool match(const std::string& acr, std::size_t a, const std::vector<std::string>& words, std::size_t w, int budget) {
  if (--budget < 0) return false;  // bounded search: names are short, this never binds in practice
  if (w == words.size()) return a == acr.size();
  const std::string& word = words[w];
  if (function_word(word) && match(acr, a, words, w + 1, budget)) return true;
  for (std::size_t k = 1; k <= word.size() && a + k <= acr.size(); ++k) {
    if (acr[a + k - 1] != word[k - 1]) break;
    if (match(acr, a + k, words, w + 1, budget)) return true;
  }
  return false;
}

}  // namespace

bool is_acronym_of(std::string_view acronym, std::string_view name) {
  std::string acr = letters_of(acronym);
  if (acr.size() < 2) return false;
  for (bool split : {false, true}) {
    auto words = words_of(name, split);
    std::size_t content = 0;
    for (const auto& w : words) content += !function_word(w);
    if (content < 2 || content > acr.size()) continue;
    if (match(acr, 0, words, 0, 4096)) return true;
  }
  return false;
}

}  // namespace kg
