#pragma once
// Where a fact comes from. Byte ranges are half-open [begin, end) into the document's
// original UTF-8 bytes (before BOM stripping or normalization), so a user can cut the
// evidence out of the file they gave us.
#include <cstdint>
#include <string>

#include "extract/shared_text.h"

namespace kg {

struct ByteRange {
  std::uint32_t begin = 0;
  std::uint32_t end = 0;
  friend bool operator==(const ByteRange&, const ByteRange&) = default;
  friend auto operator<=>(const ByteRange&, const ByteRange&) = default;
};

/// One supporting mention of a fact. The document id, the sentence and the date are shared
/// with every other fact cited from the same document and sentence (extract/shared_text.h).
struct Evidence {
  SharedText doc;           // document id
  std::uint32_t sentence = 0;  // 0-based sentence index within the document
  ByteRange sentence_range;
  ByteRange subject_range;  // the subject mention (or its antecedent when resolved by coreference)
  ByteRange object_range;
  SharedText text;          // the evidence sentence, whitespace collapsed
  SharedText date;          // YYYY-MM-DD of the document, or empty when unknown

  friend bool operator==(const Evidence&, const Evidence&) = default;
  friend auto operator<=>(const Evidence&, const Evidence&) = default;
};

}  // namespace kg
