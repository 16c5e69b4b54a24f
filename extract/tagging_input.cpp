#include "extract/tagging_input.h"

#include <algorithm>
#include <array>
#include <string>

#include "extract/acronym.h"
#include "extract/gazetteer.h"
#include "extract/lexicon.h"
#include "tagger/bilou.h"

namespace kg {
namespace {

tagger::SpanType span_type(EntityType t) {
  switch (t) {
    case EntityType::Person: return tagger::SpanType::Person;
    case EntityType::Org: return tagger::SpanType::Org;
    case EntityType::Gpe: return tagger::SpanType::Gpe;
    case EntityType::Event: return tagger::SpanType::Event;
  }
  return tagger::SpanType::Person;
}

// Words an organization's name keeps between its capitalized words ("Council of the Baltic Sea
// States", "Trade and Investment Division").
bool joins_name(std::string_view w) { return w == "of" || w == "the" || w == "and" || w == "for" || w == "on" || w == "&"; }

bool capitalized_word(const Token& t) { return t.kind == TokenKind::Word && (t.capitalized || t.all_caps); }

// A word that may be an acronym: all capitals, 2 to 8 letters ("EU", "OSCE", "CCTSS").
bool acronym_like(const Token& t) { return t.kind == TokenKind::Word && t.all_caps && t.end - t.begin <= 8; }

// Reads the flags of each capitalized token from `memory`, then adds the sentence to it.
void remember(const SentenceParser& parser, std::string_view text, const std::vector<int>& proposals,
              tagger::TaggerSentence& out, TaggingMemory& memory) {
  const auto& toks = parser.tokens();
  const std::size_t n = toks.size();
  // The sentence's capitalized runs first: "the Economic and Social Commission for Asia and the
  // Pacific (ESCAP)" defines its acronym in the same sentence.
  for (std::size_t i = 0; i < n;) {
    if (!capitalized_word(toks[i]) || toks[i].all_caps) {
      ++i;
      continue;
    }
    std::size_t j = i, capitals = 0;
    while (j < n) {
      if (capitalized_word(toks[j]) && !toks[j].all_caps) {
        ++capitals, ++j;
      } else if (joins_name(parser.folded(j)) && j + 1 < n && capitalized_word(toks[j + 1]) && !toks[j + 1].all_caps) {
        ++j;
      } else {
        break;
      }
    }
    if (capitals >= 2) {  // the words are copied only for a run that is kept
      std::vector<std::string> words;
      words.reserve(j - i);
      for (std::size_t k = i; k < j; ++k) words.push_back(parser.folded(k));
      memory.note_name(std::move(words));
    }
    i = j;
  }
  for (std::size_t i = 0; i < n; ++i) {
    if (!capitalized_word(toks[i])) continue;
    std::uint32_t f = memory.flags(parser.folded(i));
    if (acronym_like(toks[i]) && memory.abbreviates(text.substr(toks[i].begin, toks[i].end - toks[i].begin)))
      f |= tagger::kAbbreviates;
    out[i].document = f;
  }
  for (std::size_t i = 0; i < n; ++i) {
    if (toks[i].kind != TokenKind::Word) continue;
    std::uint32_t f = 0;
    if (!toks[i].capitalized && !toks[i].all_caps) f |= tagger::kSeenLower;
    else if (i > 0) f |= tagger::kSeenCapitalized;
    if (proposals[i] != 0) f |= tagger::kSeenProposed << ((proposals[i] - 1) / 4);
    memory.note(parser.folded(i), f);
  }
}

}  // namespace

std::uint32_t TaggingMemory::flags(std::string_view folded) const {
  const std::uint32_t* f = words_.find(folded);
  return f ? *f : 0;
}

void TaggingMemory::note_name(std::vector<std::string> words) { names_.push_back(std::move(words)); }

bool TaggingMemory::abbreviates(std::string_view acronym) {
  Checked& c = acronyms_[std::string(acronym)];
  if (c.found) return true;
  const char first = static_cast<char>(acronym[0] | 0x20);  // ASCII lower case; others never match a folded word
  for (; c.names < names_.size() && !c.found; ++c.names) {
    const auto& words = names_[c.names];
    // Every part of the run from a capitalized word to a capitalized word: "Foreign Minister of
    // the Economic Cooperation Organization" holds "Economic Cooperation Organization".
    for (std::size_t a = 0; a < words.size() && !c.found; ++a) {
      if (words[a].empty() || words[a][0] != first || joins_name(words[a])) continue;
      std::string name;
      for (std::size_t b = a; b < words.size() && !c.found; ++b) {
        if (b > a) name += ' ';
        name += words[b];
        if (b > a && !joins_name(words[b])) c.found = is_acronym_of(acronym, name);
      }
    }
  }
  return c.found;
}

tagger::TaggerSentence tagging_input(const SentenceParser& parser, std::string_view text,
                                     const std::vector<RawMention>& mentions, TaggingMemory* memory) {
  const auto& toks = parser.tokens();
  tagger::TaggerSentence out(toks.size());
  for (std::size_t i = 0; i < toks.size(); ++i) {
    auto& t = out[i];
    t.folded = parser.folded(i);
    t.shape = tagger::word_shape(text.substr(toks[i].begin, toks[i].end - toks[i].begin));
    t.classes = parser.classes(i);
    t.space_before = toks[i].space_before;
    if (toks[i].kind == TokenKind::Word && (toks[i].capitalized || toks[i].all_caps)) {  // places are capitalized
      if (const Place* p = find_place(t.folded)) t.place |= p->kind == PlaceKind::Country ? 1u : p->kind == PlaceKind::City ? 2u : 0u;
      if (country_of_adjective(t.folded)) t.place |= 4u;
    }
  }
  // Proposals: the outermost mentions first, so a country inside a ministry's name is hidden by it.
  std::vector<tagger::Span> spans;
  for (const auto& m : mentions) {
    if (m.last > m.first && m.emit) spans.push_back({span_type(m.type), m.first, m.last});
    if (m.title_last > m.title_first) spans.push_back({tagger::SpanType::Title, m.title_first, m.title_last});
  }
  std::stable_sort(spans.begin(), spans.end(),
                   [](const auto& a, const auto& b) { return a.last - a.first > b.last - b.first; });
  static const auto kNames = [] {
    std::array<std::string, tagger::kLabels> names;
    for (int l = 0; l < tagger::kLabels; ++l) names[static_cast<std::size_t>(l)] = tagger::label_name(l);
    return names;
  }();
  auto labels = tagger::encode_bilou(spans, toks.size());
  for (std::size_t i = 0; i < toks.size(); ++i)
    if (labels[i] != 0) out[i].proposal = kNames[static_cast<std::size_t>(labels[i])];  // "O" otherwise
  // Classes that common words carry without building names ("he", "may", "today"): a lower-case
  // word of these classes alone is plain. Connectors are not: the tagger needs "the" and "of"
  // scored ("the talks", "the meeting of the Council": CV by site lost EVENT F1 .625 -> .602).
  constexpr std::uint32_t kNoName = kPronoun | kMonth | kStopCap;
  for (std::size_t i = 0; i < toks.size(); ++i) {
    auto& t = out[i];
    t.plain = labels[i] == 0 && t.place == 0 && (t.classes & ~kNoName) == 0 &&
              t.shape.find('X') == std::string::npos;
  }
  if (memory) remember(parser, text, labels, out, *memory);
  return out;
}

}  // namespace kg
