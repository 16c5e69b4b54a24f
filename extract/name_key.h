#pragma once
// The key under which names are compared when resolving and looking up entities.
#include <string>
#include <string_view>

namespace kg {

/// Folds a name so that spellings of the same name compare equal: NFKD, combining marks
/// dropped ("Müllerová" = "Mullerova"), case folded, look-alike letters mapped to one
/// prototype with ICU's confusable skeleton (Cyrillic "а" = Latin "a"), apostrophes and
/// quotes dropped, hyphens, dashes and runs of whitespace turned into one space.
/// Invalid UTF-8 is folded as U+FFFD. Thread-safe.
std::string name_key(std::string_view name);

/// Damerau-free Levenshtein distance over code points, stopping early once it exceeds
/// `limit` (returns limit + 1 then).
std::size_t edit_distance(std::u32string_view a, std::u32string_view b, std::size_t limit);

/// Decodes UTF-8 to code points (ill-formed sequences become U+FFFD).
std::u32string to_u32(std::string_view utf8);

}  // namespace kg
