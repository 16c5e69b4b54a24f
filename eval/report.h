#pragma once
// Writers for an evaluation Score: a fixed-width table for people, JSON for scripts.
// Both are deterministic (the Score's order) and free functions over a stream.
#include <ostream>

#include "eval/score.h"

namespace kg {

enum class ReportFormat { Text, Json };

struct ReportOptions {
  bool details = false;  // list missed entities and relations, spurious nodes and edges, per document
};

/// Per-type P/R/F1 with counts; per relation and overall: scored edges, correct edges,
/// precision, gold relations, found, recall, F1; split entities. Undefined ratios (nothing
/// to divide by) print as "-". Throws std::runtime_error if the stream fails.
void write_score_text(std::ostream& out, const Score& score, const ReportOptions& options = {});

/// The same as one JSON object; undefined ratios are null.
void write_score_json(std::ostream& out, const Score& score, const ReportOptions& options = {});

/// write_score_text or write_score_json.
void write_score(std::ostream& out, const Score& score, ReportFormat format, const ReportOptions& options = {});

}  // namespace kg
