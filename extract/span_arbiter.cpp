#include "extract/span_arbiter.h"

#include <algorithm>

#include "extract/fold.h"
#include "extract/gazetteer.h"
#include "extract/lexicon.h"

namespace kg {
namespace {

bool overlaps(std::uint32_t a0, std::uint32_t a1, std::uint32_t b0, std::uint32_t b1) { return a0 < b1 && b0 < a1; }

EntityType entity_type(tagger::SpanType t) {
  switch (t) {
    case tagger::SpanType::Org: return EntityType::Org;
    case tagger::SpanType::Gpe: return EntityType::Gpe;
    case tagger::SpanType::Event: return EntityType::Event;
    default: return EntityType::Person;
  }
}

bool named(const RawMention& m) { return m.last > m.first && m.emit && !m.synthesized; }

// Inserts `m` before the first mention that starts after it, keeping every index field valid.
void insert_mention(std::vector<RawMention>& mentions, RawMention m) {
  std::size_t at = mentions.size();
  for (std::size_t k = 0; k < mentions.size(); ++k)
    if (mentions[k].last > mentions[k].first && mentions[k].first > m.first) {
      at = k;
      break;
    }
  auto shift = [at](int& index) {
    if (index >= static_cast<int>(at)) ++index;
  };
  for (auto& x : mentions) shift(x.title_org), shift(x.member_of), shift(x.part_of), shift(x.owner);
  shift(m.title_org), shift(m.member_of), shift(m.part_of), shift(m.owner);
  mentions.insert(mentions.begin() + static_cast<long>(at), std::move(m));
}

// The organization (else the country) a title names: inside its span, right after it ("the
// Minister of Foreign Affairs of India", "a fellow at SWP"), or before it with a possessive
// ("Latvia's Foreign Minister").
void attach_title_object(const SentenceParser& parser, const std::vector<RawMention>& mentions, std::uint32_t t0,
                         std::uint32_t t1, RawMention& p) {
  std::uint32_t after = t1;
  if (parser.folded_is(after, "of") || parser.folded_is(after, "at")) {
    ++after;
    if (parser.folded_is(after, "the")) ++after;
  }
  int org = -1, org_outside = -1;
  std::string country, country_outside;
  for (std::size_t k = 0; k < mentions.size(); ++k) {
    const RawMention& o = mentions[k];
    if (!o.emit || o.last <= o.first) continue;
    bool inside = o.first >= t0 && o.last <= t1;
    bool next = after > t1 && o.first == after;
    bool possessive = t0 >= 1 && o.last + 1 == t0 && parser.tokens()[t0 - 1].kind == TokenKind::Possessive;
    if (!inside && !next && !possessive) continue;
    if (o.type == EntityType::Org) {
      int& slot = inside ? org : org_outside;
      if (slot < 0) slot = static_cast<int>(k);
    }
    if (o.type == EntityType::Gpe && !o.country.empty()) {
      std::string& c = inside ? country : country_outside;
      if (c.empty()) c = o.country;
    }
  }
  if (org_outside >= 0) org = org_outside;  // "Director of the Department ... of the Ministry": the named body
  if (country.empty()) country = country_outside;
  p.title_org = org;
  p.title_country = org >= 0 ? "" : country;
}

// A lone capitalized abbreviation that is no organization: a unit after a number ("5 billion
// USD"), or one item of a list of common nouns ("agriculture, RES, healthcare").
bool unit_like(const SentenceParser& parser, std::uint32_t i) {
  const auto& toks = parser.tokens();
  if (i >= 1 && (toks[i - 1].kind == TokenKind::Number || parser.folded_is(i - 1, "million") ||
                 parser.folded_is(i - 1, "billion") || parser.folded_is(i - 1, "trillion") || parser.folded_is(i - 1, "thousand")))
    return true;
  auto lower_word = [&](std::size_t k) {
    return k < toks.size() && toks[k].kind == TokenKind::Word && !toks[k].capitalized && !toks[k].all_caps;
  };
  bool listed_before = i >= 2 && parser.is_punct(i - 1, ",") && lower_word(i - 2);
  bool listed_after = i + 2 < toks.size() && (parser.is_punct(i + 1, ",") || parser.folded_is(i + 1, "and")) && lower_word(i + 2);
  return listed_before && listed_after;
}

// An organization the rules read too short ("Social Commission for Asia and Pacific" in "the
// Economic and Social Commission for Asia and Pacific"): the tagger's longer span `s` holds it
// and otherwise only places, which stay as names nested in it. Returns the widened mention.
RawMention* widened_org(const tagger::Span& s, const std::vector<std::size_t>& hit, std::vector<RawMention>& mentions) {
  RawMention* org = nullptr;
  for (std::size_t k : hit) {
    RawMention& m = mentions[k];
    if (m.first < s.first || m.last > s.last) return nullptr;
    if (m.type == EntityType::Org && named(m) && !m.generic && m.key.empty()) {
      if (org) return nullptr;
      org = &m;
    } else if (m.type != EntityType::Gpe) {
      return nullptr;
    }
  }
  return org && org->last - org->first < s.last - s.first ? org : nullptr;
}

// Whether the tagger's organization `s` holds only places the rules found, and a capitalized
// word of its own ("the Lithuanian Embassy in Minsk", not "the Kyrgyz parliament", which names
// an organization by a description): it becomes a mention of its own, the places nested in it.
bool holds_only_places(const SentenceParser& parser, const tagger::Span& s, const std::vector<std::size_t>& hit,
                       const std::vector<RawMention>& mentions) {
  std::vector<bool> place(s.last - s.first, false);
  for (std::size_t k : hit) {
    const RawMention& m = mentions[k];
    if (m.type != EntityType::Gpe || m.first < s.first || m.last > s.last || m.last - m.first >= s.last - s.first)
      return false;
    for (std::uint32_t i = m.first; i < m.last; ++i) place[i - s.first] = true;
  }
  for (std::uint32_t i = s.first; i < s.last; ++i)
    if (!place[i - s.first] && parser.tokens()[i].capitalized && !parser.folded_is(i, "the")) return true;
  return false;
}

}  // namespace

void arbitrate(const SentenceParser& parser, const std::vector<tagger::Span>& spans,
               std::vector<RawMention>& mentions, ParseContext& context) {
  const std::string& home_country = context.home_country;
  const auto& toks = parser.tokens();
  auto text_of = [&](std::uint32_t a, std::uint32_t b) {
    return std::pair<std::uint32_t, std::uint32_t>{toks[a].begin, toks[b - 1].end};
  };

  // Mentions the tagger rejects: every token of them outside all its spans.
  std::vector<bool> covered(toks.size(), false);
  for (const auto& s : spans)
    for (std::uint32_t i = s.first; i < s.last && i < toks.size(); ++i) covered[i] = true;
  std::vector<bool> needed(mentions.size(), false);
  for (const auto& m : mentions)
    for (int k : {m.title_org, m.member_of, m.part_of, m.owner})
      if (k >= 0) needed[static_cast<std::size_t>(k)] = true;
  for (std::size_t k = 0; k < mentions.size(); ++k) {
    RawMention& m = mentions[k];
    if (!named(m) || m.generic || needed[k] || !m.title.empty() || !m.aliases.empty()) continue;
    if (m.type != EntityType::Person && m.type != EntityType::Org) continue;
    bool any = false;
    for (std::uint32_t i = m.first; i < m.last && i < toks.size(); ++i) any = any || covered[i];
    if (!any) m.emit = false;
  }

  // An organization that is a country's name ("the Russian Federation") is the country.
  for (auto& m : mentions) {
    if (!named(m) || m.type != EntityType::Org || !m.key.empty() || !m.aliases.empty()) continue;
    const Place* p = find_place(fold(m.text));
    if (!p || p->kind != PlaceKind::Country) continue;
    m.type = EntityType::Gpe;
    m.key = "gpe:" + p->code;
    m.country = p->code;
  }

  // A rule person or organization that runs past the tagger's reading of it ("the Assembly
  // of X Altynbek Mamayussupov", "Affairs Pekka Haavisto") shrinks to the tagger's span;
  // the words left over may become mentions of their own below.
  for (auto& m : mentions) {
    if (!named(m) || m.generic || !m.key.empty() || !m.aliases.empty()) continue;
    if (m.type != EntityType::Person && m.type != EntityType::Org) continue;
    const tagger::Span* inner = nullptr;
    int same_type = 0;
    for (const auto& s : spans)
      if (entity_type(s.type) == m.type && s.type != tagger::SpanType::Title && s.first >= m.first && s.last <= m.last) {
        inner = &s;
        ++same_type;
      }
    if (same_type != 1 || (inner->first == m.first && inner->last == m.last)) continue;
    m.first = inner->first, m.last = inner->last;
    std::tie(m.begin, m.end) = text_of(m.first, m.last);
    m.text = std::string(parser.slice_text(m.first, m.last));
  }

  for (const auto& s : spans) {
    if (s.type == tagger::SpanType::Title) continue;
    std::vector<std::size_t> hit;
    for (std::size_t k = 0; k < mentions.size(); ++k)
      if (mentions[k].last > mentions[k].first && overlaps(s.first, s.last, mentions[k].first, mentions[k].last))
        hit.push_back(k);
    EntityType type = entity_type(s.type);
    if (hit.size() == 1 && type == EntityType::Person && mentions[hit[0]].type == EntityType::Person &&
        mentions[hit[0]].emit && !mentions[hit[0]].generic && s.first <= mentions[hit[0]].first &&
        s.last >= mentions[hit[0]].last && s.last - s.first > mentions[hit[0]].last - mentions[hit[0]].first) {
      RawMention& m = mentions[hit[0]];
      m.first = s.first, m.last = s.last;
      std::tie(m.begin, m.end) = text_of(s.first, s.last);
      m.text = std::string(parser.slice_text(s.first, s.last));
      continue;
    }
    if (type == EntityType::Org)
      if (RawMention* m = widened_org(s, hit, mentions)) {
        std::uint32_t first = s.first + (parser.folded_is(s.first, "the") ? 1 : 0);
        if (first <= m->first && (first < m->first || s.last > m->last)) {
          m->first = first, m->last = s.last;
          std::tie(m->begin, m->end) = text_of(first, s.last);
          m->text = std::string(parser.slice_text(first, s.last));
          continue;
        }
      }
    if (!hit.empty() && !(type == EntityType::Org && holds_only_places(parser, s, hit, mentions))) continue;
    std::uint32_t first = s.first;
    if (type != EntityType::Event && s.last - first > 1 && parser.folded_is(first, "the")) ++first;
    RawMention m{type, first, s.last};
    std::tie(m.begin, m.end) = text_of(first, s.last);
    m.text = std::string(parser.slice_text(first, s.last));
    m.rule = "tagger";
    std::string folded = fold(m.text);
    if (type == EntityType::Org && s.last - first == 1) {
      // "Full Name (ACR)": the acronym is another name of the organization before it.
      if (toks[first].all_caps && first >= 2 && parser.is_punct(first - 1, "(") && parser.is_punct(s.last, ")")) {
        bool named_before = false;
        for (auto& a : mentions)
          if (a.emit && a.last == first - 1 && (a.type == EntityType::Org || a.type == EntityType::Event)) {
            a.aliases.push_back(m.text);
            context.acronyms[folded] = a.text;
            named_before = true;
            break;
          }
        if (named_before) continue;
      }
      if (auto it = context.acronyms.find(folded); it != context.acronyms.end()) m.key = "acronym:" + it->second;
      else if (toks[first].all_caps && unit_like(parser, first)) continue;
      else if (!toks[first].all_caps && (parser.classes(first) & kOrgHead)) m.rule = "tagger-head";
    }
    if (type == EntityType::Gpe) {
      const Place* p = find_place(folded);
      if (!p) {
        if (home_country.empty()) continue;
        m.country = home_country;  // an unknown town: of the country the text reports from
      } else {
        if (p->kind == PlaceKind::Region) continue;
        m.country = p->code;
        if (p->kind == PlaceKind::Country) m.key = "gpe:" + p->code;
      }
    }
    if (type == EntityType::Event) {
      bool lower = true;
      for (std::uint32_t i = s.first; i < s.last; ++i) lower = lower && !toks[i].capitalized && !toks[i].all_caps;
      m.generic = lower;
    }
    if (type == EntityType::Person && s.last - s.first == 1 && toks[s.first].all_caps) continue;  // "UN", "MFA"
    insert_mention(mentions, std::move(m));
  }

  // Titles the parser did not read, for persons that have none.
  for (const auto& s : spans) {
    if (s.type != tagger::SpanType::Title) continue;
    for (auto& p : mentions) {
      if (p.type != EntityType::Person || !named(p) || p.generic || !p.title.empty()) continue;
      // "Minister X", "Speaker Mr X", "The Minister of Foreign Affairs, X," (before); "X, Minister" (after).
      std::uint32_t gap = s.last;
      while (gap < p.first && (parser.classes(gap) & kHonorific)) ++gap;
      bool before = gap == p.first || (s.last + 1 == p.first && parser.is_punct(s.last, ","));
      // In apposition only when no name follows the title: in "A, Minister of Y B," the title
      // is B's, stated before B.
      std::uint32_t next = s.last;
      for (bool moved = true; moved && next < parser.tokens().size();) {
        moved = false;
        if ((parser.classes(next) & kHonorific) || parser.folded_is(next, "of") || parser.folded_is(next, "the")) {
          ++next, moved = true;
          continue;
        }
        for (const auto& q : mentions)  // "... of the Republic of Peru B": the title's place, then B
          if ((q.type == EntityType::Gpe || q.type == EntityType::Org) && q.first == next && q.last > next) {
            next = q.last, moved = true;
            break;
          }
      }
      bool named_next = std::any_of(mentions.begin(), mentions.end(), [&](const RawMention& q) {
        return q.type == EntityType::Person && named(q) && q.first == next;
      });
      bool after = p.last + 1 == s.first && parser.is_punct(p.last, ",") && !named_next;
      if (!before && !after) continue;
      p.title = std::string(parser.slice_text(s.first, s.last));
      p.title_first = s.first, p.title_last = s.last;
      // The organization inside the title, or right after it in apposition ("X, Minister of Y,").
      attach_title_object(parser, mentions, s.first, s.last, p);
      break;
    }
  }
}

}  // namespace kg
