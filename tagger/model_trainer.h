#pragma once
// Trains the tagger's LinearModel with liblinear: L1-regularized logistic regression, one
// against the rest per label, so most weights are zero and the model file stays small.
// Deterministic: features are numbered in sorted order and liblinear's random permutations
// start from a fixed seed, so the same sentences give the same model bytes.
#include <vector>

#include "tagger/linear_model.h"
#include "tagger/tagger_token.h"

namespace kg::tagger {

/// A sentence with its gold label per token (bilou.h labels).
struct TrainingSentence {
  TaggerSentence tokens;
  std::vector<int> labels;
};

struct TrainOptions {
  double c = 2.0;          // inverse regularization strength
  double eps = 0.01;       // liblinear's stopping tolerance
  int min_count = 1;       // features seen fewer times are dropped
  double min_weight = 1e-3;  // weights smaller in magnitude are not written
};

LinearModel train_model(const std::vector<TrainingSentence>& sentences, const TrainOptions& options = {});

}  // namespace kg::tagger
