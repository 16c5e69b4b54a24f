#pragma once
// The cross-validation mode of `kgraph eval` (--cv K): see training/cross_validation.h.
#include <string>
#include <vector>

namespace kg::cli {

struct CvCommandOptions {
  int folds = 0;  // 0: no cross-validation
  std::vector<std::string> folders;     // texts with gold files, split into folds and scored
  std::vector<std::string> train_also;  // texts with gold files every fold trains on, never scored
  unsigned jobs = 0;
  bool rules_only = false;
  bool rule_titles = false;  // --rule-titles: titles attached by the rules, no attachment model
  bool rule_participation = false;  // --rule-participation: participants by the rules, no participation model
  bool json = false;
  bool details = false;  // --details: each held-out fold's full report (misses, spurious, splits) after the table
  double c = 2.0;  // the tagger's inverse regularization strength
};

int run_cross_validation(const CvCommandOptions& options);

}  // namespace kg::cli
