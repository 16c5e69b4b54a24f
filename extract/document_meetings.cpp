// DocumentBuilder: meetings whose parties are the coordinated subject of a meeting verb, with
// nobody after it ("Minister Ana Ruiz and Minister Tom Berg also discussed ...", "A, B and C
// met Friday in the capital"): each named party met the others. "A and B met with C" is left to the cue
// rules (document_relations.cpp): A and B may be one side there.
#include <set>
#include <string>

#include "extract/document_builder.h"
#include "extract/sentence_parser.h"

namespace kg {

void DocumentBuilder::coordinated_meetings(const SentenceParser& parser, const std::vector<RawMention>& mentions,
                                           const std::vector<int>& entity_of) {
  static const std::set<std::string> kVerbs{"met", "meet", "discussed", "talked", "conferred", "consulted",
                                            "negotiated", "exchanged", "held"};
  static const std::set<std::string> kBetween{"also", "have", "had", "today", "yesterday", "then", "later",
                                              "on", "monday", "tuesday", "wednesday", "thursday", "friday",
                                              "saturday", "sunday", "jointly", "already", "recently", "earlier"};
  struct Party { std::size_t first, last; int entity; ByteRange range; };
  std::vector<Party> persons;  // in token order: the parser adds mentions left to right
  for (std::size_t i = 0; i < mentions.size(); ++i)
    if (entity_of[i] >= 0 && mentions[i].type == EntityType::Person && mentions[i].last > mentions[i].first &&
        (persons.empty() || mentions[i].first >= persons.back().last))
      persons.push_back({mentions[i].first, mentions[i].last, entity_of[i], original(mentions[i].begin, mentions[i].end)});
  const std::size_t n = parser.tokens().size();
  for (std::size_t b = 1; b < persons.size(); ++b) {
    // The verb within a few words after the last party, nobody after it.
    std::size_t t = persons[b].last;
    while (t < n && t < persons[b].last + 3 && kBetween.count(parser.folded(t))) ++t;
    if (t >= n || !kVerbs.count(parser.folded(t))) continue;
    if (parser.folded(t) == "held" && !(t + 1 < n && (parser.folded(t + 1) == "talks" || parser.folded(t + 1) == "a")))
      continue;
    if (b + 1 < persons.size()) continue;
    // The parties: "A and B", "A, B and C", joined by commas and one "and" only.
    std::size_t a = b;
    bool and_seen = false;
    while (a > 0) {
      bool joined = true, has_and = false;
      for (std::size_t k = persons[a - 1].last; k < persons[a].first && joined; ++k) {
        const std::string& w = parser.folded(k);
        if (w == "and") has_and = true;
        else if (w != ",") joined = false;
      }
      if (!joined || persons[a].first == persons[a - 1].last || (has_and && and_seen)) break;
      and_seen |= has_and;
      --a;
    }
    if (a == b || !and_seen) continue;
    for (std::size_t x = a; x <= b; ++x)
      for (std::size_t y = x + 1; y <= b; ++y)
        fact(persons[x].entity, persons[y].entity, Relation::MetWith, "", persons[x].range, persons[y].range);
  }
}

}  // namespace kg
