#pragma once
// Sentence boundaries with ICU's sentence break rules (English, with the CLDR abbreviation
// suppressions so "Dr. Smith" stays one sentence). Works on UTF-8 directly through UText, so
// offsets are byte offsets; no UTF-16 copy of the document is made.
#include <string_view>
#include <vector>

#include "extract/provenance.h"

namespace kg {

/// Sentences of `text` as byte ranges, trimmed of surrounding whitespace, empty ones dropped.
/// Every line break ends a sentence (news text puts headlines and datelines on lines of their own).
std::vector<ByteRange> split_sentences(std::string_view text);

}  // namespace kg
