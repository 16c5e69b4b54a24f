// Organizations, events and places for SentenceParser (split from sentence_parser.cpp).
#include <algorithm>
#include <unordered_set>

#include "extract/fold.h"
#include "extract/gazetteer.h"
#include "extract/lexicon.h"
#include "extract/sentence_parser.h"
#include "extract/string_map.h"

namespace kg {
namespace {
bool has(std::uint32_t classes, std::uint32_t c) { return (classes & c) != 0; }
bool acronym_shape(std::string_view s) {
  int upper = 0;
  for (char c : s) upper += (c >= 'A' && c <= 'Z');
  return upper >= 2 && s.size() <= 8;
}
}  // namespace

// One GPE mention per country adjective in a token ("Kazakh-German" -> Kazakh, German), each
// spanning its own part of the token so the alias is the adjective as written.
void SentenceParser::add_adjective_parts(std::size_t i, const std::vector<std::string>& codes) {
  std::string_view tok = text_.substr(toks_[i].begin, toks_[i].end - toks_[i].begin);
  std::vector<std::pair<std::uint32_t, std::uint32_t>> parts;
  std::uint32_t start = 0;
  for (std::uint32_t k = 0; k <= tok.size(); ++k)
    if (k == tok.size() || tok[k] == '-') {
      parts.emplace_back(start, k);
      start = k + 1;
    }
  for (std::size_t c = 0; c < codes.size(); ++c) {
    RawMention g{EntityType::Gpe, static_cast<std::uint32_t>(i), static_cast<std::uint32_t>(i + 1)};
    g.key = "gpe:" + codes[c], g.country = codes[c], g.rule = "adjective";
    if (parts.size() == codes.size()) {
      g.begin = toks_[i].begin + parts[c].first;
      g.end = toks_[i].begin + parts[c].second;
      g.text = std::string(tok.substr(parts[c].first, parts[c].second - parts[c].first));
    }
    add(std::move(g));
  }
}

// Longest place name starting at i (capitalized tokens only). kind: 0 country, 1 city, 2 region.
std::size_t SentenceParser::place_at(std::size_t i, std::string& code, int& kind) const {
  if (!cap(i)) return i;
  // "Republic of Azerbaijan", "Kingdom of Saudi Arabia", "State of Qatar": the country.
  static const std::unordered_set<std::string> kStateWords{"republic", "kingdom", "state", "sultanate", "principality",
                                                           "emirate", "grand duchy", "federation"};
  if (kStateWords.count(folded_[i]) && word(i + 1, "of")) {
    std::size_t c = i + 2 + (word(i + 2, "the") ? 1 : 0);
    std::string inner;
    int inner_kind = -1;
    std::size_t e = place_at(c, inner, inner_kind);
    if (e > c && inner_kind == 0) {
      code = inner, kind = 0;
      return e;
    }
  }
  std::size_t best = i;
  std::string key;
  auto limit = static_cast<std::size_t>(max_place_words());
  for (std::size_t j = i, words = 0; j < toks_.size() && words < limit; ++j) {
    if (toks_[j].kind != TokenKind::Word) break;
    if (!cap(j) && !has(cls_[j], kConnector)) break;
    if (j > i) key += ' ';
    key += folded_[j];
    words += 1 + static_cast<std::size_t>(std::count(folded_[j].begin(), folded_[j].end(), ' '));
    if (!cap(j)) continue;
    if (auto p = find_place(key)) {
      best = j + 1;
      code = p->code;
      kind = p->kind == PlaceKind::Country ? 0 : p->kind == PlaceKind::City ? 1 : 2;
    }
  }
  return best;
}

// True when a name may end at token i: a head word, a company suffix, an acronym, the
// last word of a place or of a ministry's domain ("... of the Czech Republic", "Foreign Affairs").
// An organization seated somewhere: its name may go on with "in PLACE".
bool SentenceParser::seat_head(std::size_t i) const {
  static const std::unordered_set<std::string_view> kSeats{
      "embassy", "embassies", "consulate", "general", "mission", "office", "representation", "delegation",
      "branch", "bureau", "centre", "center", "institute", "university", "school", "college", "chamber"};
  return kSeats.count(folded_[i]) > 0;
}

bool SentenceParser::org_can_end(std::size_t i) const {
  if (has(cls_[i], kOrgHead | kOrgSuffix | kParliament) || toks_[i].all_caps) return true;
  if (i + 1 < toks_.size() && !ministry_domain(folded_[i] + " " + folded_[i + 1]).empty()) return false;
  if (!ministry_domain(folded_[i]).empty() || (i > 0 && !ministry_domain(folded_[i - 1] + " " + folded_[i]).empty())) return true;
  // The field a body is named after ends its name: "Ministry of Foreign and European Affairs".
  static const std::unordered_set<std::string_view> kFields{
      "affairs", "development", "cooperation", "relations", "policy", "studies", "research", "industry",
      "security", "economy", "finance", "justice", "culture", "education", "health", "energy", "integration",
      "countries", "states", "nations"};  // "... of the Turkic Speaking Countries"
  if (kFields.count(folded_[i]) && i > 0 && (cap(i - 1) || word(i - 1, "and"))) return true;
  std::string code;
  int kind = -1;
  for (std::size_t s = i >= 3 ? i - 3 : 0; s <= i; ++s)
    if (place_at(s, code, kind) == i + 1) return true;
  return false;
}

// True when the capitalized modifiers from k on lead to a title word, not to an organization's
// head: "Vice Chairwoman" yes, "Federal Foreign Office" no.
bool SentenceParser::title_follows(std::size_t k) const {
  while (cap(k) && has(cls_[k], kTitleMod | kMinistryDomain) && !has(cls_[k], kTitleHead | kOrgHead)) ++k;
  return cap(k) && has(cls_[k], kTitleHead) && !has(cls_[k], kOrgHead);
}

// Where "X of [the] Y" splits into a unit X (a department, committee, group...) of a larger body
// Y (a ministry, parliament or government); 0 when it does not.
namespace {
// A committee or commission is named by its subject: "Committee ... on International Affairs".
bool named_by_subject(const std::string& first, const std::string& last) {
  for (const auto* w : {"committee", "subcommittee", "commission"})
    if (first == w || last == w) return true;
  return false;
}
}  // namespace

std::size_t SentenceParser::subunit_split(std::size_t j, std::size_t end) const {
  static const std::unordered_set<std::string> kUnits{"department", "committee", "subcommittee", "commission", "group",
                                                      "office", "division", "directorate", "unit", "bureau",
                                                      "secretariat", "service", "section", "faction", "caucus"};
  static const std::unordered_set<std::string> kBodies{"ministry", "government", "cabinet", "presidency", "administration"};
  // "Parliamentary Assembly of the Council of Europe", "Council of the EU": after "of the", any
  // named body (an organization head or a known acronym) that is not a country.
  static const std::unordered_set<std::string> kBodyUnits{"assembly", "council", "network", "forum"};
  bool unit = false, body_unit = false;
  for (std::size_t k = j; k < end; ++k) {
    if (kUnits.count(folded_[k])) unit = true;
    if (kBodyUnits.count(folded_[k])) body_unit = true;
    if ((!unit && !body_unit) || !word(k, "of")) continue;
    const bool the = word(k + 1, "the");
    std::string code;
    int kind = -1;
    if (the && place_at(k + 2, code, kind) > k + 2 && kind == 0) return 0;
    for (std::size_t h = k + 1; h < end && !word(h, "of"); ++h) {
      const bool known = toks_[h].all_caps && (ctx_.acronyms.count(folded_[h]) ||
                                               !acronym_expansion(slice(h, h + 1)).empty());
      if (!has(cls_[h], kOrgHead | kParliament) && !known) continue;
      if (unit && (has(cls_[h], kParliament) || kBodies.count(folded_[h]))) return k;
      return the ? k : 0;
    }
  }
  return 0;
}

// An organization name: a capitalized run (with of/for/on/and/the/&/in inside) holding an
// organization head word, a company suffix, a known acronym or a news agency.
int SentenceParser::try_org(std::size_t& i, bool emit) {
  std::size_t j = i;
  if (!cap(j)) return -1;
  // "the Istanbul-based Centre for ...": the place the organization is based in is not its name.
  if (folded_[j].size() > 6 && folded_[j].compare(folded_[j].size() - 6, 6, " based") == 0 && cap(j + 1)) ++j;
  if (has(cls_[j], kStopCap) && !toks_[j].all_caps) return -1;
  std::size_t last_head = SIZE_MAX, end = j;
  bool known = false, in_complement = false;
  for (std::size_t k = j; k < toks_.size(); ++k) {
    if (cap(k)) {
      std::uint32_t c = cls_[k];
      bool inside_of = k > j && (word(k - 1, "the") || word(k - 1, "of"));
      // A title word ends the name ("the SCO Secretary-General", "the NA Vice Chairwoman"),
      // unless an organization's head follows it ("the UN General Assembly").
      bool head_next = cap(k + 1) && has(cls_[k + 1], kOrgHead) && !has(cls_[k + 1], kTitleHead);
      if (has(c, kTitleHead | kTitlePlural | kHonorific) && !has(c, kOrgHead) && !inside_of && k > j && !head_next) break;
      if (has(c, kTitleMod) && !inside_of && k > j && !head_next && title_follows(k)) break;
      if (has(c, kStopCap) && !toks_[k].all_caps) break;
      // "Speaker of the Jogorku Kenesh of the Kyrgyz Republic Nurlanbek Turgunbek-uulu": a
      // complete name followed by a personal name ends before the person.
      if (last_head != SIZE_MAX && end == k && (has(c, kGivenName) || org_can_end(k - 1)) && trailing_person(k)) break;
      if (has(c, kOrgHead | kOrgSuffix) && (k > j || has(c, kParliament))) last_head = k;
      if (has(c, kOrgHead) && k == j && cap(k + 1) == false && (word(k + 1, "of") || word(k + 1, "for") || word(k + 1, "on")))
        last_head = k;
      // "Conference on Interaction and Confidence Building Measures in Asia": a body, not an event.
      if (has(c, kEventNoun) && k == j && (word(k + 1, "on") || word(k + 1, "for")) && cap(k + 2)) last_head = k;
      if (toks_[k].all_caps && (!acronym_expansion(toks_[k].kind == TokenKind::Word ? std::string_view(text_.substr(toks_[k].begin, toks_[k].end - toks_[k].begin)) : "").empty() ||
                                 ctx_.acronyms.count(folded_[k]) || folded_[k] == "mfa"))
        last_head = k, known = true;
      if (is_news_agency(folded_[k]) || ctx_.acronyms.count(folded_[k])) last_head = k, known = true;
      end = k + 1;
      continue;
    }
    if (has(cls_[k], kConnector)) {
      // Connectors join capitalized words inside a name: "Ministry of Foreign Affairs of the
      // Republic", "Center for Eastern European and International Studies". "and" and "with"
      // only inside such a complement, and never before a new organization head.
      std::size_t n = k;
      while (n < toks_.size() && !cap(n) && (has(cls_[n], kConnector) || word(n, "with"))) ++n;
      if (n == k || !cap(n)) break;
      // "... of the Council of Europe and the NATO Parliamentary Assembly": "and the" starts another.
      bool joins_two = word(k, "and") && (has(cls_[n], kOrgHead) || word(k + 1, "the"));
      if ((word(k, "and") || word(k, "with")) && (!in_complement || joins_two)) break;
      // "Embassy of Kyrgyzstan in Prague": "in" joins the seat of a mission, not the place a
      // body meets in ("the UN General Assembly in New York").
      if (word(k, "in") && (last_head == SIZE_MAX || !seat_head(last_head))) break;
      if (word(k, "of") || word(k, "for") || word(k, "on")) in_complement = true;
      k = n - 1;
      continue;
    }
    if (word(k, "with") && in_complement && cap(k + 1)) continue;
    // "Committee on Foreign Affairs, Defence and Security": a list inside the complement.
    if (punct(k, ",") && in_complement && end == k) {
      auto plain = [&](std::size_t n) {
        std::string code;
        int kind = -1;
        return cap(n) && !has(cls_[n], kOrgHead | kTitleHead | kTitlePlural | kHonorific | kStopCap) &&
               !(place_at(n, code, kind) > n && kind != 2);
      };
      std::size_t n = k + 1;
      while (n < toks_.size() && plain(n)) ++n;
      if (n > k + 1 && word(n, "and") && plain(n + 1)) {
        std::size_t last = n + 1;
        while (last < toks_.size() && plain(last)) ++last;
        if (!cap(last) && !word(last, "of")) {
          end = last;
          k = last - 1;
          continue;
        }
      }
    }
    // "EU Delegation to Armenia", "Permanent Mission to the United Nations"
    if (word(k, "to") && last_head == k - 1 && (word(k - 1, "delegation") || word(k - 1, "mission") ||
        word(k - 1, "embassy") || word(k - 1, "representation")) && (cap(k + 1) || (word(k + 1, "the") && cap(k + 2)))) {
      k += word(k + 1, "the") ? 1 : 0;
      in_complement = true;
      continue;
    }
    // "Korea-Vietnam Parliamentarians' Friendship Group": a plural possessive inside the name.
    if (toks_[k].kind == TokenKind::Possessive && k > j && toks_[k].end - toks_[k].begin <= 3 &&
        !folded_[k - 1].empty() && folded_[k - 1].back() == 's' && cap(k + 1) &&
        (text_.substr(toks_[k].begin, 1) == "'" || text_.substr(toks_[k].begin, 3) == "\u2019") &&
        text_.substr(toks_[k].begin, toks_[k].end - toks_[k].begin).find('s') == std::string_view::npos)
      continue;
    // "Institute for Strategic Studies under the President of the Republic of Kazakhstan"
    if (word(k, "under") && last_head != SIZE_MAX && word(k + 1, "the") && cap(k + 2) &&
        has(cls_[k + 2], kOrgHead | kHeadOfState | kParliament)) {
      k += 1;
      continue;
    }
    break;
  }
  if (last_head == SIZE_MAX) return -1;
  // Trim a trailing connector run; the name ends at its last capitalized word.
  while (end > j && !cap(end - 1)) --end;
  // Single head words ("Parliament", "Office") are too generic on their own, unless known.
  if (end - j == 1 && !known && !toks_[j].all_caps && !has(cls_[j], kParliament)) return -1;
  // "Asia-Pacific Department of the Ministry of Foreign Affairs", "Committee on X of the
  // National Assembly": a unit of a larger body is its own organization, part of that body.
  int outer = -1;
  std::size_t outer_after = 0;
  if (std::size_t split = subunit_split(j, end); split > j) {
    std::size_t o = split + 1 + (word(split + 1, "the") ? 1 : 0);
    const std::size_t outer_first = o;
    outer = try_org(o, emit);
    if (outer >= 0) outer_after = o, end = split;
    // "Committee of the Federation Council on International Affairs": the committee's subject,
    // not the chamber's. The chamber ends before it when it is a parliament or a known body.
    if (outer >= 0 && named_by_subject(folded_[j], folded_[split - 1])) {
      RawMention& body = out_[static_cast<std::size_t>(outer)];
      for (std::size_t k = outer_first + 1; k + 1 < body.last; ++k) {
        if (!(word(k, "on") || word(k, "for")) || !cap(k + 1) || !has(cls_[k - 1], kParliament | kOrgHead)) continue;
        body.last = static_cast<std::uint32_t>(k);
        body.end = toks_[k - 1].end;
        body.text = std::string(slice(body.first, k));
        break;
      }
    }
  }
  RawMention m{EntityType::Org, static_cast<std::uint32_t>(j), static_cast<std::uint32_t>(end)};
  m.rule = known ? "known-org" : "org-head";
  m.emit = emit;
  if (outer >= 0) {
    // Named by its fullest form ("Asia-Pacific Department of the Ministry of ..."), the unit
    // alone as another name.
    m.text = std::string(slice(j, outer_after));
    if (end - j >= 2) m.aliases.push_back(std::string(slice(j, end)));
    m.part_of = outer;
    m.country = out_[static_cast<std::size_t>(outer)].country;
    i = outer_after;
    return add(std::move(m));
  }
  // Country: a leading adjective or country name, or a trailing "of COUNTRY".
  std::string code;
  int kind = -1;
  if (auto adj = country_of_adjective(folded_[j])) m.country = *adj;
  else if (place_at(j, code, kind) > j && kind == 0) m.country = code;
  for (std::size_t k = j; k + 1 < end; ++k)
    if (word(k, "of") && place_at(k + 1 + word(k + 1, "the"), code, kind) == end && kind == 0) m.country = code;
  // "Embassy of the Kyrgyz Republic in the Czech Republic": the first "of COUNTRY" before "in".
  for (std::size_t k = j; k + 1 < end && m.country.empty(); ++k) {
    std::size_t e = word(k, "of") ? place_at(k + 1 + word(k + 1, "the"), code, kind) : k;
    if (e > k + 1 && kind == 0 && word(e, "in")) m.country = code;
  }
  // Ministries get a concept key, so "Foreign Ministry", "Foreign Office", "Ministry of Foreign
  // Affairs" and "MFA" of one country are one organization.
  bool ministry = false;
  std::string domain;
  for (std::size_t k = j; k < end; ++k) {
    if (folded_[k] == "ministry" || folded_[k] == "mfa" || (folded_[k] == "office" && domain == "Foreign Affairs")) ministry = true;
    if (folded_[k] == "mfa") domain = "Foreign Affairs";
    if (domain.empty()) {
      std::string two = k + 1 < end ? folded_[k] + " " + folded_[k + 1] : "";
      if (auto d = ministry_domain(two); !d.empty()) domain = d;
      else if (auto d1 = ministry_domain(folded_[k]); !d1.empty() && cap(k)) domain = d1;
    }
  }
  // "Hungary's Ministry of Foreign Affairs and Trade", "Timor-Leste's Ministry ...": the owner.
  if (m.country.empty() && j >= 2 && toks_[j - 1].kind == TokenKind::Possessive)
    for (std::size_t s = j - 1; s-- > 0 && s + 4 >= j && m.country.empty();)
      if (std::string owner; place_at(s, owner, kind) == j - 1 && kind == 0) m.country = owner;
  // "the Ministry of Foreign Affairs" with no country in a dated Doha report: Qatar's.
  if (ministry && !domain.empty() && m.country.empty()) m.country = ctx_.home_country;
  if (ministry && !domain.empty() && !m.country.empty()) m.key = "ministry:" + m.country + ":" + domain;
  std::string surface(slice(j, end));
  if (end - j == 1) {
    if (auto it = ctx_.acronyms.find(folded_[j]); it != ctx_.acronyms.end()) m.key = "acronym:" + it->second;
    else if (auto e = acronym_expansion(surface); !e.empty() && e != surface) m.aliases.push_back(std::string(e));
  }
  std::size_t after = end;
  // "Center for ... (ZOiS)": the acronym becomes an alias and is known for the rest of the text.
  // "State Great Khural (Parliament) of Mongolia": a gloss in parentheses, then the country.
  if (punct(after, "(") && cap(after + 1) && has(cls_[after + 1], kOrgHead | kParliament) && punct(after + 2, ")") &&
      word(after + 3, "of")) {
    std::size_t c = after + 4 + (word(after + 4, "the") ? 1 : 0);
    if (std::size_t e = place_at(c, code, kind); e > c && kind == 0) {
      m.text = surface + " of " + std::string(slice(c, e));
      m.aliases.push_back(surface);
      m.country = code;
      m.last = static_cast<std::uint32_t>(e);
      m.begin = toks_[j].begin, m.end = toks_[e - 1].end;
      RawMention g = place_mention(c, e, code, kind);
      i = e;
      int id = add(std::move(m));
      add(std::move(g));
      return id;
    }
  }
  // "(IPA CIS)": up to three acronym words.
  std::size_t close = after + 1;
  while (close < toks_.size() && close - after <= 3 && toks_[close].kind == TokenKind::Word &&
         acronym_shape(text_.substr(toks_[close].begin, toks_[close].end - toks_[close].begin)))
    ++close;
  // "the Croatian Parliament (Sabor)": the body's own name in its language, one unknown word.
  std::string native_code;
  int native_kind = -1;
  if (close == after + 1 && punct(after, "(") && cap(after + 1) && punct(after + 2, ")") &&
      (cls_[after + 1] == 0 || has(cls_[after + 1], kParliament)) &&
      !toks_[after + 1].all_caps && place_at(after + 1, native_code, native_kind) == after + 1)
    close = after + 2;
  if (punct(after, "(") && close > after + 1 && punct(close, ")")) {
    std::string acro(slice(after + 1, close));
    m.aliases.push_back(acro);
    ctx_.acronyms[fold(acro)] = surface;
    if (close == after + 2) ctx_.acronyms[folded_[after + 1]] = surface;
    after = close + 1;
  }
  i = after;
  // "OSCE Ministerial Council", "UN General Assembly": a body of the organization whose known
  // acronym begins its name; the acronym is that organization, nested in the name.
  if (emit && end - j >= 2 && last_head > j && toks_[j].all_caps && folded_[j] != "mfa" &&
      place_at(j, code, kind) == j && m.country.empty() &&
      (ctx_.acronyms.count(folded_[j]) || !acronym_expansion(slice(j, j + 1)).empty())) {
    RawMention parent{EntityType::Org, static_cast<std::uint32_t>(j), static_cast<std::uint32_t>(j + 1)};
    parent.rule = "org-prefix";
    if (auto it = ctx_.acronyms.find(folded_[j]); it != ctx_.acronyms.end()) parent.key = "acronym:" + it->second;
    else if (auto e = acronym_expansion(slice(j, j + 1)); !e.empty() && e != slice(j, j + 1))
      parent.aliases.push_back(std::string(e));
    const int id = add(std::move(m));
    out_[static_cast<std::size_t>(id)].part_of = add(std::move(parent));
    return id;
  }
  return add(std::move(m));
}

// «"Germany-Central Asia" parliamentary group»: a quoted name followed by a lower-case head.
bool SentenceParser::try_quoted_org(std::size_t& i) {
  if (!(punct(i, "\"") || punct(i, "\u201C") || punct(i, "\u00AB"))) return false;
  std::size_t k = i + 1;
  while (k < toks_.size() && k - i < 12 && toks_[k].kind != TokenKind::Punct) ++k;
  if (k == i + 1 || !(punct(k, "\"") || punct(k, "\u201D") || punct(k, "\u00BB"))) return false;
  std::size_t h = k + 1;
  while (h < toks_.size() && h - k <= 3 && toks_[h].kind == TokenKind::Word && !cap(h) && !has(cls_[h], kOrgHead)) ++h;
  if (!(h < toks_.size() && toks_[h].kind == TokenKind::Word && has(cls_[h], kOrgHead) && !cap(h))) return false;
  RawMention m{EntityType::Org, static_cast<std::uint32_t>(i), static_cast<std::uint32_t>(h + 1)};
  m.text = std::string(slice(i + 1, k)) + " " + std::string(slice(k + 1, h + 1));
  m.aliases.push_back(std::string(slice(i, h + 1)));
  m.rule = "quoted-org";
  add(std::move(m));
  i = h + 1;
  return true;
}

bool SentenceParser::try_place(std::size_t& i) {
  std::string code;
  int kind = -1;
  std::size_t e = place_at(i, code, kind);
  static const StringMap<char> kCurrency = [] {
    StringMap<char> m;
    for (std::string_view w : {"dollar", "dollars", "euro", "euros", "tenge", "rouble", "roubles", "ruble", "rubles",
                               "yuan", "pound", "pounds", "som", "sum"})
      m.insert(w, 1);
    return m;
  }();
  std::size_t after = std::max(e, i + 1);
  if (after < toks_.size() && kCurrency.find(folded_[after])) {  // "US dollars": a currency, not a place
    i = after + 1;
    return true;
  }
  if (e > i) {
    RawMention g{EntityType::Gpe, static_cast<std::uint32_t>(i), static_cast<std::uint32_t>(e)};
    g.rule = kind == 2 ? "region" : "place";
    if (kind == 0) g.key = "gpe:" + code;
    g.country = code;
    // Regions are places too ("Central Asia", "Europe", "the Caspian region"); seas are not, and a
    // lone "Baltic" or "Caspian" is an adjective.
    static const StringMap<char> kNotPlaces = [] {
      StringMap<char> m;
      for (std::string_view w : {"baltic", "gulf", "arctic", "caspian", "pacific", "atlantic", "mediterranean"})
        m.insert(w, 1);
      return m;
    }();
    if (kind == 2 && word(e, "region")) {
      g.last = static_cast<std::uint32_t>(++e);
    } else if (kind == 2) {
      bool sea = word(e - 1, "sea") || word(e - 1, "ocean") || (e - i == 1 && kNotPlaces.find(folded_[i]));
      g.emit = !sea;
    }
    add(std::move(g));
    i = e;
    return true;
  }
  if (cap(i)) {
    std::string f = folded_[i];
    std::vector<std::string> codes;
    for (std::size_t s = 0, p = 0; p <= f.size(); ++p)
      if (p == f.size() || f[p] == ' ') {
        auto c = country_of_adjective(f.substr(s, p - s));
        if (!c) return false;
        codes.push_back(*c);
        s = p + 1;
      }
    add_adjective_parts(i, codes);
    ++i;
    return true;
  }
  return false;
}

}  // namespace kg
