#pragma once
// A bound on the length of entity names. A run of thousands of capitalized words can read
// as one name; every output repeats names, so an unbounded one makes every output huge.
#include <cstddef>
#include <string>
#include <string_view>

#include "extract/document_extraction.h"

namespace kg {

/// The longest entity name, alias or mention text kept, in bytes of UTF-8.
inline constexpr std::size_t kMaxNameBytes = 256;

/// `text` cut to at most `max_bytes` at a code-point boundary, trailing spaces trimmed.
/// Assumes well-formed UTF-8 (what NormalizedText produces).
std::string_view cap_utf8(std::string_view text, std::size_t max_bytes);

/// Caps every entity's name, forms and mention texts in place; forms that become equal
/// are kept once. Returns the number of entities whose name was cut.
std::size_t cap_entity_names(DocumentExtraction& extraction, std::size_t max_bytes = kMaxNameBytes);

}  // namespace kg
