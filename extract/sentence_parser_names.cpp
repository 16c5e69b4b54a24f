// Persons for SentenceParser: names, name lists after plural titles, names that end an
// organization's run, and references to persons named earlier (split from sentence_parser.cpp).
#include "extract/fold.h"
#include "extract/gazetteer.h"
#include "extract/lexicon.h"
#include "extract/sentence_parser.h"

#include <unordered_map>
#include <unordered_set>

namespace kg {
namespace {
constexpr std::size_t kMaxNameTokens = 4;
bool has(std::uint32_t classes, std::uint32_t c) { return (classes & c) != 0; }
}  // namespace

std::size_t SentenceParser::skip_honorifics(std::size_t i) const {
  // "HE" and "H.E." (His/Her Excellency) are honorifics in upper case only: "He" is a pronoun.
  auto excellency = [&](std::size_t k) {
    return toks_[k].all_caps && (word(k, "he") || (word(k, "h") && punct(k + 1, ".") && word(k + 2, "e")));
  };
  while (i < toks_.size() && cap(i) && (has(cls_[i], kHonorific) || excellency(i))) {
    if (word(i, "h") && excellency(i)) i += 2;  // "H" "." "E"
    ++i;
    if (punct(i, ".")) ++i;
  }
  return i;
}

// A lower-case particle inside a name ("bin", "al", "von", "de"), not a connector of phrases.
// How many lower-case particles start at j inside a name: "bin" in "Mohammed bin Salman", "de la"
// in "Fernandez de la Pena", "van der" in "Jan van der Berg"; 0 when none does.
std::size_t SentenceParser::name_particle(std::size_t j) const {
  auto particle = [&](std::size_t k) {
    return k < toks_.size() && has(cls_[k], kConnector) && !word(k, "and") && !word(k, "of") && !word(k, "the") &&
           !word(k, "for") && !word(k, "on") && !word(k, "in");
  };
  if (!particle(j)) return 0;
  if (cap(j + 1)) return 1;
  return particle(j + 1) && !cap(j + 1) && cap(j + 2) ? 2 : 0;
}

// A personal name: 1..4 capitalized words that are no title, organization, place or stop word,
// with name particles (al, bin, von, de) inside. Returns the end token, or i when none.
std::size_t SentenceParser::parse_name(std::size_t i, bool after_title) const {
  std::size_t j = i, words = 0;
  while (j < toks_.size() && words < kMaxNameTokens) {
    if (cap(j) && words > 0 && has(cls_[j], kConnector) && !has(cls_[j], kStopCap) && cap(j + 1)) {
      ++j;  // a capitalized particle inside a name ("bin Abdullah Al Saud", "Van Rompuy")
      continue;
    }
    // A middle initial: "Robert W. Smith".
    if (words > 0 && cap(j) && toks_[j].end - toks_[j].begin == 1 && punct(j + 1, ".") && cap(j + 2)) {
      j += 2;
      continue;
    }
    if (cap(j)) {
      std::uint32_t c = cls_[j];
      if (has(c, kStopCap | kOrgHead | kTitleHead | kTitlePlural | kHonorific | kEventNoun) && !has(c, kGivenName)) break;
      std::string code;
      int kind = -1;
      if (place_at(j, code, kind) > j && !has(c, kGivenName)) break;
      if (country_of_adjective(folded_[j]) && !has(c, kGivenName)) break;
      if (toks_[j].all_caps && toks_[j].end - toks_[j].begin <= 4 && !after_title && words == 0) break;
      ++j;
      ++words;
      continue;
    }
    if (std::size_t n = words > 0 ? name_particle(j) : 0; n > 0) {
      j += n;
      continue;
    }
    break;
  }
  return words == 0 ? i : j;
}

// True when the capitalized words from i on read as a personal name rather than more of a
// title: a given name, or a run of 2-4 capitalized words none of which is a known word.
bool SentenceParser::looks_like_name(std::size_t i) const {
  if (!cap(i)) return false;
  if (has(cls_[i], kGivenName)) return true;
  std::size_t j = i;
  while (j < toks_.size() && cap(j)) {
    std::string code;
    int kind = -1;
    if (cls_[j] != 0 || place_at(j, code, kind) > j || country_of_adjective(folded_[j])) return false;
    ++j;
  }
  return j - i >= 2 && j - i <= kMaxNameTokens;
}

// True when a personal name of 2-4 words starts at i and ends the capitalized run: every word
// a given name or unknown (no place, title or organization word), name particles inside.
bool SentenceParser::trailing_person(std::size_t i) const {
  std::size_t j = i, words = 0;
  bool given = false;
  while (j < toks_.size()) {
    if (cap(j)) {
      std::string code;
      int kind = -1;
      if (!has(cls_[j], kGivenName) && (cls_[j] != 0 || place_at(j, code, kind) > j || country_of_adjective(folded_[j]))) return false;
      if (toks_[j].all_caps) return false;
      given = given || has(cls_[j], kGivenName);
      ++words, ++j;
      continue;
    }
    if (std::size_t n = words > 0 ? name_particle(j) : 0; n > 0) {
      j += n;
      continue;
    }
    break;
  }
  if (words < 2 || words > kMaxNameTokens + 2) return false;
  // Words that end organization names more often than they name people ("Policy Studies").
  static const std::unordered_set<std::string> kNameOfThings{
      "studies", "policy", "affairs", "relations", "research", "development", "cooperation", "security",
      "economics", "trade", "investment", "resources", "technology", "technologies", "sciences", "planning"};
  for (std::size_t k = i; k < j; ++k)
    if (kNameOfThings.count(folded_[k])) return false;
  if ((word(j, "of") || word(j, "for")) && cap(j + 1)) return false;  // "... X Y of Z": still the name
  return given || words <= kMaxNameTokens;
}

std::size_t SentenceParser::name_country(std::size_t end, std::string& code) const {
  if (!word(end, "of")) return end;
  std::size_t c = end + 1 + (word(end + 1, "the") ? 1 : 0);
  int kind = -1;
  std::size_t e = place_at(c, code, kind);
  if (e <= c || kind != 0) return end;
  // Only where the phrase ends: ", and . ; (" or the sentence's end, not "of Uruguay's ...".
  if (e < toks_.size() && !(word(e, "and") || punct(e, ",") || punct(e, ".") || punct(e, ";") || punct(e, "(") ||
                            (toks_[e].kind == TokenKind::Word && !cap(e))))
    return end;
  return e;
}

// A title that names no place of its own: no organization (or only the ministry built from the
// title, with no country) and no country ("Foreign Ministers A (Sweden) and B (Tunisia)").
bool SentenceParser::open_title(const TitleParse& t) const {
  if (!t.country.empty()) return false;
  if (t.org < 0) return true;
  const RawMention& org = out_[static_cast<std::size_t>(t.org)];
  return org.synthesized && org.country.empty();
}

// "(Russia)", "(the United States)" at j: a country alone in parentheses. Returns the token
// after ")" with its code, or j.
std::size_t SentenceParser::parenthesized_country(std::size_t j, std::string& code) const {
  if (!punct(j, "(")) return j;
  std::size_t c = j + 1 + (word(j + 1, "the") ? 1 : 0);
  int kind = -1;
  std::size_t e = place_at(c, code, kind);
  return e > c && kind == 0 && punct(e, ")") ? e + 1 : j;
}

std::size_t SentenceParser::add_person(std::size_t i, std::size_t end, const TitleParse* title, std::string rule) {
  RawMention p{EntityType::Person, static_cast<std::uint32_t>(i), static_cast<std::uint32_t>(end)};
  p.rule = std::move(rule);
  if (title) {
    p.title = std::string(slice(title->title_first, title->title_last));
    p.title_org = title->org;
    p.title_country = title->country;
    p.title_first = static_cast<std::uint32_t>(title->title_first);
    p.title_last = static_cast<std::uint32_t>(title->title_last);
    p.parliamentary = title->parliamentary;
    p.head_of_state = title->head_of_state;
    // "Foreign Ministers Francisco B. of Uruguay and Santiago C. of Argentina": a title that
    // names no place of its own is held in the country named right after its holder.
    std::string code;
    if (open_title(*title) && name_country(end, code) > end) p.title_country = code, p.title_org = -1;
    // "MPs" -> "MP", "Members of the Bundestag" -> "Member of the Bundestag"
    std::size_t at = toks_[title->head].end - toks_[title->title_first].begin;
    if (title->plural && at >= 4 && at <= p.title.size() && p.title.compare(at - 3, 3, "ies") == 0)
      p.title.replace(at - 3, 3, "y");  // "Secretaries" -> "Secretary"
    else if (title->plural && at >= 2 && at <= p.title.size() && p.title[at - 1] == 's')
      p.title.erase(at - 1, 1);
  }
  ctx_.surnames.insert(folded_[end - 1], 1);
  // Family name first ("Ryu Sang-hoon", later "Ryu"): a first word that is no given name may
  // be the one the text uses alone.
  if (end - i >= 2 && !has(cls_[i], kGivenName) && !has(cls_[i], kConnector)) ctx_.surnames.insert(folded_[i], 1);
  add(std::move(p));
  return end;
}

std::size_t SentenceParser::parse_name_list(std::size_t i, const TitleParse& title) {
  std::size_t j = i;
  while (true) {
    std::size_t s = skip_honorifics(j);
    std::size_t e = parse_name(s, true);
    if (e == s) break;
    add_person(s, e, &title, "title-list");
    j = e;
    std::string code;
    if (std::size_t ce = name_country(e, code); ce > e) {  // "B. of Uruguay and C. of Argentina"
      std::size_t c = e + 1 + (word(e + 1, "the") ? 1 : 0);
      int kind = 0;
      add(place_mention(c, ce, code, kind));
      j = ce;
    }
    // "Co-Chairs Igor P. (Russia), Andrew S. (US)": each holder's country.
    if (std::size_t ce = parenthesized_country(j, code); ce > j) {
      RawMention& person = out_.back();
      if (open_title(title)) person.title_country = code, person.title_org = -1;
      int kind = 0;
      add(place_mention(j + 1 + (word(j + 1, "the") ? 1 : 0), ce - 1, code, kind));
      j = ce;
    }
    // "MPs Iryna K. (European Solidarity), Bohdan S. (Holos) and ...": each member's party.
    else if (punct(j, "(") && cap(j + 1)) {
      std::size_t close = j + 1;
      while (close < toks_.size() && close < j + 8 && cap(close) && !punct(close, ")")) ++close;
      while (close < toks_.size() && close < j + 8 && toks_[close].kind == TokenKind::Word && !punct(close, ")")) ++close;
      if (punct(close, ")")) {
        std::size_t person = out_.size() - 1;
        RawMention party{EntityType::Org, static_cast<std::uint32_t>(j + 1), static_cast<std::uint32_t>(close)};
        party.rule = "party-in-parentheses";
        out_[person].member_of = add(std::move(party));
        j = close + 1;
      }
    }
    std::size_t n = j;
    if (punct(n, ",")) ++n;
    if (word(n, "and")) ++n;
    else if (word(n, "as") && word(n + 1, "well") && word(n + 2, "as")) n += 3;
    if (n == j) break;
    std::size_t s2 = skip_honorifics(n);
    if (parse_name(s2, true) == s2) break;
    j = n;
  }
  return j;
}

// References to a person named earlier: "the Kyrgyz minister", "the Speaker", "the diplomat";
// "He"/"She" opening a sentence. The document resolves them; each keeps its rule.
bool SentenceParser::try_reference(std::size_t& i) {
  if ((word(i, "he") || word(i, "she")) && cap(i) && !toks_[i].all_caps && (i == 0 || punct(i - 1, ","))) {
    RawMention m{EntityType::Person, static_cast<std::uint32_t>(i), static_cast<std::uint32_t>(i + 1)};
    m.generic = true, m.rule = "coref-pronoun";
    add(std::move(m));
    ++i;
    return true;
  }
  if (!word(i, "the")) return false;
  std::size_t k = i + 1;
  std::string country;
  if (cap(k) && country_of_adjective(folded_[k])) country = *country_of_adjective(folded_[k]), ++k;
  bool official = word(k, "official") && !country.empty();  // "the Kazakh official"
  if (!(k < toks_.size() && toks_[k].kind == TokenKind::Word && (official || (has(cls_[k], kTitleHead) && !has(cls_[k], kTitlePlural)))))
    return false;
  if (cap(k + 1) || word(k + 1, "of") || word(k + 1, "for") || word(k + 1, "to") || toks_[k].kind == TokenKind::Possessive)
    return false;  // a title with its name or organization follows: not a bare reference
  if (k + 1 < toks_.size() && toks_[k + 1].kind == TokenKind::Possessive) return false;
  if (!country.empty()) {
    RawMention g{EntityType::Gpe, static_cast<std::uint32_t>(i + 1), static_cast<std::uint32_t>(i + 2)};
    g.key = "gpe:" + country, g.country = country, g.rule = "adjective";
    add(std::move(g));
  }
  RawMention m{EntityType::Person, static_cast<std::uint32_t>(k), static_cast<std::uint32_t>(k + 1)};
  m.generic = true, m.rule = "coref-title", m.title = folded_[k], m.title_country = country;
  add(std::move(m));
  i = k + 1;
  return true;
}

// An unknown run of capitalized words is a person where the text treats it as one: after
// "by", "with", "met", "received" or a person and "and"; before "said", "noted"; or with a
// title in apposition ("Kenta Morishima, Parliamentary Vice-Minister for Foreign Affairs").
bool SentenceParser::person_context(std::size_t i, std::size_t e) {
  static const std::unordered_set<std::string> kBefore{"by", "with", "met", "received", "welcomed", "thanked", "told",
                                                       "between", "led", "hosted", "invited", "congratulated"};
  static const std::unordered_set<std::string> kAfter{
      "said", "says", "noted", "notes", "stressed", "told", "added", "emphasized", "emphasised", "highlighted",
      "proposed", "thanked", "welcomed", "expressed", "spoke", "praised", "underlined", "informed", "invited",
      "stated", "briefed", "conveyed", "pointed", "recalled", "urged", "called", "assured", "confirmed", "met", "received"};
  if (toks_[e - 1].all_caps) return false;
  for (std::size_t k = i; k < e; ++k)
    if (cls_[k] != 0 && !has(cls_[k], kGivenName)) return false;
  if (i > 0 && kBefore.count(folded_[i - 1])) return true;
  if (i > 1 && word(i - 1, "and") && !out_.empty() && out_.back().type == EntityType::Person && out_.back().last == i - 1)
    return true;
  if (e < toks_.size() && kAfter.count(folded_[e])) return true;
  TitleParse t;
  const std::size_t mark = out_.size();
  const bool titled = punct(e, ",") && appositive_title(e, t) > e;
  out_.resize(mark);  // the caller reads the title again
  return titled;
}

// ", Title [of ORG]" after a name: the title, when one follows and no new name starts after it.
// Returns the token after the title, or `e` when there is none (mentions it added are undone).
std::size_t SentenceParser::appositive_title(std::size_t e, TitleParse& t) {
  if (!punct(e, ",")) return e;
  std::size_t before = out_.size();
  std::size_t k = e + 1;
  if (word(k, "the") || word(k, "a") || word(k, "an")) ++k;
  // "X, PABSEC Secretary General", "Y, UNICEF Representative to Guyana": the body's name
  // before the title, as "SCO Secretary-General Z" before a name.
  std::size_t title_at = k;
  std::string place_code;
  int place_kind = -1;
  if (!has(cls_[k], kTitleHead | kTitleMod | kTitlePlural) && place_at(k, place_code, place_kind) == k) {
    int org = try_org(title_at);
    if (org < 0 && toks_[k].all_caps && cls_[k] == 0 && cap(k + 1)) {  // an acronym the text never spelled out
      RawMention a{EntityType::Org, static_cast<std::uint32_t>(k), static_cast<std::uint32_t>(k + 1)};
      a.rule = "acronym-before-title";
      org = add(std::move(a)), title_at = k + 1;
    }
    if (org >= 0 && cap(title_at) && has(cls_[title_at], kTitleHead | kTitleMod) && !has(cls_[title_at], kTitlePlural))
      t.org = org;
    else
      out_.resize(before), title_at = k;
  }
  // "X, Director General SASSI,": an acronym alone after the title is its organization.
  {
    const std::size_t mark = out_.size();
    const TitleParse saved = t;
    if (parse_title(title_at, t) && !t.plural && t.org < 0 && acronym_after_title(t.end)) {
      RawMention a{EntityType::Org, static_cast<std::uint32_t>(t.end), static_cast<std::uint32_t>(t.end + 1)};
      a.rule = "acronym-after-title";
      t.org = add(std::move(a));
      return t.end += 1;
    }
    out_.resize(mark), t = saved;
  }
  if (parse_title(title_at, t) && !t.plural && parse_name(skip_honorifics(t.end), true) == skip_honorifics(t.end)) {
    // "Secretary (West)": a parenthesized word belongs to the title.
    if (punct(t.end, "(") && punct(t.end + 2, ")") && t.title_last == t.end) t.end += 3, t.title_last = t.end;
    // "Director General, ICWA", "Secretary (West), Ministry of External Affairs": the body after a comma.
    if (t.org < 0 && punct(t.end, ",")) {
      std::size_t o = t.end + 1 + (word(t.end + 1, "the") ? 1 : 0);
      std::size_t mark = out_.size();
      if (int org = try_org(o); org >= 0 && (punct(o, ",") || punct(o, ".") || word(o, "and") || o == toks_.size())) {
        t.org = org, t.end = o;
        if (t.country.empty()) t.country = out_[static_cast<std::size_t>(org)].country;
      } else {
        out_.resize(mark);
      }
    }
    return t.end;
  }
  out_.resize(before);
  t = TitleParse{};
  // "a research fellow at the German Institute ...", "head of Eurasia research at X": a
  // lower-case title phrase, then "at/of/with ORG".
  bool title_word = false;
  for (std::size_t p = k; p < toks_.size() && p < k + 8 && toks_[p].kind == TokenKind::Word; ++p) {
    if ((word(p, "at") || word(p, "of") || word(p, "with")) && title_word) {
      std::size_t o = p + 1 + (word(p + 1, "the") ? 1 : 0);
      std::string code, owner;
      int kind = -1;
      // "deputy chairman of Pakistan's Senate": the country owns the organization.
      if (std::size_t pe = place_at(o, code, kind); pe > o && kind == 0 && pe < toks_.size() &&
          toks_[pe].kind == TokenKind::Possessive && cap(pe + 1))
        o = pe + 1, owner = code;
      if (int org = try_org(o); org >= 0 && parse_name(skip_honorifics(o), true) == skip_honorifics(o)) {
        auto& om = out_[static_cast<std::size_t>(org)];
        if (om.country.empty()) om.country = owner;
        t.title_first = k, t.title_last = p, t.org = org, t.end = o, t.head = k;
        t.country = om.country;
        return o;
      }
      out_.resize(before);
    }
    title_word = title_word || has(cls_[p], kTitleHead | kLowerTitle);
  }
  return e;
}

std::size_t SentenceParser::add_named_person(std::size_t i, std::size_t e, std::string rule) {
  TitleParse t;
  std::size_t after = appositive_title(e, t);
  if (after == e) return add_person(i, e, nullptr, std::move(rule));
  // The title's mentions were added first; the person goes before them for reading order.
  add_person(i, e, &t, std::move(rule) + "+apposition");
  return after;
}

// "X, who chairs the parliament's Foreign Affairs Committee": a post stated in a relative clause
// about the person just named.
bool SentenceParser::try_relative_post(std::size_t& i) {
  static const std::unordered_map<std::string_view, std::string_view> kPostVerbs{
      {"chairs", "Chair"}, {"chaired", "Chair"}, {"heads", "Head"}, {"headed", "Head"},
      {"leads", "Head"}, {"directs", "Director"}, {"presides", "Chair"}};
  if (i < 2 || !punct(i - 1, ",") || i + 2 >= toks_.size()) return false;
  auto verb = kPostVerbs.find(folded_[i + 1]);
  if (verb == kPostVerbs.end()) return false;
  int person = -1;
  for (std::size_t m = out_.size(); m-- > 0;)
    if (out_[m].type == EntityType::Person && out_[m].last == i - 1) { person = static_cast<int>(m); break; }
  if (person < 0) return false;
  std::size_t o = i + 2 + (word(i + 2, "over") ? 1 : 0);
  if (word(o, "the")) ++o;
  // "the parliament's Foreign Affairs Committee": the owner in lower case is left out.
  if (o + 1 < toks_.size() && !cap(o) && toks_[o + 1].kind == TokenKind::Possessive) o += 2;
  int org = try_org(o);
  if (org < 0) return false;
  RawMention p = out_[static_cast<std::size_t>(person)];
  p.title = std::string(verb->second);
  p.title_org = org;
  p.title_country = out_[static_cast<std::size_t>(org)].country;
  p.parliamentary = false, p.head_of_state = false;
  p.rule = "title-relative-clause";
  add(std::move(p));
  i = o;
  return true;
}

// An all-caps word alone at k, ending the phrase ("Director CPSC,", "Director General SASSI."):
// an organization's acronym after a title rather than its holder's name.
bool SentenceParser::acronym_after_title(std::size_t k) const {
  if (k >= toks_.size() || !toks_[k].all_caps || toks_[k].kind != TokenKind::Word || cls_[k] != 0) return false;
  if (toks_[k].end - toks_[k].begin < 2 || (k + 1 < toks_.size() && toks_[k + 1].kind == TokenKind::Word))
    return false;
  return k + 1 == toks_.size() || punct(k + 1, ",") || punct(k + 1, ".") || punct(k + 1, ";");
}

}  // namespace kg
