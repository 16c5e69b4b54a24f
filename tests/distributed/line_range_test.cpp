#include <catch2/catch.hpp>

#include "distributed/line_range.h"
#include "test_support.h"

namespace kg::distributed {

TEST_CASE("Line ranges that cut a file end to end give each line to one of them", "[distributed][lines]") {
  test::TempDir dir("kg-lines");
  auto text = GENERATE(as<std::string>{}, "a\nbb\n\nccc\nd", "one line, no end", "\n\n\n", "x\r\ny\r\n", "");
  CAPTURE(text);
  auto path = dir / "f.jsonl";
  test::write_file(path, text);
  const std::uint64_t size = text.size();
  for (std::uint64_t cut1 = 0; cut1 <= size; ++cut1)
    for (std::uint64_t cut2 = cut1; cut2 <= size; ++cut2) {
      auto a = read_lines_starting_in(path, 0, cut1, size);
      auto b = read_lines_starting_in(path, cut1, cut2, size);
      auto c = read_lines_starting_in(path, cut2, size, size);
      CHECK(a.offset == 0);
      CHECK(b.offset == a.bytes.size());
      CHECK(c.offset == a.bytes.size() + b.bytes.size());
      CHECK(a.bytes + b.bytes + c.bytes == text);
      for (const auto* part : {&b, &c})
        if (part->offset > 0 && part->offset < size) CHECK(text[part->offset - 1] == '\n');
    }
}

TEST_CASE("count_lines counts line ends", "[distributed][lines]") {
  CHECK(count_lines("") == 0);
  CHECK(count_lines("a") == 0);
  CHECK(count_lines("a\nb\n") == 2);
}

TEST_CASE("A missing file is an input error naming it", "[distributed][lines]") {
  CHECK_THROWS_WITH(read_lines_starting_in("/nonexistent/x.jsonl", 0, 1, 1), Catch::Contains("cannot open"));
}

}  // namespace kg::distributed
