#pragma once
// Trains the title attachment (extract/title_attachment.h) from texts with gold files: each
// text is extracted with the given entity tagger and each title's candidates are observed; a
// candidate is correct when the gold file has a holds_position from the person to the entity
// the candidate names (matched by name or alias, folded as name keys), and the option "held
// nowhere" (none_features()) is correct when no candidate is. The ranker is learned from them
// (training/ranking_training.h).
#include <vector>

#include "tagger/linear_model.h"
#include "tagger/sequence_tagger.h"
#include "training/labelled_corpus.h"
#include "training/ranking_training.h"

namespace kg::training {

/// The labelled choices of one document, one group per stated title, its "held nowhere"
/// option last (exposed for tests).
std::vector<RankingGroup> attachment_examples(const LabelledDocument& document, const tagger::SequenceTagger* tagger);

/// Trains on `documents`, extracted on `threads` threads (the result does not depend on it).
tagger::LinearModel train_attachment(const std::vector<const LabelledDocument*>& documents,
                                     const tagger::SequenceTagger* tagger, unsigned threads = 1,
                                     const RankingOptions& options = {});

}  // namespace kg::training
