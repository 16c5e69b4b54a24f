// DocumentBuilder: the relation rules (split from document_builder.cpp).
#include <algorithm>
#include <map>
#include <set>
#include <string_view>
#include <unordered_map>

#include "extract/document_builder.h"
#include "extract/fold.h"
#include "extract/lexicon.h"
#include "extract/string_map.h"

namespace kg {

// ANNOTATION.md: a ministry, government, parliament or embassy of a country is part of it; a
// think tank, university, academy, party, chamber of commerce or association that bears the
// country's name ("Turkish Foreign Policy Institute", "Communist Party of Vietnam") is not.
bool non_state_body(const std::string& folded) {
  static const std::set<std::string, std::less<>> words{
      "institute", "university", "academy", "party", "association", "centre", "center", "foundation", "society",
      "commerce", "delegation", "club", "school", "college", "forum", "research", "studies"};
  // A ministry is the state's, whatever its portfolio ("Ministry of Commerce", "... of Research").
  bool found = false;
  std::size_t start = 0;
  for (std::size_t i = 0; i <= folded.size(); ++i)
    if (i == folded.size() || folded[i] == ' ') {
      std::string_view w = std::string_view(folded).substr(start, i - start);
      if (w == "ministry") return false;
      found = found || words.count(w);
      start = i + 1;
    }
  return found;
}

namespace {

enum class Cue { None, Chair, ChairBy, Attend, AttendBy, Meet };

// What a cue word does; one table look-up per token (this runs for every word of the corpus).
enum class CueWord : std::uint8_t { ChairNoun, Chair, Attend, TakePart, Host, HostOrMeet, OpenBy, Visit, Meet, MeetWith, CallOn };

const StringMap<CueWord>& cue_words() {
  static const StringMap<CueWord> words = [] {
    StringMap<CueWord> m;  // looked up for every word: no std::hash, no std::string
    for (auto [w, c] : std::initializer_list<std::pair<std::string_view, CueWord>>{
      {"co chairmanship", CueWord::ChairNoun}, {"chairmanship", CueWord::ChairNoun}, {"chairing", CueWord::ChairNoun},
      {"co chaired", CueWord::Chair}, {"chaired", CueWord::Chair}, {"presided", CueWord::Chair},
      {"attended", CueWord::Attend}, {"participated", CueWord::Attend}, {"joined", CueWord::Attend},
      {"attend", CueWord::Attend}, {"attends", CueWord::Attend}, {"participate", CueWord::Attend},
      {"addressed", CueWord::Attend}, {"attending", CueWord::Attend}, {"opened", CueWord::OpenBy},
      {"took", CueWord::TakePart}, {"take", CueWord::TakePart}, {"takes", CueWord::TakePart},
      {"taking", CueWord::TakePart}, {"moderated", CueWord::Host}, {"hosted", CueWord::HostOrMeet},
      {"visit", CueWord::Visit}, {"visits", CueWord::Visit}, {"met", CueWord::Meet}, {"meet", CueWord::Meet},
      {"meets", CueWord::Meet}, {"meeting", CueWord::Meet}, {"received", CueWord::Meet}, {"receives", CueWord::Meet},
      {"discussion", CueWord::Meet}, {"conversation", CueWord::Meet}, {"talks", CueWord::Meet},
      {"negotiations", CueWord::Meet}, {"consultations", CueWord::Meet}, {"dialogue", CueWord::Meet},
      {"call", CueWord::Meet}, {"welcomed", CueWord::Meet}, {"welcomes", CueWord::Meet}, {"greeted", CueWord::Meet},
      {"conferred", CueWord::MeetWith}, {"discussed", CueWord::MeetWith}, {"talked", CueWord::MeetWith},
      {"spoke", CueWord::MeetWith}, {"consulted", CueWord::MeetWith}, {"exchanged", CueWord::MeetWith},
      {"called", CueWord::CallOn}, {"calls", CueWord::CallOn}})
      m.insert(w, c);
    return m;
  }();
  return words;
}

Cue cue_of(const SentenceParser& p, std::size_t i) {
  const CueWord* it = cue_words().find(p.folded(i));
  if (!it) return Cue::None;
  bool by = i + 1 < p.tokens().size() && p.folded(i + 1) == "by";
  auto before = [&](std::size_t back, std::string_view w) { return i >= back && p.folded(i - back) == w; };
  switch (*it) {
    case CueWord::ChairNoun: return Cue::ChairBy;
    case CueWord::Chair: return by ? Cue::ChairBy : Cue::Chair;
    case CueWord::Attend: return by ? Cue::AttendBy : Cue::Attend;
    case CueWord::OpenBy: return by ? Cue::ChairBy : Cue::Attend;   // "opened by X" / "X opened the discussion"
    case CueWord::TakePart: return i + 1 < p.tokens().size() && p.folded(i + 1) == "part" ? Cue::Attend : Cue::None;
    case CueWord::Host: return by ? Cue::ChairBy : Cue::None;
    case CueWord::HostOrMeet: return by ? Cue::ChairBy : Cue::Meet;
    case CueWord::Visit:  // "X, who is in Prague on an official visit": X takes part in the visit
      for (std::size_t back = 2; back <= 3; ++back)
        if (before(back, "on") || before(back, "paying") || before(back, "pays")) return Cue::Attend;
      return Cue::None;
    case CueWord::Meet: return Cue::Meet;
    case CueWord::MeetWith:  // "X conferred with Y", "X discussed the visit with Y": only with "with"
      for (std::size_t k = i + 1; k < p.tokens().size() && k <= i + 8; ++k) {
        if (p.folded(k) == "with") return Cue::Meet;
        if (p.folded(k) == "." || p.folded(k) == ";" || p.folded(k) == "that") break;
      }
      return Cue::None;
    case CueWord::CallOn:  // "X called on Y" (a courtesy visit), not "X called for ..."
      return i + 1 < p.tokens().size() && p.folded(i + 1) == "on" ? Cue::Meet : Cue::None;
  }
  return Cue::None;
}


}  // namespace

void DocumentBuilder::add_sentence(std::uint32_t sentence, ByteRange range, const SentenceParser& parser,
                                   std::vector<RawMention> mentions, const std::string& home_country) {
  sentence_ = sentence;
  sentence_range_ = range;
  if (sentence_ranges_.size() <= sentence) sentence_ranges_.resize(sentence + 1);
  sentence_ranges_[sentence] = range;
  if (home_country_.empty()) home_country_ = home_country;
  std::vector<int> entity_of(mentions.size(), -1);
  for (std::size_t i = 0; i < mentions.size(); ++i)
    if (mentions[i].emit) entity_of[i] = entity_for(mentions[i], sentence);
  auto range_of = [&](std::size_t i) { return original(mentions[i].begin, mentions[i].end); };
  std::vector<ByteRange> ranges;
  for (std::size_t i = 0; i < mentions.size(); ++i) ranges.push_back(range_of(i));
  int subject = -1;
  std::uint32_t subject_token = UINT32_MAX;
  for (std::size_t i = 0; i < mentions.size(); ++i) {
    if (entity_of[i] < 0 || mentions[i].type != EntityType::Person) continue;
    last_seen_[entity_of[i]] = sentence + 1;
    if (!mentions[i].title.empty() && !mentions[i].generic) {
      std::string& titles = titles_[entity_of[i]];
      titles += ' ';
      titles += fold(mentions[i].title);
    }
    if (mentions[i].first < subject_token) subject = entity_of[i], subject_token = mentions[i].first;
  }
  if (subject >= 0) last_subject_ = subject;

  for (std::size_t i = 0; i < mentions.size(); ++i) {
    const RawMention& m = mentions[i];
    int id = entity_of[i];
    if (id < 0) continue;
    if (m.type == EntityType::Person && !m.title.empty() && !m.generic) stated_title(parser, mentions, entity_of, ranges, i);
    if (m.type == EntityType::Person && m.member_of >= 0)
      fact(id, entity_of[static_cast<std::size_t>(m.member_of)], Relation::MemberOf, "", range_of(i),
           range_of(static_cast<std::size_t>(m.member_of)));
    if (m.type == EntityType::Org) {
      const bool state = !non_state_body(fold(m.text));
      if (m.part_of >= 0) {
        const auto parent = static_cast<std::size_t>(m.part_of);
        if (state || mentions[parent].type != EntityType::Gpe)
          fact(id, entity_of[parent], Relation::PartOf, "", range_of(i), range_of(parent));
      } else if (!m.country.empty() && state)
        fact(id, gpe_entity(m.country), Relation::PartOf, "", range_of(i), range_of(i));
    }
    if (m.type == EntityType::Event && m.owner >= 0)
      fact(entity_of[static_cast<std::size_t>(m.owner)], id, Relation::ParticipatedIn, "",
           range_of(static_cast<std::size_t>(m.owner)), range_of(i));
  }
  cue_relations(parser, mentions, entity_of);
  coordinated_meetings(parser, mentions, entity_of);
  record_cues(parser, mentions, entity_of);
}

// Cue words: "co-chaired by A and B", "A and B co-chaired X", "attended by A", "A participated
// in the talks", "A met with B, as well as C and D", "a discussion ... with B".
void DocumentBuilder::cue_relations(const SentenceParser& parser, const std::vector<RawMention>& mentions,
                                    const std::vector<int>& entity_of) {
  struct PersonAt { std::uint32_t token, end_token; int entity; ByteRange range; };
  std::vector<PersonAt> persons;
  int event = -1;
  ByteRange event_range{};
  for (std::size_t i = 0; i < mentions.size(); ++i) {
    if (entity_of[i] < 0) continue;
    ByteRange r = original(mentions[i].begin, mentions[i].end);
    if (mentions[i].type == EntityType::Person) persons.push_back({mentions[i].first, mentions[i].last, entity_of[i], r});
    if (mentions[i].type == EntityType::Event && event < 0) event = entity_of[i], event_range = r;
  }
  // "co-chaired by the two officials", "both ministers": the two persons who last met.
  if (last_pair_.first >= 0)
    for (std::size_t t = 0; t + 1 < parser.tokens().size(); ++t) {
      const auto& w = parser.folded(t);
      if (!((w == "two" && t > 0 && parser.folded(t - 1) == "the") || w == "both")) continue;
      static const std::set<std::string> kGroup{"officials", "ministers", "sides", "diplomats", "leaders",
                                                "parliamentarians", "speakers", "chairs", "co-chairs", "envoys"};
      if (!kGroup.count(parser.folded(t + 1))) continue;
      const auto& tok = parser.tokens()[t + 1];
      ByteRange r = original(parser.tokens()[t].begin, tok.end);
      auto at = static_cast<std::uint32_t>(t + 1);
      persons.push_back({at, at + 1, last_pair_.first, r});
      persons.push_back({at, at + 1, last_pair_.second, r});
    }
  bool event_in_sentence = event >= 0;
  // "X said", "X, for his part, stressed": a person the report quotes.
  static const std::set<std::string> kSpeech{"said", "noted", "stressed", "argued", "emphasized", "emphasised", "added",
                                             "underlined", "highlighted", "proposed", "outlined", "spoke", "told"};
  for (const auto& p : persons) {
    std::size_t k = p.end_token;
    if (k < parser.tokens().size() && parser.folded(k) == ",")
      while (k < parser.tokens().size() && k < p.end_token + 6 && parser.folded(k) != "said" && !kSpeech.count(parser.folded(k))) ++k;
    if (k < parser.tokens().size() && kSpeech.count(parser.folded(k)))
      speakers_.push_back({p.entity, "", p.range, sentence_, sentence_range_});
  }
  if (event < 0 && main_event_ >= 0) event = main_event_, event_range = original(sentence_range_.begin, sentence_range_.begin);
  std::sort(persons.begin(), persons.end(), [](const auto& a, const auto& b) { return a.token < b.token; });
  // "The delegation, which also includes MPs A, B and C": members of the delegation, who met its host.
  bool delegation = false;
  for (std::size_t t = 0; t < parser.tokens().size(); ++t) {
    const auto& v = parser.folded(t);
    if (v == "delegation") delegation = true;
    if (!delegation || !(v == "included" || v == "includes" || v == "comprised" || v == "comprises" ||
                         v == "consisted" || v == "consists" || v == "including"))
      continue;
    for (const auto& p : persons) {
      if (p.token < t) continue;
      delegation_members_.push_back(p.entity);
      if (delegation_host_ >= 0 && p.entity != delegation_host_)
        fact(delegation_host_, p.entity, Relation::MetWith, "", p.range, p.range);
      if (event >= 0) fact(p.entity, event, Relation::ParticipatedIn, "", p.range, event_range);  // members take part
      if (main_event_ >= 0 && main_event_ != event) fact(p.entity, main_event_, Relation::ParticipatedIn, "", p.range, p.range);
    }
    break;
  }
  std::vector<int> chairs;
  std::vector<ByteRange> chair_ranges;
  bool roles_assigned = false;
  std::vector<Cue> cues(parser.tokens().size(), Cue::None);
  for (std::size_t t = 0; t < cues.size(); ++t)
    if (parser.tokens()[t].kind == TokenKind::Word) cues[t] = cue_of(parser, t);
  for (std::size_t t = 0; t < parser.tokens().size(); ++t) {
    Cue cue = cues[t];
    if (cue == Cue::None) continue;
    std::vector<const PersonAt*> before, after;
    for (const auto& p : persons) (p.token < t ? before : after).push_back(&p);
    if (cue == Cue::Meet && !before.empty())  // "X received a delegation ... led by Y": X hosts it, Y leads it
      for (std::size_t d = t + 1; d < parser.tokens().size() && d <= t + 3; ++d)
        if (parser.folded(d) == "delegation") {
          delegation_host_ = before.front()->entity;
          for (const auto* p : after) delegation_members_.push_back(p->entity);
        }
    // "A held talks with B": both took part in the talks this sentence names.
    if (cue == Cue::Meet && event >= 0 && event_in_sentence && (parser.folded(t) == "talks" || parser.folded(t) == "negotiations"))
      for (const auto& p : persons) fact(p.entity, event, Relation::ParticipatedIn, "", p.range, event_range);
    if (cue == Cue::Meet) {
      // Objects follow "with" (or the verb itself: "received B"); subjects precede the cue.
      for (const auto* s : before)
        for (const auto* o : after)
          if (s->entity != o->entity) fact(s->entity, o->entity, Relation::MetWith, "", s->range, o->range);
      // "the delegation held talks with X": every member met X.
      // "the delegation met with X", "the MEPs met with X" (the members listed before).
      auto group_word = [&](std::size_t k) {
        return parser.folded(k) == "delegation" || (parser.classes(k) & kTitlePlural) != 0;
      };
      bool by_delegation = before.empty() && t > 0 && (group_word(t - 1) || (t > 1 && group_word(t - 2)));
      for (std::size_t d = 0; by_delegation && d < delegation_members_.size(); ++d)
        for (const auto* o : after)
          if (delegation_members_[d] != o->entity)
            fact(delegation_members_[d], o->entity, Relation::MetWith, "", o->range, o->range);
      continue;
    }
    bool by_cue = cue == Cue::ChairBy || cue == Cue::AttendBy;
    if (roles_assigned && !by_cue) continue;
    std::vector<const PersonAt*> agents = by_cue ? after : before;
    if (by_cue) {  // "co-chaired by A and B, and attended by C": each "by" takes the names up to the next cue
      std::size_t next = t + 1;
      while (next < cues.size() && (cues[next] == Cue::None || cues[next] == Cue::Meet)) ++next;
      agents.clear();
      for (const auto* p : after)
        if (p->token < next) agents.push_back(p);
    }
    if (cue == Cue::Attend && before.empty()) agents = after;  // "Taking part were A, B and C
    // "..., led by Y, who is paying an official visit": only the person the relative clause is about.
    // A list right before "who" ("MPs A, B and C, who arrived ... on a working visit") is the subject.
    if (cue == Cue::Attend && before.size() > 1)
      for (std::size_t w = before.back()->token; w < t; ++w)
        if (parser.folded(w) == "who") {
          agents.assign(1, before.back());
          for (std::size_t b = before.size() - 1; b > 0; --b) {
            bool joined = true;
            for (std::size_t k = before[b - 1]->end_token; k < before[b]->token && joined; ++k)
              joined = parser.folded(k) == "and" || parser.folded(k) == "," || parser.folded(k) == "as" ||
                       parser.folded(k) == "well";
            if (!joined) break;
            agents.push_back(before[b - 1]);
          }
          break;
        }
    if (cue == Cue::Chair) {  // "A co-chaired X together with B and C": B and C chaired too
      std::size_t with = t;
      while (with < parser.tokens().size() && parser.folded(with) != "with") ++with;
      for (const auto* p : after)
        if (p->token > with) agents.push_back(p);
    }
    Relation rel = (cue == Cue::Chair || cue == Cue::ChairBy) ? Relation::Chaired : Relation::ParticipatedIn;
    if (event < 0) continue;
    for (const auto* p : agents) {
      fact(p->entity, event, rel, "", p->range, event_range);
      if (rel == Relation::Chaired) chairs.push_back(p->entity), chair_ranges.push_back(p->range);
    }
    if (!agents.empty()) roles_assigned = true;  // one cue per sentence assigns its roles
  }
  for (std::size_t a = 0; a < chairs.size(); ++a)  // co-chairs met each other
    for (std::size_t b = a + 1; b < chairs.size(); ++b)
      fact(chairs[a], chairs[b], Relation::MetWith, "", chair_ranges[a], chair_ranges[b]);
}

void DocumentBuilder::finish() {
  std::string home = home_country_;
  if (home.empty()) {  // the country the document mentions most
    std::size_t best = 0;
    for (const auto& e : out_.entities)
      if (e.type == EntityType::Gpe && !e.key.empty() && e.mentions.size() > best) best = e.mentions.size(), home = e.country;
  }
  attach_titles(home);
  own_national_bodies(home_country_);
  // Persons the report quotes ("Ehrenfeld argued that ...") took part in the event it reports,
  // unless a rule already gave them a role in it.
  if (main_event_ >= 0 && !out_.entities[static_cast<std::size_t>(main_event_)].forms.empty()) {
    std::set<std::uint32_t> has_role;
    for (const auto& f : out_.facts)
      if (f.object == static_cast<std::uint32_t>(main_event_)) has_role.insert(f.subject);
    for (const auto& p : speakers_) {
      if (!has_role.insert(static_cast<std::uint32_t>(p.subject)).second) continue;
      sentence_ = p.sentence;
      sentence_range_ = p.range;
      fact(p.subject, main_event_, Relation::ParticipatedIn, "", p.subject_range, p.subject_range);
    }
  }
  event_frames();
  decide_participation();
  drop_unstated_ministries();  // last: it renumbers entities
  if (observe_titles_) observe_titles_(out_, choices_);
}

}  // namespace kg
