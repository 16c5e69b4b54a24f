#pragma once
// Trains the tagger's LinearModel with liblinear: L1-regularized logistic regression, one
// against the rest per label, so most weights are zero and the model file stays small.
// Deterministic: features are numbered in sorted order and liblinear's random permutations
// start from a fixed seed, so the same sentences give the same model bytes.
#include <string>
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

/// One item of a classifier's training data: its feature strings and its label (0 .. labels-1).
struct Example {
  std::vector<std::string> features;
  int label = 0;
};

/// The same learning for any classifier over string features (the tagger's tokens are one
/// use; the title attachment's candidates another): a LinearModel with `labels` labels.
LinearModel train_examples(const std::vector<Example>& examples, int labels, const TrainOptions& options = {});

}  // namespace kg::tagger
