#pragma once
// The text the extractor works on, and the way back to the user's bytes. Cleaning (BOM,
// invalid UTF-8, control characters, CR line ends) and NFC normalization may change byte
// lengths; `original()` maps any offset of the cleaned text back to the original bytes, so
// provenance always points into the file the user gave us.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace kg {

class NormalizedText {
 public:
  /// Cleans and NFC-normalizes `original`. Never throws on bad input: ill-formed UTF-8 is
  /// replaced by U+FFFD per maximal subpart and counted.
  explicit NormalizedText(std::string_view original);

  const std::string& text() const { return text_; }
  /// Maps an offset into text() to the corresponding offset into the original bytes.
  std::uint32_t original(std::uint32_t offset) const;
  std::uint32_t invalid_sequences() const { return invalid_; }

 private:
  struct Anchor {
    std::uint32_t normalized;
    std::uint32_t original;
  };
  void anchor(std::uint32_t normalized, std::uint32_t original);

  std::string text_;
  std::vector<Anchor> anchors_;  // sorted; between anchors offsets advance one for one
  std::uint32_t invalid_ = 0;
};

}  // namespace kg
