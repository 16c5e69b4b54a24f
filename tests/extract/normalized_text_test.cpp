#include <catch2/catch.hpp>

#include "extract/normalized_text.h"

TEST_CASE("Normalization strips a BOM and maps offsets back to the original bytes", "[extract][normalize]") {
  kg::NormalizedText t("\xEF\xBB\xBFHello");
  CHECK(t.text() == "Hello");
  CHECK(t.original(0) == 3);
  CHECK(t.original(5) == 8);
}

TEST_CASE("Normalization composes NFD text to NFC and keeps offsets after it exact", "[extract][normalize]") {
  // "Lu\u0308ttenberg met" in NFD: u + combining diaeresis (3 bytes) becomes ü (2 bytes).
  std::string nfd = "Lu\xCC\x88ttenberg met";
  kg::NormalizedText t(nfd);
  CHECK(t.text() == "L\xC3\xBCttenberg met");
  auto met = t.text().find("met");
  CHECK(t.original(static_cast<std::uint32_t>(met)) == nfd.find("met"));
}

TEST_CASE("Normalization replaces ill-formed UTF-8 and control characters and counts the replacements", "[extract][normalize]") {
  kg::NormalizedText t(std::string("A\xFF" "B\x01" "C\r\nD", 8));
  CHECK(t.text() == "A\xEF\xBF\xBD" "B C \nD");
  CHECK(t.invalid_sequences() == 1);
  CHECK(t.original(static_cast<std::uint32_t>(t.text().find('B'))) == 2);
}

TEST_CASE("Normalization turns CR-only line ends into LF and keeps offsets", "[extract][normalize]") {
  kg::NormalizedText t("One.\rTwo.\r\rThree.");
  CHECK(t.text() == "One.\nTwo.\n\nThree.");
  CHECK(t.original(static_cast<std::uint32_t>(t.text().find("Three"))) == 11);
}

TEST_CASE("Normalization replaces one U+FFFD per maximal subpart, as scan_text counts", "[extract][normalize]") {
  auto [bytes, expected, count] = GENERATE(table<std::string, std::string, std::uint32_t>({
      {"a\xE2\x82z", "a\xEF\xBF\xBDz", 1},                                           // truncated sequence
      {"\xC0\xAF", "\xEF\xBF\xBD\xEF\xBF\xBD", 2},                                    // overlong
      {"\xED\xA0\x80", "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD", 3},                     // surrogate
      {"\xF0\x9F\x98", "\xEF\xBF\xBD", 1},                                            // truncated at the end
  }));
  kg::NormalizedText t(bytes);
  CHECK(t.text() == expected);
  CHECK(t.invalid_sequences() == count);
}

TEST_CASE("Normalization keeps NUL, C1 controls and U+FEFF out of the text", "[extract][normalize]") {
  kg::NormalizedText t(std::string("A\0B\xC2\x85" "C\xEF\xBB\xBF" "D\x7F", 11));
  for (unsigned char c : t.text()) CHECK((c >= 0x20 || c == '\n' || c == '\t'));
  CHECK(t.text().find("\xC2\x85") == std::string::npos);
  CHECK(t.text().find("\xEF\xBB\xBF") == std::string::npos);
  CHECK(t.text().size() == 11);  // same-length replacements keep every offset
}

TEST_CASE("Offsets after an invalid byte map inside the original when the text needs NFC", "[extract][normalize]") {
  // "A" + combining acute needs NFC (so segments are re-anchored); the last byte is an invalid
  // lead byte, replaced by the three bytes of U+FFFD. Found by the text_pipeline fuzzer.
  const std::string original = "President Kain A\xcc\x81lvav met Anna Berg (\xeb";
  kg::NormalizedText text(original);
  REQUIRE(text.invalid_sequences() == 1);
  CHECK(text.original(static_cast<std::uint32_t>(text.text().size())) == original.size());
  for (std::uint32_t i = 0; i <= text.text().size(); ++i) CHECK(text.original(i) <= original.size());
}
