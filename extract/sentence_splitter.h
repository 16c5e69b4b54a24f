#pragma once
// Sentence boundaries with ICU's sentence break rules (English, with the CLDR abbreviation
// suppressions so "Dr. Smith" stays one sentence). Works on UTF-8 directly through UText, so
// offsets are byte offsets; no UTF-16 copy of the document is made.
#include <cstdint>
#include <string_view>
#include <vector>

#include "extract/provenance.h"

namespace kg {

/// The longest sentence: news sentences stay far below it; longer runs of text are cut.
inline constexpr std::uint32_t kMaxSentenceBytes = 1000;

/// Sentences of `text` as byte ranges, trimmed of surrounding whitespace, empty ones dropped.
/// Every line break ends a sentence (news text puts headlines and datelines on lines of their own).
/// A sentence longer than kMaxSentenceBytes is cut at a space (or a code point boundary) into
/// pieces of at most that many bytes.
std::vector<ByteRange> split_sentences(std::string_view text);

}  // namespace kg
