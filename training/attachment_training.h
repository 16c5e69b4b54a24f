#pragma once
// Trains the title attachment (extract/title_attachment.h) from texts with gold files: each
// text is extracted with the given entity tagger and the rules' candidates are observed; a
// candidate is a positive example when the gold file has a holds_position from the person to
// the entity the candidate names (matched by name or alias, folded as name keys), a negative
// one otherwise. liblinear learns the binary model (tagger/model_trainer.h).
#include <vector>

#include "tagger/linear_model.h"
#include "tagger/model_trainer.h"
#include "tagger/sequence_tagger.h"
#include "training/labelled_corpus.h"

namespace kg::training {

/// The labelled candidates of one document (exposed for tests).
std::vector<tagger::Example> attachment_examples(const LabelledDocument& document, const tagger::SequenceTagger* tagger);

/// How the attachment is trained by default: stronger regularization than the tagger's (its
/// some 5,000 candidates are fewer than the tagger's tokens). Chosen by cross-validation by
/// site on ../shared/dev: C = 0.5 gave holds_position precision 0.762 at recall 0.360, C = 2
/// 0.746 at 0.363, C = 8 0.713 at 0.358.
inline tagger::TrainOptions attachment_train_options() {
  tagger::TrainOptions o;
  o.c = 0.5;
  return o;
}

/// Trains on `documents`, extracted on `threads` threads (the result does not depend on it).
tagger::LinearModel train_attachment(const std::vector<const LabelledDocument*>& documents,
                                     const tagger::SequenceTagger* tagger, unsigned threads = 1,
                                     const tagger::TrainOptions& options = attachment_train_options());

}  // namespace kg::training
