#pragma once
// Trains the entity tagger from texts with gold files: the gold names, aliases and titles
// label the tokens (extract/training_sentences.h), liblinear learns the model
// (tagger/model_trainer.h). `kgraph train` writes models/entity_tagger.model with it, and
// cross-validation trains one model per fold.
#include <vector>

#include "extract/training_sentences.h"
#include "tagger/linear_model.h"
#include "tagger/model_trainer.h"
#include "training/labelled_corpus.h"

namespace kg::training {

/// What a gold file names, as tagger spans: entities (name and aliases) and the titles of
/// its holds_position relations.
std::vector<GoldName> gold_names(const Gold& gold);

/// Trains on `documents`; runs extraction on `threads` threads, the result does not depend on it.
tagger::LinearModel train_tagger(const std::vector<const LabelledDocument*>& documents, unsigned threads = 1,
                                 const tagger::TrainOptions& options = {});

}  // namespace kg::training
