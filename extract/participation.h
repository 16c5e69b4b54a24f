#pragma once
// Who took part in which event, decided per document. The rules propose every (person, event)
// pair of a document whose mentions come within a few sentences of each other (and every
// person with the event the document reports), with structural features: how far apart their
// mentions are, what the sentences between them say (attendance, meeting, delegation and
// list cues), whether the rules linked them, whether the person met someone the rules put in
// the event, whether another event is closer. A learned binary model
// (models/participation.model: label 1 = "took part") decides each pair; without a model the
// rules' participated_in facts stand. Chairs keep their role alone.
#include <cstdint>
#include <string>
#include <vector>

#include "extract/document_extraction.h"
#include "tagger/linear_model.h"

namespace kg {

/// What one sentence says about taking part, as bits (set by DocumentBuilder per sentence).
enum SentenceCue : std::uint32_t {
  kCueAttend = 1u << 0,      // attended, participated, took part, joined, addressed
  kCueAttendBy = 1u << 1,    // attended by, joined by
  kCueMeet = 1u << 2,        // met, received, talks, held talks with
  kCueChair = 1u << 3,       // chaired, presided, hosted by
  kCueDelegation = 1u << 4,  // a delegation
  kCueAccompany = 1u << 5,   // accompanied, accompanying, included, including, comprised
  kCueLead = 1u << 6,        // led, headed, leading
  kCueSpeech = 1u << 7,      // said, noted, stressed
  kCueFuture = 1u << 8,      // will, to be, planned
  kCueDuring = 1u << 9,      // during, on the sidelines, at the
  kCueArrive = 1u << 10,     // arrived, visited, visit
};

struct SentenceCues {
  std::uint32_t cues = 0;
  std::uint32_t persons = 0;  // person mentions in the sentence
  ByteRange range;            // the sentence, in the normalized text
};

struct ParticipationCandidate {
  int person = -1, event = -1;  // document-local entities
  bool rule = false;            // the rules made the person take part in the event
  std::size_t person_mention = 0, event_mention = 0;  // the closest pair of their mentions
  std::vector<std::string> features;
};

/// The candidates of a finished document: `sentences` as DocumentBuilder recorded them,
/// `main_event` the event the document reports (or -1). Pairs where the person chairs the
/// event are left out: a chair keeps that role.
std::vector<ParticipationCandidate> participation_candidates(const DocumentExtraction& doc,
                                                             const std::vector<SentenceCues>& sentences, int main_event);

/// Whether the model says the person took part: at least even odds for a link the rules made,
/// 0.8 for one they did not (the operating points chosen by cross-validation: participation.cpp).
bool takes_part(const ParticipationCandidate& candidate, const tagger::LinearModel& model);

/// The default participation model, linked in from models/participation.model (empty when the
/// build had none: then the rules decide).
const tagger::LinearModel& default_participation_model();

}  // namespace kg
