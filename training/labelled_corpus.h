#pragma once
// Texts with their gold files, as training and cross-validation read them: every NAME.txt
// of a folder that has a NAME.gold.json beside it, in sorted order.
#include <string>
#include <vector>

#include "eval/gold.h"
#include "extract/document.h"

namespace kg::training {

struct LabelledDocument {
  Document document;
  Gold gold;
};

/// Reads every text with a gold file below each of `folders` (sorted by path; a folder's
/// texts without gold are skipped). Throws kg::InputError for a folder that does not exist
/// or a gold file that does not parse.
std::vector<LabelledDocument> load_labelled(const std::vector<std::string>& folders);

}  // namespace kg::training
