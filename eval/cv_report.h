#pragma once
// The report of a cross-validation: one Score per fold (each fold's test documents scored
// against their gold files), a row per fold and the mean over folds.
#include <cstddef>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "eval/report.h"
#include "eval/score.h"

namespace kg {

/// One fold's result: its index, how many documents (gold files) it tests, their sites
/// (eval/site_folds.h) and their score.
struct FoldScore {
  int fold = 0;
  std::size_t documents = 0;
  std::vector<std::string> sites;
  Score score;
};

/// Mean ratios of one entity type or relation over folds.
struct MeanScore {
  std::string name;
  std::optional<double> precision{}, recall{}, f1{};
};

/// The unweighted mean of the folds' ratios: every fold counts once, whatever its size; a
/// fold whose ratio is undefined (nothing to divide by) is left out of that mean, and a mean
/// over no fold is undefined.
struct CvSummary {
  std::vector<MeanScore> types;      // PERSON, ORG, GPE, EVENT (as the folds have them), then "all"
  std::vector<MeanScore> relations;  // every relation any fold reports, vocabulary order
  MeanScore overall{"overall"};
  std::optional<double> splits;      // split entities per fold
};

CvSummary summarize_folds(const std::vector<FoldScore>& folds);

/// Text: a row per fold (documents, sites, F1 per entity type, overall relation P/R/F1,
/// split entities), then the means of P/R/F1 per entity type, per relation and overall.
/// JSON: {"folds": [...], "mean": {...}}, each fold with its sites and full entity and
/// relation scores; undefined ratios are null. Deterministic, in the folds' order. Throws
/// std::runtime_error if the stream fails.
void write_cv_report(std::ostream& out, const std::vector<FoldScore>& folds, ReportFormat format);

}  // namespace kg
