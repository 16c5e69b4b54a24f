#include "extract/sentence_parser.h"

#include "extract/fold.h"
#include "extract/gazetteer.h"
#include "extract/lexicon.h"

namespace kg {
namespace {
bool has(std::uint32_t classes, std::uint32_t c) { return (classes & c) != 0; }
}  // namespace

SentenceParser::SentenceParser(std::string_view text, std::vector<Token> tokens, ParseContext& context)
    : text_(text), toks_(std::move(tokens)), ctx_(context) {
  folded_.reserve(toks_.size());
  cls_.reserve(toks_.size());
  for (const auto& t : toks_) {
    folded_.push_back(fold(text_.substr(t.begin, t.end - t.begin)));
    std::uint32_t c = t.kind == TokenKind::Word ? word_classes(folded_.back()) : 0;
    if (c == 0 && t.kind == TokenKind::Word && folded_.back().find(' ') != std::string::npos) {
      std::string hyphenated = folded_.back();  // "Secretary-General" folds to "secretary general"
      for (char& ch : hyphenated)
        if (ch == ' ') ch = '-';
      c = word_classes(hyphenated);
    }
    cls_.push_back(c);
  }
}

std::string_view SentenceParser::slice(std::size_t first, std::size_t last) const {
  if (first >= last) return {};
  return text_.substr(toks_[first].begin, toks_[last - 1].end - toks_[first].begin);
}

int SentenceParser::add(RawMention m) {
  if (m.last > m.first && m.begin == m.end) {
    m.begin = toks_[m.first].begin;
    m.end = toks_[m.last - 1].end;
  }
  if (m.text.empty()) m.text = std::string(slice(m.first, m.last));
  out_.push_back(std::move(m));
  return static_cast<int>(out_.size()) - 1;
}

RawMention SentenceParser::place_mention(std::size_t first, std::size_t end, const std::string& code, int kind) const {
  RawMention g{EntityType::Gpe, static_cast<std::uint32_t>(first), static_cast<std::uint32_t>(end)};
  if (kind == 0) g.key = "gpe:" + code;
  g.country = code, g.rule = "place";
  return g;
}

std::vector<RawMention> SentenceParser::parse() {
  static const std::unordered_set<std::string_view> kReportVerbs{"cites", "reports", "reported", "informs", "writes", "quotes", "says"};
  // A dateline ("ASTANA. KAZINFORM -", "TASHKENT, May 3") names the home country of the text,
  // which titles without a country ("Minister of Foreign Affairs X") belong to.
  // Past the first three sentences (a site's menu lines, a headline, a subtitle), only a place
  // followed by the dateline's comma, dash or parenthesis ("MOSCOW, December 7 (Itar-Tass) -").
  // A metadata line "date 2023-02-13" may come before it.
  std::size_t d = 0;
  if (word(0, "date") && d + 1 < toks_.size() && toks_[1].kind == TokenKind::Number)
    for (d = 1; d < toks_.size() && (toks_[d].kind == TokenKind::Number || punct(d, "-"));) ++d;
  if (ctx_.home_country.empty() && ctx_.sentences_seen < 8 && d < toks_.size() && toks_[d].all_caps) {
    std::string code;
    int kind = -1;
    std::size_t e = place_at(d, code, kind);
    auto dateline_mark = [&] {
      if (e >= toks_.size()) return false;
      std::string_view w = slice(e, e + 1);
      return w == "," || w == "(" || w == "-" || w == "\u2013" || w == "\u2014";
    };
    if (e > d && kind <= 1 && (ctx_.sentences_seen < 3 || dateline_mark())) ctx_.home_country = code;
  }
  ++ctx_.sentences_seen;
  for (const auto& f : folded_) respectively_ = respectively_ || f == "respectively";
  std::size_t i = 0;
  while (i < toks_.size()) {
    const Token& t = toks_[i];
    if (t.kind == TokenKind::Punct) {
      if (!try_quoted_org(i)) ++i;
      continue;
    }
    if (t.kind != TokenKind::Word) { ++i; continue; }
    if (word(i, "its") && cap(i + 1) && has(cls_[i + 1], kTitleHead | kTitleMod)) {  // "led by its Deputy Chairman X"
      int org = -1;
      for (std::size_t m = out_.size(); m-- > 0 && org < 0;)
        if (out_[m].type == EntityType::Org && out_[m].emit) org = static_cast<int>(m);
      std::size_t k = i + 1;
      if (org >= 0 && try_title(k, org)) {
        i = k;
        continue;
      }
    }
    if (word(i, "who") && try_relative_post(i)) continue;
    // "our country" in a ministry's or an agency's text: its home country.
    if (word(i, "our") && word(i + 1, "country") && !ctx_.home_country.empty()) {
      RawMention g{EntityType::Gpe, static_cast<std::uint32_t>(i), static_cast<std::uint32_t>(i + 2)};
      g.key = "gpe:" + ctx_.home_country, g.country = ctx_.home_country, g.rule = "coref-our-country", g.generic = true;
      add(std::move(g));
      i += 2;
      continue;
    }
    // "The chairman of the Senate's Committee on Foreign Policy, Mircea D., received ...": a
    // lower-case title with its organization, the name in apposition.
    if (word(i, "the") && i + 2 < toks_.size() && !cap(i + 1) && has(cls_[i + 1], kTitleHead) &&
        (word(i + 2, "of") || word(i + 2, "at"))) {
      std::size_t k = i + 1, before = out_.size();
      if (try_title(k, -1, true) && out_.size() > before && out_.back().type == EntityType::Person) {
        i = k;
        continue;
      }
      out_.resize(before);
    }
    if (try_respectively(i) || try_reference(i) || try_named_event(i) || try_counterpart(i) || try_title(i)) continue;
    std::size_t before = out_.size();
    if (int org = try_org(i); org >= 0) {
      // "the Foreign Ministry's Director X", "ZOiS researcher Dr. Y": a title of this organization.
      std::size_t k = i;
      if (k < toks_.size() && toks_[k].kind == TokenKind::Possessive) ++k;
      if (k < toks_.size() && (cap(k) || has(cls_[k], kLowerTitle)) && has(cls_[k], kTitleHead | kTitleMod | kTitlePlural) &&
          try_title(k, org))
        i = k;
      continue;
    }
    out_.resize(before);
    if (try_event(i) || try_place(i)) continue;
    if (cap(i) && (has(cls_[i], kHonorific) || skip_honorifics(i) > i)) {
      std::size_t s = skip_honorifics(i);
      std::size_t e = parse_name(s, true);
      if (e > s) { i = add_named_person(s, e, "honorific"); continue; }
      i = s;
      continue;
    }
    if (cap(i) && !has(cls_[i], kStopCap)) {
      std::size_t e = parse_name(i, false);
      if (e == i + 1 && kReportVerbs.count(folded_.size() > e ? std::string_view(folded_[e]) : std::string_view()) && !ctx_.surnames.find(folded_[i])) {
        RawMention m{EntityType::Org, static_cast<std::uint32_t>(i), static_cast<std::uint32_t>(e)};
        m.rule = "reporting-agency";
        add(std::move(m));
      } else if (e == i + 1 && ctx_.surnames.find(folded_[i])) {
        add_person(i, e, nullptr, "surname");
      } else if (e >= i + 2 && has(cls_[i], kGivenName)) {
        e = add_named_person(i, e, "given-name");
      } else if (e >= i + 2 && e - i <= 3 && person_context(i, e)) {
        e = add_named_person(i, e, "name-in-context");
      } else if (e > i && toks_[i].all_caps && e == i + 1 && (word(e, "and") || punct(e, ",")) && try_org(e = e + 1 + punct(e, ",") * 0, false) >= 0) {
        // "SVEVIND and Goldbeck Solar": an unknown all-caps name coordinated with a company.
        out_.pop_back();
        RawMention m{EntityType::Org, static_cast<std::uint32_t>(i), static_cast<std::uint32_t>(i + 1)};
        m.rule = "coordinated-org";
        add(std::move(m));
        e = i + 1;
      }
      i = std::max(e, i + 1);
      continue;
    }
    ++i;
  }
  link_structure();
  ctx_.first_sentence = false;
  return std::move(out_);
}

// Possessives tie mentions together: "the Bundestag's group" (part of), "Orlova's visits"
// (the person's event).
void SentenceParser::link_structure() {
  for (std::size_t m = 0; m < out_.size(); ++m) {
    RawMention& b = out_[m];
    if (b.last == b.first || b.first < 2 || toks_[b.first - 1].kind != TokenKind::Possessive) continue;
    for (std::size_t a = 0; a < out_.size(); ++a) {
      if (a == m || out_[a].last != b.first - 1 || out_[a].last == out_[a].first) continue;
      if (b.type == EntityType::Event && out_[a].type == EntityType::Person) b.owner = static_cast<int>(a);
      if (b.type == EntityType::Org && out_[a].type == EntityType::Org && b.part_of < 0) b.part_of = static_cast<int>(a);
    }
  }
}

}  // namespace kg
