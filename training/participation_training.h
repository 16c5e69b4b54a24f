#pragma once
// Trains the participation decision (extract/participation.h) from texts with gold files: each
// text is extracted with the given tagger and title attachment, and the rules' candidates are
// observed; a (person, event) candidate is a positive example when the gold file has the person
// take part in or chair the event (both matched by name, alias or written reference, folded as
// name keys), a negative one otherwise. liblinear learns the binary model.
#include <vector>

#include "tagger/linear_model.h"
#include "tagger/model_trainer.h"
#include "tagger/sequence_tagger.h"
#include "training/labelled_corpus.h"

namespace kg::training {

/// The labelled candidates of one document (exposed for tests).
std::vector<tagger::Example> participation_examples(const LabelledDocument& document, const tagger::SequenceTagger* tagger,
                                                    const tagger::LinearModel* attachment);

/// The same regularization as the title attachment: a few thousand candidates.
inline tagger::TrainOptions participation_train_options() {
  tagger::TrainOptions o;
  o.c = 0.5;
  return o;
}

/// Trains on `documents`, extracted on `threads` threads (the result does not depend on it).
tagger::LinearModel train_participation(const std::vector<const LabelledDocument*>& documents,
                                        const tagger::SequenceTagger* tagger, const tagger::LinearModel* attachment,
                                        unsigned threads = 1,
                                        const tagger::TrainOptions& options = participation_train_options());

}  // namespace kg::training
