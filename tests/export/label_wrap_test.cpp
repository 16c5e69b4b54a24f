#include "export/label_wrap.h"

#include <catch2/catch.hpp>
#include <string>

TEST_CASE("wrap_label breaks at spaces within the width", "[export][label_wrap]") {
  using Row = std::tuple<std::string, std::size_t, std::size_t, std::string>;
  auto [text, width, lines, expected] = GENERATE(table<std::string, std::size_t, std::size_t, std::string>({
      Row{"", 30, 3, ""},
      Row{"Sergei Lavrov", 30, 3, "Sergei Lavrov"},
      Row{"holds position: Deputy Foreign Minister", 30, 3, "holds position: Deputy Foreign\nMinister"},
      Row{"aaa bbb ccc", 7, 3, "aaa bbb\nccc"},
      Row{"  spaced   out\ttext ", 30, 3, "spaced out text"},
      Row{"Мария Владимировна Захарова", 12, 3, "Мария\nВладимировна\nЗахарова"},
      Row{"Владимировна", 5, 5, "Влади\nмиров\nна"},
      Row{"Мария Владимировна Захарова", 10, 3, "Мария\nВладимиров\nна\xE2\x80\xA6"},
      Row{"abcdefghij", 4, 5, "abcd\nefgh\nij"},
      Row{"one two three four five", 5, 2, "one\ntwo\xE2\x80\xA6"},
      Row{"abcdefghij", 4, 1, "abc\xE2\x80\xA6"},
  }));
  CAPTURE(text, width, lines);
  CHECK(kg::wrap_label(text, width, lines) == expected);
}
