#pragma once
// Which organization or country a person's title belongs to ("Deputy Minister of Foreign
// Affairs of Kazakhstan A", "SCO Secretary-General B", "Minister C" of the document's country). The rules propose the candidates: every
// organization and place of the title's sentence and the document's home country, each with
// structural features (where it stands from the title and the person, what lies between, the
// title's head word), and mark the one the rule parser would pick. A learned ranker
// (models/title_attachment.model, training/ranking_training.h) scores each candidate and one
// more option, "held nowhere the text names" (none_features()), within the choice: the best
// of them wins when it beats "nowhere" by a margin, larger for a candidate the rules did not
// choose. Without a model the rules' choice stands.
#include <cstdint>
#include <string>
#include <vector>

#include "extract/document_extraction.h"
#include "extract/raw_mention.h"
#include "tagger/linear_model.h"

namespace kg {

class SentenceParser;

struct TitleCandidate {
  int entity = -1;          // document-local entity; -1: the home country, not yet an entity
  std::string country;      // for the home country: its ISO code
  ByteRange range;          // the candidate's mention (the person's for the home country)
  bool rule = false;        // the rule parser's own choice
  std::vector<std::string> features;
};

/// One stated title of one person, with the places its post may belong to.
struct TitleChoice {
  int person = -1;
  std::string title;
  ByteRange person_range;
  std::uint32_t sentence = 0;
  ByteRange sentence_range;
  bool head_of_state = false;  // "President", "Prime Minister": the home country is the rules' choice
  std::vector<TitleCandidate> candidates;
};

/// The candidates of the sentence for mention `person` (its title stated): every emitted
/// organization or place, with features. `entity_of` maps mentions to entities; `rule_mention`
/// is the mention the rules chose (or -1); `ranges` are the mentions' original byte ranges.
std::vector<TitleCandidate> sentence_candidates(const SentenceParser& parser, const std::vector<RawMention>& mentions,
                                                const std::vector<int>& entity_of, std::size_t person, int rule_mention,
                                                const std::vector<ByteRange>& ranges);

/// Document-level features, once the whole document is read: how often each candidate is
/// mentioned, and which is the home country (`home`: ISO code, may be empty). Adds the home
/// country as a candidate when the sentence has none for it (`home_entity`: its entity, or -1).
void add_document_features(TitleChoice& choice, const DocumentExtraction& doc, const std::string& home, int home_entity);

/// The features of the option "the post is held nowhere among the candidates": the title's
/// head word and how many candidates compete, so the ranker learns when to attach at all.
std::vector<std::string> none_features(const TitleChoice& choice);

/// The ranker's score of one option (a candidate's or none_features()): the weight of label 1
/// less that of label 0. Within a choice, exp(score) is proportional to the option's probability.
double attachment_score(const tagger::LinearModel& model, const std::vector<std::string>& features);

/// The index of the chosen candidate, or -1 for none: with a model, the highest-scoring
/// candidate when it scores above none_features() by a margin (a larger one when the rules did
/// not choose it); without a model, the rules' choice.
int choose_candidate(const TitleChoice& choice, const tagger::LinearModel* model);

/// The choice for every title of a document (-1: none), decoded per document: with a model,
/// one person's same title is held in one place, the one its most probable reading names (a
/// reading of another sentence that names the same place is kept, others dropped).
std::vector<int> choose_candidates(const std::vector<TitleChoice>& choices, const tagger::LinearModel* model);

/// The default title attachment model, linked in from models/title_attachment.model (empty
/// when the build had none: then the rules decide).
const tagger::LinearModel& default_attachment_model();

}  // namespace kg
