#include "extract/participation.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>

#include "extract/fold.h"

namespace kg {
namespace {

constexpr std::uint32_t kMaxDistance = 6;  // sentences between a person's and an event's mentions

std::string distance_bucket(std::uint32_t d) {
  if (d <= 2) return std::to_string(d);
  return d <= 5 ? "3-5" : "6+";
}

std::string count_bucket(std::size_t n) {
  if (n <= 2) return std::to_string(n);
  return n <= 4 ? "3-4" : "5+";
}

// The noun an event is named after: "official visit to Nepal" -> visit, "73rd session of the
// UN General Assembly" -> session, "Raisina Dialogue" -> dialogue.
std::string head_noun(const std::string& name) {
  std::string f = fold(name);
  for (const char* cut : {" of ", " to ", " in ", " with ", " between ", " on ", " for "})
    if (auto p = f.find(cut); p != std::string::npos) f.resize(p);
  auto space = f.rfind(' ');
  std::string head = space == std::string::npos ? f : f.substr(space + 1);
  if (head.size() > 3 && head.back() == 's' && head[head.size() - 2] != 's') head.pop_back();
  return head;
}

const std::pair<SentenceCue, const char*> kCueNames[] = {
    {kCueAttend, "attend"}, {kCueAttendBy, "attend_by"}, {kCueMeet, "meet"},     {kCueChair, "chair"},
    {kCueDelegation, "delegation"}, {kCueAccompany, "accompany"}, {kCueLead, "lead"}, {kCueSpeech, "speech"},
    {kCueFuture, "future"}, {kCueDuring, "during"}, {kCueArrive, "arrive"}};

void add_cues(std::vector<std::string>& features, const std::string& prefix, std::uint32_t cues) {
  for (const auto& [bit, name] : kCueNames)
    if (cues & bit) features.push_back(prefix + name);
}

}  // namespace

std::vector<ParticipationCandidate> participation_candidates(const DocumentExtraction& doc,
                                                             const std::vector<SentenceCues>& sentences, int main_event) {
  std::set<std::pair<std::uint32_t, std::uint32_t>> takes_part, chairs, met;
  std::set<std::uint32_t> titled;
  for (const auto& f : doc.facts) {
    if (f.relation == Relation::ParticipatedIn) takes_part.emplace(f.subject, f.object);
    if (f.relation == Relation::Chaired) chairs.emplace(f.subject, f.object);
    if (f.relation == Relation::MetWith) met.emplace(f.subject, f.object), met.emplace(f.object, f.subject);
    if (f.relation == Relation::HoldsPosition) titled.insert(f.subject);
  }
  std::vector<std::uint32_t> persons, events;
  for (std::uint32_t e = 0; e < doc.entities.size(); ++e) {
    if (doc.entities[e].mentions.empty()) continue;
    if (doc.entities[e].type == EntityType::Person) persons.push_back(e);
    if (doc.entities[e].type == EntityType::Event) events.push_back(e);
  }
  // Persons in order of their first mention.
  std::sort(persons.begin(), persons.end(), [&](std::uint32_t a, std::uint32_t b) {
    return doc.entities[a].mentions.front().range.begin < doc.entities[b].mentions.front().range.begin;
  });
  auto cues_of = [&](std::uint32_t s) { return s < sentences.size() ? sentences[s] : SentenceCues{}; };

  std::vector<ParticipationCandidate> out;
  for (std::size_t rank = 0; rank < persons.size(); ++rank) {
    const std::uint32_t p = persons[rank];
    const auto& pm = doc.entities[p].mentions;
    // How close the person comes to each event: the nearest pair of mentions.
    std::map<std::uint32_t, std::pair<std::uint32_t, std::pair<std::size_t, std::size_t>>> nearest;
    for (std::uint32_t e : events) {
      const auto& em = doc.entities[e].mentions;
      std::uint32_t best = UINT32_MAX;
      std::pair<std::size_t, std::size_t> at{0, 0};
      for (std::size_t a = 0; a < pm.size(); ++a)
        for (std::size_t b = 0; b < em.size(); ++b) {
          std::uint32_t d = pm[a].sentence > em[b].sentence ? pm[a].sentence - em[b].sentence : em[b].sentence - pm[a].sentence;
          if (d < best) best = d, at = {a, b};
        }
      nearest[e] = {best, at};
    }
    std::uint32_t closest = UINT32_MAX;
    for (const auto& [e, n] : nearest) closest = std::min(closest, n.first);
    for (std::uint32_t e : events) {
      if (chairs.count({p, e})) continue;
      const auto& [d, at] = nearest[e];
      const bool main = static_cast<int>(e) == main_event;
      const bool rule = takes_part.count({p, e}) > 0;
      if (d > kMaxDistance && !main && !rule) continue;
      ParticipationCandidate c;
      c.person = static_cast<int>(p), c.event = static_cast<int>(e);
      c.rule = rule;
      c.person_mention = at.first, c.event_mention = at.second;
      auto& f = c.features;
      const std::string dist = distance_bucket(d);
      f = {"bias", "d=" + dist, "events=" + count_bucket(events.size()),
           "p_mentions=" + count_bucket(pm.size()), "e_mentions=" + count_bucket(doc.entities[e].mentions.size()),
           "p_rank=" + count_bucket(rank), "ehead=" + head_noun(doc.entities[e].name)};
      if (c.rule) f.push_back("rule"), f.push_back("rule&d=" + dist);
      if (main) f.push_back("main"), f.push_back("main&d=" + dist);
      if (d > closest) f.push_back("other_event_closer");
      if (titled.count(p)) f.push_back("titled");
      bool met_any = false, met_participant = false;
      for (std::uint32_t q : persons)
        if (met.count({p, q})) met_any = true, met_participant |= takes_part.count({q, e}) > 0;
      if (met_any) f.push_back("met");
      if (met_participant) f.push_back("met_participant");
      const SentenceCues ps = cues_of(pm[at.first].sentence);
      add_cues(f, d == 0 ? "same&" : "person&", ps.cues);
      if (d > 0) add_cues(f, "event&", cues_of(doc.entities[e].mentions[at.second].sentence).cues);
      f.push_back("persons_here=" + count_bucket(ps.persons));
      if (pm.front().sentence <= 2) f.push_back("lead_person");
      if (doc.entities[e].mentions.front().sentence <= 1) f.push_back("lead_event");
      if (pm.front().range.begin < doc.entities[e].mentions.front().range.begin) f.push_back("person_first");
      out.push_back(std::move(c));
    }
  }
  return out;
}

// The operating points, chosen by cross-validation by site on ../shared/dev (kgraph eval --cv 5
// ../shared/dev --train-also samples). One threshold for every pair: at 0.5 relations were at
// precision 0.675, recall 0.429; at 0.8, 0.712 / 0.373; the rules' participants alone, 0.732 /
// 0.337. A link the rules state ("Taking part were A and B") is dropped only when the model finds
// it unlikely; a link the rules did not make is added when the model is confident.
constexpr double kKeepStated = 0.5, kAddUnstated = 0.8;

bool takes_part(const ParticipationCandidate& candidate, const tagger::LinearModel& model) {
  std::vector<double> scores;
  model.scores(candidate.features, scores);
  return scores.size() > 1 && scores[1] >= std::log(candidate.rule ? kKeepStated : kAddUnstated);
}

}  // namespace kg
