// DocumentBuilder: which event an event mention names (split from document_builder.cpp).
// A named event is its own entity, or the longer-named one it shortens; a generic reference
// ("the meeting", "this event") is the latest event so named, else the event the document
// reports. Each event also keeps the references as written, with their determiner.
#include <cctype>
#include <algorithm>
#include <set>
#include <string>
#include <vector>

#include "extract/document_builder.h"
#include "extract/fold.h"
#include "extract/lexicon.h"

namespace kg {
namespace {

std::string last_word(const std::string& folded) {
  auto pos = folded.rfind(' ');
  return pos == std::string::npos ? folded : folded.substr(pos + 1);
}

std::string lower(std::string_view w) {
  std::string out;
  for (char c : w) out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// The ASCII word that ends right before `end` (spaces skipped), and where it starts; a
// hyphenated word ("three-day") is one word.
std::string_view word_before(std::string_view text, std::size_t end, std::size_t& start) {
  while (end > 0 && text[end - 1] == ' ') --end;
  start = end;
  auto in_word = [&](std::size_t k) {
    auto c = static_cast<unsigned char>(text[k]);
    return std::isalnum(c) || (c == '-' && k > 0 && k + 1 < end && std::isalnum(static_cast<unsigned char>(text[k - 1])));
  };
  while (start > 0 && in_word(start - 1)) --start;
  return text.substr(start, end - start);
}

// "three-day", "two-week": how long the event lasts, written before its noun.
bool duration(std::string_view w) {
  auto dash = w.rfind('-');
  if (dash == std::string_view::npos || dash == 0) return false;
  std::string unit = lower(w.substr(dash + 1));
  return unit == "day" || unit == "days" || unit == "week" || unit == "month";
}

// The owner before a possessive that ends right before `end` ("Kurtulmus's" in "Kurtulmus's
// visit"): its last capitalized word, then the capitalized run it ends (at most four words).
// Empty when no possessive is there.
std::vector<std::string> possessive_owner(std::string_view text, std::size_t end) {
  while (end > 0 && text[end - 1] == ' ') --end;
  std::size_t stop = 0;
  if (end >= 2 && text.substr(end - 2, 2) == "'s") stop = end - 2;
  else if (end >= 4 && text.substr(end - 4, 4) == "\u2019s") stop = end - 4;
  else return {};
  // A word starts with an upper-case ASCII letter or a multi-byte UTF-8 letter ("Çavuşoğlu").
  auto capitalized = [&](std::size_t k) {
    auto c = static_cast<unsigned char>(text[k]);
    return std::isupper(c) || c >= 0xC3;
  };
  std::vector<std::string> owners;
  std::size_t first = stop, words = 0;
  while (words < 4) {
    std::size_t start = first;
    while (start > 0 && text[start - 1] != ' ') --start;
    if (start == first || !capitalized(start)) break;
    first = start, ++words;
    if (words == 1) owners.emplace_back(text.substr(first, stop - first));
    if (first == 0) break;
    std::size_t prev = first - 1;  // the space before this word
    if (prev == 0 || text[prev - 1] == ' ') break;
    first = prev;
  }
  if (words > 1) owners.emplace_back(text.substr(first + (text[first] == ' ' ? 1 : 0), stop - first));
  return owners;
}

// "15th", "fifth", and "next" or "last" as in "the next summit".
bool ordinal(std::string_view w) {
  std::string l = lower(w);
  return l == "next" || l == "last" || is_ordinal(l);
}

bool determiner(std::string_view w) {
  static const std::set<std::string, std::less<>> words{"the", "a", "an", "this", "that", "these", "those", "his",
                                                        "her", "their", "its", "our", "another"};
  return words.count(lower(w)) > 0;
}

// Hypernyms that refer to whatever event was just reported ("The event", "the occasion").
bool any_event_noun(const std::string& noun) { return noun == "event" || noun == "occasion"; }

}  // namespace

bool generic_event_phrase(std::string_view text) {
  auto space = text.find(' ');
  if (space == std::string_view::npos || !determiner(text.substr(0, space))) return false;
  for (std::size_t i = space; i < text.size(); ++i)
    if (std::isupper(static_cast<unsigned char>(text[i]))) return false;
  return true;
}

// "this" in "this meeting"; "15th" and "the 15th" in "the 15th summit": the reference as
// readers write it.
void DocumentBuilder::add_written_references(ExtractedEntity& e, const RawMention& m) {
  auto add = [&](std::string r) {
    if (std::find(e.references.begin(), e.references.end(), r) == e.references.end()) e.references.push_back(std::move(r));
  };
  std::string_view text = text_.text();
  // "Kurtulmus's visit to Kyrgyzstan": whose event it is, as the text writes it.
  for (const auto& owner : possessive_owner(text, m.begin)) add(owner + "'s " + m.text);
  std::size_t start = 0;
  std::string_view w = word_before(text, m.begin, start);
  if (w.empty()) return;
  if (determiner(w)) return add(std::string(w) + " " + m.text);
  if (!ordinal(w) && !duration(w)) return;
  add(std::string(w) + " " + m.text);
  std::size_t first = 0;
  std::string_view d = word_before(text, start, first);
  if (!d.empty() && determiner(d)) add(std::string(d) + " " + std::string(w) + " " + m.text);
}

int DocumentBuilder::resolve_event(const RawMention& m, std::uint32_t sentence, const std::string& folded,
                                   std::string& key) {
  if (m.rule == "event-of-place") {  // "the Astana summit" after "the SCO summit in Astana"
    std::string noun = last_word(folded);
    for (std::size_t e = out_.entities.size(); e-- > 0;) {
      const auto& ev = out_.entities[e];
      if (ev.type != EntityType::Event || last_word(fold(ev.name)) == noun) continue;
      std::string name = fold(ev.name);
      if (name.find(" " + noun + " in ") == std::string::npos) continue;
      add_mention(static_cast<int>(e), m, sentence);
      return static_cast<int>(e);
    }
  }
  if (!m.key.empty()) {  // "the PPC meeting", "the meeting of the PPC": one organization's meeting
    key = m.key;
    // "the 47th Plenary Session of the IPA" after "the 47th Plenary Session": its short name came first.
    if (!by_key_.count(key))
      for (const auto& a : m.aliases)
        if (auto it = by_key_.find("event:" + fold(a)); it != by_key_.end()) {
          by_key_.emplace(key, it->second);
          add_mention(it->second, m, sentence);
          return it->second;
        }
    return -1;
  }
  if (!m.generic) {
    key = "event:" + folded;
    // "the 47th Plenary Session" after "the 47th Plenary Session of the IPA": the short name is
    // an alias the longer one registered.
    if (auto it = by_key_.find("org:" + folded); !by_key_.count(key) && it != by_key_.end() &&
                                                   out_.entities[static_cast<std::size_t>(it->second)].type == EntityType::Event) {
      add_mention(it->second, m, sentence);
      return it->second;
    }
    // "the Plenary Session of the IPA CIS" after "the Plenary Session": its short name came first.
    for (const auto& a : m.aliases)
      if (!by_key_.count(key) && by_key_.count("event:" + fold(a))) key = "event:" + fold(a);
    // "the Foreign Office Consultations" after "the India-Tajikistan Foreign Office Consultations".
    for (std::size_t e = out_.entities.size(); !by_key_.count(key) && e-- > 0;) {
      const auto& ev = out_.entities[e];
      std::string name = fold(ev.name);
      if (ev.type == EntityType::Event && folded.find(' ') != std::string::npos && name.size() > folded.size() &&
          name.compare(name.size() - folded.size(), std::string::npos, folded) == 0 &&
          (name[name.size() - folded.size() - 1] == ' '))
        key = "event:" + name;
    }
    return -1;
  }
  // "the meeting" is the latest event named a meeting, else the event the text reports;
  // "the event" is the latest event.
  int target = main_event_;
  std::string noun = last_word(folded);
  if (noun.size() > 1 && noun.back() == 's') noun.pop_back();
  for (std::size_t e = out_.entities.size(); e-- > 0;) {
    const auto& ev = out_.entities[e];
    if (ev.type != EntityType::Event) continue;
    // The noun may end the name ("political consultations") or head it ("visit to Vietnam").
    // Appended rather than `" " + fold(...) + " "`: GCC 12 misreads that as an overlapping memcpy (-Wrestrict).
    std::string words(1, ' ');
    words += fold(ev.name);
    words += ' ';
    if (any_event_noun(noun) || words.find(" " + noun + " ") != std::string::npos ||
        words.find(" " + noun + "s ") != std::string::npos) {
      target = static_cast<int>(e);
      break;
    }
  }
  if (target >= 0) {
    add_mention(target, m, sentence);
    return target;
  }
  key = "event:" + folded + "#" + std::to_string(out_.entities.size());
  return -1;
}

}  // namespace kg
