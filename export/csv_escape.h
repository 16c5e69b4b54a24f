#pragma once
// Quoting for RFC 4180 CSV fields (the Neo4j import files).
#include <string>
#include <string_view>

namespace kg {

/// Returns `text` as one RFC 4180 field: "" for empty text (Neo4j's import then sets no
/// property), otherwise always double-quoted with inner quotes doubled. TAB, CR and LF
/// become spaces, so every record stays on one line and no multi-line option is needed;
/// other control characters, U+FFFE/U+FFFF, surrogates and invalid UTF-8 become U+FFFD.
std::string csv_field(std::string_view text);

}  // namespace kg
