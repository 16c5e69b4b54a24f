#include "extract/tagging_input.h"

#include <algorithm>
#include <array>
#include <string>

#include "extract/gazetteer.h"
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

}  // namespace

tagger::TaggerSentence tagging_input(const SentenceParser& parser, std::string_view text,
                                     const std::vector<RawMention>& mentions) {
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
  return out;
}

}  // namespace kg
