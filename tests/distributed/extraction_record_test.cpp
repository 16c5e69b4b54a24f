#include <catch2/catch.hpp>

#include "distributed/extraction_record.h"

namespace kg::distributed {

TEST_CASE("Records come back as they were written, in order", "[distributed][records]") {
  WireWriter out;
  Document doc{"d1", "in.jsonl:7", "the text", "2024-01-02", "agency", "http://x"};
  write_document(out, identity_of(doc), {"in.jsonl:7: a warning"}, std::string("\x00\x01compact", 9));
  write_warnings(out, {"in.jsonl:9:3: bad line; line skipped", "second"});
  write_error(out, InputError("bad line (--strict)", "x.jsonl", 12, 3));
  write_error(out, InputError::at_offset("looks binary", "b.txt", 0));
  WireReader in(out.bytes());
  auto first = read_record(in);
  REQUIRE(first.kind == ExtractionRecord::Kind::document);
  CHECK(first.identity.id == "d1");
  CHECK(first.identity.path == "in.jsonl:7");
  CHECK(first.identity.date == "2024-01-02");
  CHECK(first.identity.url == "http://x");
  CHECK(first.warnings == std::vector<std::string>{"in.jsonl:7: a warning"});
  CHECK(first.compact == std::string("\x00\x01compact", 9));
  auto second = read_record(in);
  REQUIRE(second.kind == ExtractionRecord::Kind::warnings);
  CHECK(second.warnings.size() == 2);
  auto third = read_record(in);
  REQUIRE(third.kind == ExtractionRecord::Kind::error);
  CHECK(third.error.located() == "x.jsonl:12:3: bad line (--strict)");
  CHECK(read_record(in).error.located() == "b.txt: byte 0: looks binary");
  CHECK(in.done());
}

TEST_CASE("A truncated record is refused, not misread", "[distributed][records]") {
  WireWriter out;
  write_document(out, identity_of(Document{"a", "a.txt", "text", "", "", ""}), {"a warning"}, "bytes");
  const std::string& bytes = out.bytes();
  for (std::size_t cut = 0; cut < bytes.size(); ++cut) {
    CAPTURE(cut);
    WireReader in(std::string_view(bytes).substr(0, cut));
    CHECK_THROWS_AS(read_record(in), std::runtime_error);
  }
  std::string unknown = "\x07";
  WireReader in(unknown);
  CHECK_THROWS_WITH(read_record(in), Catch::Contains("unknown record"));
}

TEST_CASE("A document's stand-in tells texts apart but keeps no text", "[distributed][records]") {
  Document one{"a", "p", std::string(10000, 'x'), "", "", ""};
  Document two = one;
  two.text.back() = 'y';
  CHECK(identity_of(one).text == identity_of(one).text);
  CHECK(identity_of(one).text != identity_of(two).text);
  CHECK(identity_of(one).text.size() < 40);
}

TEST_CASE("Varints hold every 64-bit value and nothing longer", "[distributed][records]") {
  WireWriter out;
  for (std::uint64_t v : {0ull, 127ull, 128ull, 300ull, 4294967296ull, ~0ull}) out.u64(v);
  WireReader in(out.bytes());
  for (std::uint64_t v : {0ull, 127ull, 128ull, 300ull, 4294967296ull, ~0ull}) CHECK(in.u64() == v);
  CHECK(in.done());
  std::string eleven(11, '\x80');
  WireReader too_long(eleven);
  CHECK_THROWS_AS(too_long.u64(), std::runtime_error);
}

}  // namespace kg::distributed
