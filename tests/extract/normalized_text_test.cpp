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
