#pragma once
// Cheap case folding for lexicon lookups on the hot path (no ICU objects, no skeletons):
// ASCII lowered in place, other code points through u_foldCase; hyphens and dashes become
// spaces, periods and apostrophes are dropped ("U.S." -> "us", "Nur-Sultan" -> "nur sultan").
#include <string>
#include <string_view>

namespace kg {

/// Appends the folded form of `text` to `out`.
void fold_append(std::string_view text, std::string& out);

inline std::string fold(std::string_view text) {
  std::string out;
  fold_append(text, out);
  return out;
}

}  // namespace kg
