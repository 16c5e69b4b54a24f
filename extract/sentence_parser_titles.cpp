// SentenceParser: titles and their holders (split from sentence_parser.cpp). A title phrase
// ("Deputy Minister of Foreign Affairs of Latvia", "Kenyan President", "MPs"), its organization
// or country, and the person or list of persons who hold it.
#include "extract/sentence_parser.h"

#include "extract/fold.h"
#include "extract/gazetteer.h"
#include "extract/lexicon.h"

namespace kg {
namespace {
bool has(std::uint32_t classes, std::uint32_t c) { return (classes & c) != 0; }
}  // namespace

void SentenceParser::synthesize_ministry(TitleParse& t, std::string_view domain) {
  std::string country = t.country.empty() ? ctx_.home_country : t.country;
  RawMention m;
  m.type = EntityType::Org;
  m.synthesized = true;
  m.rule = "ministry-of-title";
  m.begin = toks_[t.title_first].begin;
  m.end = toks_[t.title_last - 1].end;
  m.text = "Ministry of " + std::string(domain);
  if (!country.empty()) {
    m.text += " of " + country_name(country);
    m.key = "ministry:" + country + ":" + std::string(domain);
    m.country = country;
  }
  t.org = add(std::move(m));
}

// title := [Country's | Adjective | Org's] Mod* Head [complement]
bool SentenceParser::parse_title(std::size_t i, TitleParse& t) {
  std::size_t j = i;
  std::string code;
  int kind = -1;
  if (std::size_t e = place_at(j, code, kind); e > j && kind == 0 && e < toks_.size() && toks_[e].kind == TokenKind::Possessive) {
    std::size_t k = e + 1;
    if (!(cap(k) && has(cls_[k], kTitleHead | kTitleMod | kTitlePlural))) return false;
    add(place_mention(j, e, code, kind));
    t.country = code;
    j = k;
  } else if (cap(j) && country_of_adjective(folded_[j]) &&
             ((cap(j + 1) && has(cls_[j + 1], kTitleHead | kTitleMod | kTitlePlural)) ||
              (j + 1 < toks_.size() && has(cls_[j + 1], kTitleMod) && cap(j + 2) &&
               has(cls_[j + 2], kTitleHead | kTitleMod | kMinistryDomain)))) {
    t.country = *country_of_adjective(folded_[j]);
    RawMention g{EntityType::Gpe, static_cast<std::uint32_t>(j), static_cast<std::uint32_t>(j + 1)};
    g.key = "gpe:" + t.country, g.country = t.country, g.rule = "adjective";
    add(std::move(g));
    ++j;
  } else if (e > j && kind == 0 && cap(e) && has(cls_[e], kTitleHead | kTitleMod) && !has(cls_[e], kTitlePlural)) {
    // "US Secretary of Commerce X", "New Zealand Ambassador to the U.S. Y": the country's name
    // modifies the title as its adjective would.
    add(place_mention(j, e, code, kind));
    t.country = code;
    j = e;
  }
  t.title_first = j;
  if (t.org >= 0 && t.country.empty()) t.country = out_[static_cast<std::size_t>(t.org)].country;
  std::string domain;
  std::size_t head = SIZE_MAX;
  while (j < toks_.size() && toks_[j].kind == TokenKind::Word) {
    std::uint32_t c = cls_[j];
    // "acting Foreign Minister": a lower-case modifier before a capitalized title word.
    bool lower_ok = (has(c, kLowerTitle) && !cap(j)) || (t.lower_head && has(c, kTitleHead | kTitleMod) && !cap(j)) ||
                    (has(c, kTitleMod) && !cap(j) && !word(j, "former") && cap(j + 1) &&
                     has(cls_[j + 1], kTitleHead | kTitleMod | kMinistryDomain));
    if (!(cap(j) || lower_ok)) break;
    if (has(c, kMinistryDomain) && domain.empty() && cap(j)) domain = std::string(ministry_domain(folded_[j]));
    if (has(c, kTitleHead | kTitlePlural)) head = j;
    else if (!has(c, kTitleMod | kMinistryDomain)) break;
    ++j;
  }
  if (head == SIZE_MAX) return false;
  j = head + 1;
  // "Ambassador Extraordinary and Plenipotentiary": modifiers after the head.
  while (cap(j) && has(cls_[j], kTitleMod) && !has(cls_[j], kGivenName)) {
    ++j;
    if (word(j, "and") && cap(j + 1) && has(cls_[j + 1], kTitleMod)) j += 2;
  }
  t.head = head;
  t.plural = has(cls_[head], kTitlePlural) && !has(cls_[head], kTitleHead);
  t.parliamentary = has(cls_[head], kParliamentTitle);
  t.head_of_state = has(cls_[head], kHeadOfState) && !word(head - 1, "vice");
  std::size_t title_end = j;
  j = parse_title_complement(j, t, title_end);
  t.title_last = title_end;
  if (t.org < 0 && (folded_[head] == "minister" || folded_[head] == "ministers")) {
    std::string_view d = domain;
    if (d.empty() && word(head + 1, "of")) {
      std::string phrase;
      for (std::size_t k = head + 2; k < title_end && cap(k); ++k) phrase += (phrase.empty() ? "" : " ") + folded_[k];
      d = ministry_domain(phrase);
      if (d.empty()) d = ministry_domain(folded_.size() > head + 2 ? folded_[head + 2] : "");
    }
    if (!d.empty()) synthesize_ministry(t, d);
  }
  t.end = j;
  return true;
}

// Complements: "of/at [the] ORG" (the title's organization), "to COUNTRY", "of COUNTRY",
// and "of/for Capitalized NP" that belongs to the title ("for Eastern Europe, the Caucasus").
std::size_t SentenceParser::parse_title_complement(std::size_t j, TitleParse& t, std::size_t& title_end) {
  while (j < toks_.size()) {
    bool of = word(j, "of") || word(j, "at");
    std::string code;
    int kind = -1;
    // "Georgia's Ambassador in Bucharest": the post's seat is part of the title.
    if (word(j, "in")) {
      std::size_t e = place_at(j + 1, code, kind);
      if (e <= j + 1 || kind == 2) break;
      add(place_mention(j + 1, e, code, kind));
      title_end = j = e;
      continue;
    }
    if (!(of || word(j, "for") || word(j, "to") || word(j, "on"))) break;
    std::size_t k = j + 1;
    if (word(k, "the")) ++k;
    if (of) {
      std::size_t o = k;
      // "State Secretary at Croatia's Ministry of ...": the owner's possessive before the body.
      if (std::size_t e = place_at(k, code, kind); e > k && kind == 0 && e < toks_.size() &&
                                                   toks_[e].kind == TokenKind::Possessive && cap(e + 1)) {
        add(place_mention(k, e, code, kind));
        o = e + 1;
      }
      std::size_t mark = out_.size();
      int org = try_org(o);
      // "of the Russian Federation": a country's own name, though it ends in an organization word.
      if (std::size_t pe = place_at(o, code, kind); org >= 0 && pe > o && kind == 0 &&
                                                   out_[static_cast<std::size_t>(org)].last <= pe)
        out_.resize(mark), org = -1;
      if (org >= 0) {
        t.org = org;
        // "Director of the Asian Affairs Department at the Ministry of Foreign Affairs"
        if ((word(o, "at") || word(o, "of")) && out_[static_cast<std::size_t>(org)].part_of < 0) {
          std::size_t q = o + 1 + (word(o + 1, "the") ? 1 : 0);
          std::size_t before = out_.size();
          if (int outer = try_org(q); outer >= 0) {
            out_[static_cast<std::size_t>(org)].part_of = outer;
            if (out_[static_cast<std::size_t>(org)].country.empty())
              out_[static_cast<std::size_t>(org)].country = out_[static_cast<std::size_t>(outer)].country;
            o = q;
          } else {
            out_.resize(before);
          }
        }
        // "Chair of the Bundestag's "X" group": the title belongs to the inner organization.
        if (o < toks_.size() && toks_[o].kind == TokenKind::Possessive) {
          std::size_t q = o + 1;
          std::size_t before = out_.size();
          int inner = -1;
          if (try_quoted_org(q)) inner = static_cast<int>(before);
          else inner = try_org(q);
          if (inner >= 0) {
            out_[static_cast<std::size_t>(inner)].part_of = org;
            t.org = inner;
            o = q;
          }
        }
        return o;
      }
    }
    // "Ambassador to the European Union": the organization is part of the title.
    if (word(j, "to") && !(place_at(k, code, kind) > k && kind == 0)) {
      std::size_t o = k;
      if (try_org(o) >= 0) {
        title_end = o;
        j = o;
        continue;
      }
    }
    if (std::size_t e = place_at(k, code, kind); e > k && kind == 0) {
      add(place_mention(k, e, code, kind));
      if (word(j, "to")) title_end = e;   // "Ambassador to Germany": part of the title
      else if (t.country.empty()) t.country = code;
      j = e;
      continue;
    }
    if (!cap(k)) break;
    // A capitalized NP of the title itself; commas and "and" continue it when a capitalized
    // word follows. It never swallows a title word, which would start the next apposition.
    std::size_t e = k;
    while (e < toks_.size()) {
      if (std::size_t pe = place_at(e, code, kind); pe > e) { e = pe; continue; }
      if (cap(e) && !has(cls_[e], kTitleHead | kHonorific | kOrgHead) && !looks_like_name(e)) { ++e; continue; }
      std::size_t n = e;
      if (e > k && (punct(n, ",") || word(n, "and") || word(n, "&"))) {
        ++n;
        if (word(n, "and")) ++n;
        if (word(n, "the")) ++n;
        if (cap(n) && !has(cls_[n], kTitleHead | kHonorific | kOrgHead) && !looks_like_name(n)) { e = n; continue; }
      }
      break;
    }
    if (e == k) break;
    title_end = e;
    j = e;
  }
  return j;
}

bool SentenceParser::try_title(std::size_t& i, int org, bool lower_head) {
  std::size_t start_mentions = out_.size();
  TitleParse t;
  t.org = org;
  t.lower_head = lower_head;
  if (!parse_title(i, t)) {
    out_.resize(start_mentions);
    return false;
  }
  std::size_t j = skip_honorifics(t.end);
  // "Secretary General of the Cooperation Council of Turkic Speaking States (Turkic Council)
  // Baghdad A.", "President of the Riigikogu (Parliament of Estonia) Jüri R.": a gloss in
  // parentheses between the title and its holder.
  if (punct(j, "(") && !t.plural) {
    std::size_t close = j + 1;
    while (close < toks_.size() && close < j + 9 && !punct(close, ")") && !punct(close, "(")) ++close;
    if (punct(close, ")") && close > j + 1) {
      std::size_t n = skip_honorifics(close + 1);
      if (std::size_t ne = parse_name(n, true); ne > n + 1) j = n;
    }
  }
  // A second, bare title in apposition ("... Office Ambassador Anna K.") adds nothing new.
  // "Head of the EU Delegation to Armenia, Ambassador Claudia Meinhardt"
  if (punct(j, ",") && cap(j + 1) && has(cls_[j + 1], kTitleHead) && !has(cls_[j + 1], kGivenName)) ++j;
  while (cap(j) && has(cls_[j], kTitleHead) && !has(cls_[j], kGivenName)) j = skip_honorifics(j + 1);
  if ((punct(j, ",") || punct(j, ":")) && t.plural) ++j;  // "deputies: A, B and C"
  if (t.plural) {
    // "Parliamentarians in attendance included A, B": words between the title and its holders;
    // after a colon further away, only a list of two or more.
    bool colon = false;
    std::size_t from = j;
    if (std::size_t s = skip_honorifics(j); parse_name(s, true) == s) {
      std::size_t b = list_bridge(j, colon);
      std::size_t s2 = skip_honorifics(b);
      if (b > j && parse_name(s2, true) > s2) from = b;
    }
    std::size_t mark = out_.size();
    // Holders listed further away are not taken for members of the parliament named last.
    TitleParse listed = t;
    if (from != j) listed.parliamentary = false;
    std::size_t e = parse_name_list(from, listed);
    std::size_t holders = 0;
    for (std::size_t m = mark; m < out_.size(); ++m) holders += out_[m].type == EntityType::Person;
    if (colon && holders < 2) out_.resize(mark), e = from;
    if (e == from) {
      out_.resize(start_mentions);
      return false;
    }
    i = e;
    return true;
  }
  // "Director General SASSI,": an acronym alone after the title is its organization, not a name.
  if (t.org < 0 && acronym_after_title(j)) {
    RawMention a{EntityType::Org, static_cast<std::uint32_t>(j), static_cast<std::uint32_t>(j + 1)};
    a.rule = "acronym-after-title";
    add(std::move(a));
    i = j + 1;
    return true;
  }
  std::size_t e = parse_name(j, true);
  // "the Czech Ambassador to Turkmenistan, Pavel Hrubeš, who ...": the name after a comma.
  if (e == j && punct(j, ",")) {
    std::size_t n = skip_honorifics(j + 1);
    std::size_t ne = parse_name(n, true);
    if (ne > n + 1 && (punct(ne, ",") || punct(ne, ".") || word(ne, "who") || ne == toks_.size())) j = n, e = ne;
  }
  // "Lao Deputy Prime Minister and Foreign Minister Thongloun S.": two posts of one person,
  // the second held in the first's country when it names none.
  if (e == j && word(j, "and") && cap(j + 1) && !t.plural) {
    std::size_t before = out_.size();
    TitleParse second;
    if (parse_title(j + 1, second) && !second.plural) {
      std::size_t n = skip_honorifics(second.end);
      if (std::size_t ne = parse_name(n, true); ne > n) {
        if (second.country.empty() && second.org < 0) second.country = t.country;
        add_person(n, ne, &t, "title-coordinated");
        i = add_person(n, ne, &second, "title");
        return true;
      }
    }
    out_.resize(before);
  }
  if (e == j) {  // a bare title ("the Deputy Minister"): keep its organization and places only
    if (t.end > i) {
      i = t.end;
      return true;
    }
    out_.resize(start_mentions);
    return false;
  }
  i = add_person(j, e, &t, "title");
  // "Senator Hana K., Chairwoman of the Committee on ...": a second post in apposition.
  TitleParse second;
  if (std::size_t after = appositive_title(e, second); after > e) {
    add_person(j, e, &second, "title+apposition");
    i = after;
  }
  return true;
}

bool SentenceParser::try_counterpart(std::size_t& i) {
  if (!cap(i) || !word(i + 1, "counterpart")) return false;
  std::string code;
  int kind = -1;
  std::size_t e = i + 1;
  if (const std::string* c = country_of_adjective(folded_[i])) code = *c;
  else if (place_at(i, code, kind) != i + 1 || kind != 0) return false;
  // The post: the last titled person of the sentence before it.
  const RawMention* source = nullptr;
  for (std::size_t m = out_.size(); m-- > 0 && !source;)
    if (out_[m].type == EntityType::Person && !out_[m].title.empty() && !out_[m].generic && out_[m].last <= i)
      source = &out_[m];
  std::size_t n = skip_honorifics(e + 1);
  std::size_t ne = parse_name(n, true);
  if (!source || ne <= n + 1) return false;
  TitleParse t;
  t.title_first = i, t.title_last = e + 1, t.head = e, t.country = code;
  t.head_of_state = source->head_of_state;
  const std::string title = source->title;
  RawMention g = place_mention(i, i + 1, code, 0);
  if (kind != 0) g.rule = "adjective";
  add(std::move(g));
  i = add_person(n, ne, &t, "counterpart");
  out_.back().title = title;
  return true;
}

}  // namespace kg
