#pragma once
// Reading a part of a JSON Lines file without reading the rest: the lines that start in a
// byte range. Ranges that cut a file end to end give each line to exactly one of them, so
// ranks that read neighbouring ranges agree on their border without talking to each other.
#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>

namespace kg::distributed {

/// The lines whose first byte lies in [begin, end) of the file `path`, `size` bytes long
/// (a line starts at byte 0 or after a '\n'; the last line may lack its '\n'), with the
/// offset of their first byte. Reads only those lines, plus the bytes up to the first line
/// start after `begin` and after `end`. Throws kg::InputError naming `path` when the file
/// cannot be opened or read.
struct LineRange {
  std::uint64_t offset = 0;
  std::string bytes;
};
LineRange read_lines_starting_in(const std::filesystem::path& path, std::uint64_t begin, std::uint64_t end,
                                 std::uint64_t size);

/// The number of '\n' in `bytes`: how many line numbers a part uses up.
std::uint64_t count_lines(std::string_view bytes);

}  // namespace kg::distributed
