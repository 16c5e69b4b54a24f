// DocumentBuilder: the cues each sentence gives about taking part, and the learned decision of
// who took part in which event (extract/participation.h), once the document is read.
#include <map>
#include <string_view>
#include <unordered_map>

#include "extract/document_builder.h"
#include "extract/string_map.h"

namespace kg {

void DocumentBuilder::record_cues(const SentenceParser& parser, const std::vector<RawMention>& mentions,
                                  const std::vector<int>& entity_of) {
  static const StringMap<std::uint32_t> kWords = [] {
    StringMap<std::uint32_t> m;  // looked up for every word: no std::hash, no std::string
    for (auto [w, bit] : std::initializer_list<std::pair<std::string_view, std::uint32_t>>{
      {"attended", kCueAttend}, {"attend", kCueAttend}, {"attending", kCueAttend}, {"participated", kCueAttend},
      {"participate", kCueAttend}, {"participating", kCueAttend}, {"joined", kCueAttend}, {"addressed", kCueAttend},
      {"part", kCueAttend}, {"present", kCueAttend}, {"met", kCueMeet}, {"meet", kCueMeet}, {"meeting", kCueMeet},
      {"received", kCueMeet}, {"talks", kCueMeet}, {"held", kCueMeet}, {"discussed", kCueMeet},
      {"chaired", kCueChair}, {"presided", kCueChair}, {"hosted", kCueChair}, {"co chaired", kCueChair},
      {"delegation", kCueDelegation}, {"delegations", kCueDelegation}, {"accompanied", kCueAccompany},
      {"accompanying", kCueAccompany}, {"included", kCueAccompany}, {"including", kCueAccompany},
      {"includes", kCueAccompany}, {"comprised", kCueAccompany}, {"among", kCueAccompany}, {"led", kCueLead},
      {"headed", kCueLead}, {"leading", kCueLead}, {"said", kCueSpeech}, {"noted", kCueSpeech},
      {"stressed", kCueSpeech}, {"emphasized", kCueSpeech}, {"told", kCueSpeech}, {"will", kCueFuture},
      {"planned", kCueFuture}, {"upcoming", kCueFuture}, {"during", kCueDuring}, {"sidelines", kCueDuring},
      {"arrived", kCueArrive}, {"visited", kCueArrive}, {"visit", kCueArrive}, {"visiting", kCueArrive}})
      m.insert(w, bit);
    return m;
  }();
  SentenceCues cues;
  cues.range = sentence_range_;
  const auto& toks = parser.tokens();
  for (std::size_t t = 0; t < toks.size(); ++t) {
    if (toks[t].kind != TokenKind::Word) continue;
    const std::uint32_t* it = kWords.find(parser.folded(t));
    if (!it) continue;
    std::uint32_t bit = *it;
    // "attended by", "joined by", "hosted by": the persons after the cue.
    if ((bit == kCueAttend || bit == kCueChair) && t + 1 < toks.size() && parser.folded(t + 1) == "by")
      bit = bit == kCueAttend ? kCueAttendBy : kCueChair;
    cues.cues |= bit;
  }
  for (std::size_t i = 0; i < mentions.size(); ++i)
    if (entity_of[i] >= 0 && mentions[i].type == EntityType::Person) ++cues.persons;
  if (sentence_cues_.size() <= sentence_) sentence_cues_.resize(sentence_ + 1);
  sentence_cues_[sentence_] = cues;
}

void DocumentBuilder::decide_participation() {
  const bool decide = participation_ && !participation_->empty();
  if (!decide && !observe_participation_) return;
  auto candidates = participation_candidates(out_, sentence_cues_, main_event_);
  if (observe_participation_) observe_participation_(out_, candidates);
  if (!decide) return;
  // The model decides every participation; the rules' facts keep their evidence when kept.
  std::map<std::pair<std::uint32_t, std::uint32_t>, std::vector<ExtractedFact>> stated;
  std::vector<ExtractedFact> others;
  for (auto& f : out_.facts) {
    if (f.relation == Relation::ParticipatedIn) stated[{f.subject, f.object}].push_back(std::move(f));
    else others.push_back(std::move(f));
  }
  out_.facts = std::move(others);
  for (const auto& c : candidates) {
    if (!takes_part(c, *participation_)) continue;
    auto key = std::make_pair(static_cast<std::uint32_t>(c.person), static_cast<std::uint32_t>(c.event));
    if (auto it = stated.find(key); it != stated.end()) {
      for (auto& f : it->second) out_.facts.push_back(std::move(f));
      continue;
    }
    const Mention& pm = out_.entities[static_cast<std::size_t>(c.person)].mentions[c.person_mention];
    const Mention& em = out_.entities[static_cast<std::size_t>(c.event)].mentions[c.event_mention];
    if (pm.sentence >= sentence_cues_.size()) continue;
    sentence_ = pm.sentence;
    sentence_range_ = sentence_cues_[pm.sentence].range;
    ByteRange object = em.sentence == pm.sentence ? em.range : original(sentence_range_.begin, sentence_range_.begin);
    fact(c.person, c.event, Relation::ParticipatedIn, "", pm.range, object);
  }
}

}  // namespace kg
