// Events as document-level frames: a meeting the text reports is one event, however many
// sentences talk about it ("held talks with", "the talks", "during the meeting"), and the two
// persons who met take part in it. A met_with stated in a sentence that names an event (or
// the next one, or the one before) makes both persons participants of that event; without
// one nearby, of the event the document reports, when it names one. A person who already
// has a role in the event (a chair) keeps it alone.
#include <map>
#include <set>

#include "extract/document_builder.h"

namespace kg {

void DocumentBuilder::event_frames() {
  std::map<std::uint32_t, std::uint32_t> event_at;  // sentence -> first event mentioned there
  for (std::uint32_t e = 0; e < out_.entities.size(); ++e) {
    const auto& entity = out_.entities[e];
    if (entity.type != EntityType::Event) continue;
    for (const auto& m : entity.mentions) {
      auto [it, fresh] = event_at.try_emplace(m.sentence, e);
      if (!fresh && it->second > e) it->second = e;
    }
  }
  std::set<std::pair<std::uint32_t, std::uint32_t>> has_role;
  for (const auto& f : out_.facts)
    if (f.relation == Relation::ParticipatedIn || f.relation == Relation::Chaired) has_role.emplace(f.subject, f.object);
  const bool main_named = main_event_ >= 0 && !out_.entities[static_cast<std::size_t>(main_event_)].mentions.empty();

  std::vector<ExtractedFact> added;
  for (const auto& f : out_.facts) {
    if (f.relation != Relation::MetWith) continue;
    const std::uint32_t s = f.evidence.sentence;
    int event = -1;
    for (std::uint32_t near : {s, s + 1, s - 1, s + 2}) {
      if (near > s + 2) continue;  // s - 1 wrapped around at the first sentence
      if (auto it = event_at.find(near); it != event_at.end()) {
        event = static_cast<int>(it->second);
        break;
      }
    }
    if (event < 0 && main_named) event = main_event_;
    if (event < 0) continue;
    const auto ev = static_cast<std::uint32_t>(event);
    for (std::uint32_t person : {f.subject, f.object}) {
      if (!has_role.emplace(person, ev).second) continue;
      ExtractedFact p = f;
      p.subject = person;
      p.object = ev;
      p.relation = Relation::ParticipatedIn;
      if (person == f.object) std::swap(p.evidence.subject_range, p.evidence.object_range);
      added.push_back(std::move(p));
    }
  }
  for (auto& p : added) out_.facts.push_back(std::move(p));
}

}  // namespace kg
