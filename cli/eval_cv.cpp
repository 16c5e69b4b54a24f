// kgraph eval --cv K FOLDER... [--train-also FOLDER...] [--rules-only] [--rule-titles] [--details]: cross-validation by
// site (training/cross_validation.h), reported per fold and as the mean over folds.
#include "cli/eval_cv.h"

#include <iostream>
#include <thread>

#include "eval/cv_report.h"
#include "eval/report.h"
#include "extract/input_error.h"
#include "training/cross_validation.h"

namespace kg::cli {

int run_cross_validation(const CvCommandOptions& options) {
  auto evaluated = training::load_labelled(options.folders);
  if (evaluated.empty()) throw InputError("no text with a gold file (NAME.txt beside NAME.gold.json)", options.folders.front());
  auto extra = training::load_labelled(options.train_also);
  training::CrossValidationOptions cv;
  cv.folds = options.folds;
  cv.threads = options.jobs ? options.jobs : std::max(1u, std::thread::hardware_concurrency());
  cv.rules_only = options.rules_only;
  cv.attachment = !options.rule_titles;
  cv.participation = !options.rule_participation;
  auto folds = training::cross_validate(evaluated, extra, cv);
  write_cv_report(std::cout, folds, options.json ? ReportFormat::Json : ReportFormat::Text);
  if (options.details) {
    for (const auto& fold : folds) {
      std::cout << "\nfold " << fold.fold << " (held out; trained on the other folds)\n\n";
      write_score_text(std::cout, fold.score, ReportOptions{true});
    }
  }
  std::cout.flush();
  return 0;
}

}  // namespace kg::cli
