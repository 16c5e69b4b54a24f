#pragma once
// Cross-validation by site: the evaluation documents are split into k folds that keep each
// site in one fold (eval/site_folds.h); for each fold a tagger, a title attachment and a participation model are trained on the other folds
// (plus any always-trained documents), the fold's texts are extracted with it and built into
// one graph, and that graph is scored against the fold's gold files.
#include <vector>

#include "eval/cv_report.h"
#include "tagger/model_trainer.h"
#include "training/labelled_corpus.h"

namespace kg::training {

struct CrossValidationOptions {
  int folds = 5;
  unsigned threads = 1;
  bool rules_only = false;  // score the rule parser alone (no tagger), for comparison
  bool attachment = true;   // train and use a title attachment model per fold (else the rules attach titles)
  bool participation = true;  // train and use a participation model per fold (else the rules' participants)
  tagger::TrainOptions train;
};

/// `evaluated` are split into folds and scored; `always_trained` (e.g. samples/) join every
/// fold's training set and are never scored.
std::vector<FoldScore> cross_validate(const std::vector<LabelledDocument>& evaluated,
                                      const std::vector<LabelledDocument>& always_trained,
                                      const CrossValidationOptions& options);

}  // namespace kg::training
