// Events for SentenceParser: named events ("China-Central Asia Foreign Ministers' Meeting"),
// adjective events ("Kazakh-German political consultations") and generic references ("the talks").
#include <string>
#include <vector>

#include "extract/fold.h"
#include "extract/gazetteer.h"
#include "extract/lexicon.h"
#include "extract/sentence_parser.h"

namespace kg {
namespace {
bool has(std::uint32_t classes, std::uint32_t c) { return (classes & c) != 0; }
}  // namespace

// A capitalized run that ends in a capitalized event noun names an event: "Astana International
// Forum", "China-Central Asia Foreign Ministers' Meeting". Places inside are mentioned too.
bool SentenceParser::try_named_event(std::size_t& i) {
  if (!cap(i) || (has(cls_[i], kStopCap) && !has(cls_[i], kMonth))) return false;
  if (has(cls_[i], kMonth)) return false;
  std::size_t k = i, last_noun = SIZE_MAX;
  while (k < toks_.size() && k - i < 12) {
    if (cap(k)) {
      if (has(cls_[k], kEventNoun)) last_noun = k;
      else if (has(cls_[k], kStopCap | kHonorific) || (last_noun != SIZE_MAX && has(cls_[k], kGivenName))) break;
      ++k;
      continue;
    }
    if (toks_[k].kind == TokenKind::Possessive && k > i && has(cls_[k - 1], kTitlePlural) && cap(k + 1)) { ++k; continue; }
    if ((word(k, "of") || word(k, "on") || word(k, "and") || word(k, "for")) && cap(k + 1) && last_noun == SIZE_MAX) { ++k; continue; }
    break;
  }
  if (last_noun == SIZE_MAX || last_noun == i) return false;
  std::size_t end = last_noun + 1;
  RawMention m{EntityType::Event, static_cast<std::uint32_t>(i), static_cast<std::uint32_t>(end)};
  m.rule = "named-event";
  // "the IV Summit of the Council of Europe": whose summit it is belongs to its name; the
  // organization is mentioned too.
  if (word(end, "of")) {
    std::size_t o = end + 1 + (word(end + 1, "the") ? 1 : 0);
    std::size_t before = out_.size();
    if (try_org(o) >= 0) {
      RawMention org = out_.back();
      out_.resize(before);
      m.aliases.push_back(std::string(slice(m.first, end)));  // "IV Summit"
      m.last = static_cast<std::uint32_t>(o);
      add(std::move(m));
      add(std::move(org));
      i = o;
      return true;
    }
    out_.resize(before);
    // "World Conference of Speakers of Parliaments", "Annual Meeting of the Asia-Pacific
    // Parliamentary Forum": a capitalized complement that is not an organization of its own.
    std::size_t e = o;
    while (e < toks_.size() && e - o < 8 && (cap(e) || ((word(e, "of") || word(e, "and")) && cap(e + 1)))) ++e;
    if (e > o && cap(o) && !has(cls_[o], kStopCap | kMonth)) {
      m.aliases.push_back(std::string(slice(m.first, end)));
      m.last = static_cast<std::uint32_t>(e);
      end = e;
    }
  }
  add(std::move(m));
  for (std::size_t t = i; t < end; ++t) {
    std::string code;
    int kind = -1;
    if (std::size_t e = place_at(t, code, kind); e > t) {
      add(place_mention(t, e, code, kind));
      t = e - 1;
      continue;
    }
    std::vector<std::string> codes;
    const std::string& f = folded_[t];
    for (std::size_t s = 0, p = 0; p <= f.size(); ++p)
      if (p == f.size() || f[p] == ' ') {
        if (auto c = country_of_adjective(f.substr(s, p - s))) codes.push_back(*c);
        s = p + 1;
      }
    if (!codes.empty() && cap(t)) add_adjective_parts(t, codes);
  }
  i = end;
  return true;
}

// "the PPC meeting" and "the meeting of the EU-Armenia Parliamentary Partnership Committee (PPC)"
// are one event: the organization (through its acronym) and the event noun.
std::string SentenceParser::event_key(const RawMention& org, std::size_t noun) const {
  std::string name = fold(org.text);
  if (auto it = ctx_.acronyms.find(name); it != ctx_.acronyms.end()) name = fold(it->second);
  std::string n = folded_[noun];
  if (n.size() > 1 && n.back() == 's') n.pop_back();
  return "event-of:" + name + ":" + n;
}

// Events: "[Kazakh-German] [political] consultations", "Astana International Forum".
bool SentenceParser::try_event(std::size_t& i) {
  std::size_t j = i, first = i;
  bool specific = false;
  std::vector<std::string> countries;
  if (toks_[j].kind == TokenKind::Word && cap(j)) {
    std::string f = folded_[j];
    std::vector<std::string> parts;
    for (std::size_t s = 0, p = 0; p <= f.size(); ++p)
      if (p == f.size() || f[p] == ' ') { parts.push_back(f.substr(s, p - s)); s = p + 1; }
    bool all_adj = true;
    for (auto& part : parts) {
      const Place* place = nullptr;
      if (auto c = country_of_adjective(part)) countries.push_back(*c);
      // "Korea-Hungary strategic dialogue": country names joined like adjectives.
      else if (parts.size() >= 2 && (place = find_place(part)) && place->kind == PlaceKind::Country)
        countries.push_back(place->code);
      else all_adj = false;
    }
    if (all_adj) { specific = true; ++j; }
    else countries.clear();
  }
  // "dialogue" names an event only with its two countries ("the Korea-Hungary strategic
  // dialogue"); alone it is mostly a topic ("political dialogue").
  // "the 8th session of the Joint Commission", "the 141st assembly of the IPU": an ordinal
  // numbers one event of a series, and an assembly so numbered is an event, not the body.
  // A capitalized name after it ("the 47th Plenary Session") is read as a name, from its first word.
  const bool ordinal = !specific && j + 1 < toks_.size() && toks_[j].kind == TokenKind::Word && is_ordinal(folded_[j]) &&
                       (!cap(j + 1) || word(j + 1, "assembly"));
  if (ordinal) ++j;
  // "call" and "talk" name an event only after how it was held ("a phone call", "a courtesy
  // call", "a telephone talk"); alone they are mostly verbs.
  auto held_by = [&](std::size_t k) {
    return k > 0 && (word(k - 1, "phone") || word(k - 1, "telephone") || word(k - 1, "telephonic") ||
                     word(k - 1, "courtesy") || word(k - 1, "video"));
  };
  auto noun = [&](std::size_t k) {
    return k < toks_.size() && (has(cls_[k], kEventNoun) || (word(k, "table") && k > 0 && word(k - 1, "round")) ||
                                ((word(k, "call") || word(k, "calls") || word(k, "talk")) && held_by(k)) ||
                                (ordinal && word(k, "assembly")) ||
                                (specific && countries.size() >= 2 && word(k, "dialogue")));
  };
  while (j < toks_.size() && has(cls_[j], kEventMod) && !noun(j)) ++j;
  // "Kazakh-Turkish strategic planning talks", "investment forum": a plain word or two before the noun.
  if (!noun(j) && (specific || j > i)) {
    std::size_t k = j;
    while (k < toks_.size() && k - j < 2 && toks_[k].kind == TokenKind::Word && !cap(k) && cls_[k] == 0 && !noun(k)) ++k;
    if (k > j && noun(k)) j = k;
  }
  if (!noun(j)) return false;
  // "a dinner reception", "a summit meeting": two event nouns are one event.
  if ((word(j, "dinner") || word(j, "luncheon") || word(j, "summit")) && noun(j + 1) && !cap(j + 1)) ++j;
  std::size_t end = j + 1;
  RawMention m{EntityType::Event, static_cast<std::uint32_t>(first), static_cast<std::uint32_t>(end)};
  // Bare "talks", "the meeting" are generic references, resolved by the document.
  // "the 8th session" alone is a reference like "the session"; "of" an organization names it.
  m.generic = !specific && (end - first == 1 || !cap(first));
  m.rule = specific ? "event-adjectives" : "event-noun";
  // "the SCO summit", "the Astana summit": the organization or place just before names it.
  if (m.generic && !out_.empty() && out_.back().last == first && out_.back().last > out_.back().first &&
      (out_.back().type == EntityType::Gpe || (out_.back().type == EntityType::Org && toks_[first - 1].all_caps))) {
    m.first = out_.back().first;
    m.generic = false;
    if (out_.back().type == EntityType::Org) m.key = event_key(out_.back(), j);
    m.rule = out_.back().type == EntityType::Gpe ? "event-of-place" : "event-of-name";
  }
  if (!countries.empty()) add_adjective_parts(first, countries);
  // "a meeting of the Baltic Council of Ministers", "the Ministerial meeting of the Non-Aligned
  // Movement": the organization whose event it is names it.
  if ((m.generic || !specific) && word(end, "of")) {
    std::size_t o = end + 1 + (word(end + 1, "the") ? 1 : 0);
    std::size_t before = out_.size();
    if (try_org(o) >= 0) {
      RawMention org = out_.back();
      out_.resize(before);
      m.aliases.push_back(std::string(slice(m.first, end)));  // "meeting"
      m.key = event_key(org, j);
      m.last = static_cast<std::uint32_t>(o);
      m.generic = false;
      m.rule = "event-of-org";
      add(std::move(m));
      add(std::move(org));
      i = o;
      return true;
    }
    out_.resize(before);
  }
  // "visits to Germany", "the SCO summit in Astana": a place completes the event's name.
  std::string code;
  int kind = -1;
  bool to = word(end, "to") || (word(end, "in") && !m.generic);
  if (to && place_at(end + 1, code, kind) > end + 1 && kind <= 1) {
    std::size_t e = place_at(end + 1, code, kind);
    RawMention g = place_mention(end + 1, e, code, kind);
    if (!m.generic || end - m.first > 1) m.aliases.push_back(std::string(slice(m.first, end)));  // "official visit"
    m.last = static_cast<std::uint32_t>(e);
    m.generic = false;
    add(std::move(m));
    add(std::move(g));
    i = e;
    return true;
  }
  add(std::move(m));
  i = end;
  return true;
}

}  // namespace kg
