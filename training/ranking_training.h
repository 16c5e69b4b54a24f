#pragma once
// Trains a ranker: a linear score over string features that puts, within each group of
// competing candidates (the places one title may belong to), the correct ones above the others.
// Learned with liblinear from pairwise differences (for each correct candidate and each wrong
// one of its group, the features of one less those of the other), as a ranking SVM is, but
// with logistic loss, so exp(score) read within a group is a probability (a conditional logit).
// Deterministic: features are numbered in sorted order, and the solver (L2-regularized logistic
// regression by trust-region Newton) draws no random numbers.
#include <string>
#include <vector>

#include "tagger/linear_model.h"

namespace kg::training {

/// One decision: its candidates' feature strings, and which of them are correct.
struct RankingGroup {
  std::vector<std::vector<std::string>> candidates;
  std::vector<bool> correct;
};

struct RankingOptions {
  double c = 0.5;             // inverse regularization strength
  double eps = 0.01;          // liblinear's stopping tolerance
  double min_weight = 1e-4;   // weights smaller in magnitude are not written
};

/// The ranker as a two-label LinearModel whose label 1 carries the score (label 0 weighs
/// nothing): score(x) = scores(x)[1] - scores(x)[0]. Groups with no correct candidate, or no
/// wrong one, teach nothing and are skipped.
tagger::LinearModel train_ranking(const std::vector<RankingGroup>& groups, const RankingOptions& options = {});

}  // namespace kg::training
