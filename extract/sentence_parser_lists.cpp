// SentenceParser: titles shared by a list of holders (split from sentence_parser_titles.cpp).
// "Parliamentarians in attendance included A, B and C", "The following Ambassadors ... will be
// guests at the Palace: A of X, B of Y", and the "respectively" pairing of places and names
// ("the foreign ministers of X and Y, A and B, respectively"; "X and Y foreign ministers, A
// and B, respectively"): each holder gets the title, in the place paired with it.
#include <unordered_set>

#include "extract/gazetteer.h"
#include "extract/lexicon.h"
#include "extract/sentence_parser.h"

namespace kg {
namespace {
bool has(std::uint32_t classes, std::uint32_t c) { return (classes & c) != 0; }
}  // namespace

// The words between a plural title and the list of its holders: up to 14 tokens ending in a
// colon, or up to 5 lower-case words ending in a verb that opens a list ("included", "were").
// Returns the list's first token and whether a colon opened it, or `i` when neither is there.
std::size_t SentenceParser::list_bridge(std::size_t i, bool& colon) const {
  static const std::unordered_set<std::string_view> kOpeners{"include", "included", "includes", "including",
                                                             "are", "were", "namely"};
  colon = false;
  // A colon further on wins over an opener before it ("Ambassadors were received: A of X, ...").
  std::size_t opener = i;
  for (std::size_t k = i; k < toks_.size() && k < i + 14; ++k) {
    if (punct(k, ":")) {
      colon = true;
      return k + 1;
    }
    if (punct(k, ";") || punct(k, ".") || punct(k, ",") || (cap(k) && has(cls_[k], kTitleHead | kTitlePlural)))
      return opener;
    if (opener == i && k < i + 5 && toks_[k].kind == TokenKind::Word && !cap(k) && kOpeners.count(folded_[k]))
      opener = k + 1;
    if (opener != i && cap(k)) return opener;  // the list has begun
  }
  return opener;
}

// Countries listed from i: "Malta and Libya", "Polish, Gabonese and Cameroonian", "the United
// Kingdom, France, and Germany". Each one's code and tokens; returns the token after the list.
std::size_t SentenceParser::parse_place_list(std::size_t i, std::vector<PlaceItem>& places) const {
  std::size_t j = i;
  while (j < toks_.size()) {
    std::size_t s = j + (word(j, "the") ? 1 : 0);
    std::string code;
    int kind = -1;
    std::size_t e = place_at(s, code, kind);
    if (e > s && kind == 0) {
      places.push_back({s, e, code});
    } else if (const std::string* c = cap(s) ? country_of_adjective(folded_[s]) : nullptr) {
      places.push_back({s, s + 1, *c});
      e = s + 1;
    } else {
      break;
    }
    j = e;
    std::size_t n = j;
    if (punct(n, ",")) ++n;
    if (word(n, "and")) ++n;
    if (n == j) break;
    std::size_t next = n + (word(n, "the") ? 1 : 0);
    std::string c2;
    int k2 = -1;
    if (!(place_at(next, c2, k2) > next && k2 == 0) && !(cap(next) && country_of_adjective(folded_[next]))) break;
    j = n;
  }
  return places.empty() ? i : j;
}

// Exactly `count` names from i, separated by commas and "and"; their spans, or none.
std::vector<std::pair<std::size_t, std::size_t>> SentenceParser::parse_names(std::size_t i, std::size_t count) const {
  std::vector<std::pair<std::size_t, std::size_t>> names;
  std::size_t j = i;
  while (names.size() < count) {
    std::size_t s = skip_honorifics(j);
    std::size_t e = parse_name(s, true);
    if (e == s) return {};
    names.emplace_back(s, e);
    j = e;
    if (names.size() == count) break;
    if (punct(j, ",")) ++j;
    if (word(j, "and")) ++j;
    if (j == e) return {};
  }
  return names;
}

// "..., A, B and C, respectively": the pairing of `places` and the holders' names from `j`
// (after an optional comma). Adds the places and the persons; the token after "respectively",
// or 0 when the sentence does not read so.
std::size_t SentenceParser::pair_respectively(std::size_t j, const std::vector<PlaceItem>& places, const TitleParse& t) {
  if (punct(j, ",")) ++j;
  auto names = parse_names(j, places.size());
  if (names.empty()) return 0;
  std::size_t e = names.back().second;
  if (punct(e, ",")) ++e;
  if (!word(e, "respectively")) return 0;
  for (std::size_t k = 0; k < places.size(); ++k) {
    RawMention g = place_mention(places[k].first, places[k].end, places[k].code, 0);
    if (places[k].end == places[k].first + 1 && country_of_adjective(folded_[places[k].first])) g.rule = "adjective";
    add(std::move(g));
    TitleParse own = t;
    own.country = places[k].code;
    add_person(names[k].first, names[k].second, &own, "title-respectively");
  }
  return e + 1;
}

bool SentenceParser::try_respectively(std::size_t& i) {
  if (!respectively_) return false;
  std::size_t before = out_.size();
  std::vector<PlaceItem> places;
  // "Polish, Gabonese and Cameroonian foreign ministers, A, B and C, respectively"
  if (std::size_t e = parse_place_list(i, places); e > i && places.size() >= 2) {
    TitleParse t;
    std::size_t j = e, head = SIZE_MAX;
    while (j < toks_.size() && toks_[j].kind == TokenKind::Word && has(cls_[j], kTitleMod | kMinistryDomain | kTitlePlural)) {
      if (has(cls_[j], kTitlePlural)) head = j;
      ++j;
    }
    if (head != SIZE_MAX && head + 1 == j) {
      t.title_first = e, t.title_last = j, t.head = head, t.plural = true, t.end = j;
      t.parliamentary = has(cls_[head], kParliamentTitle);
      if (std::size_t after = pair_respectively(j, places, t); after > 0) {
        i = after;
        return true;
      }
    }
    out_.resize(before);
    places.clear();
  }
  // "the foreign ministers of Malta and Libya, A and B, respectively"
  std::size_t k = i;
  while (k < toks_.size() && toks_[k].kind == TokenKind::Word && has(cls_[k], kTitleMod | kMinistryDomain | kTitlePlural) &&
         !has(cls_[k], kTitlePlural))
    ++k;
  if (k >= toks_.size() || !has(cls_[k], kTitlePlural) || !word(k + 1, "of")) return false;
  std::size_t e = parse_place_list(k + 2, places);
  if (e == k + 2 || places.size() < 2) return false;
  TitleParse t;
  t.title_first = i, t.title_last = k + 1, t.head = k, t.plural = true, t.end = e;
  t.parliamentary = has(cls_[k], kParliamentTitle);
  if (std::size_t after = pair_respectively(e, places, t); after > 0) {
    i = after;
    return true;
  }
  out_.resize(before);
  return false;
}

}  // namespace kg
