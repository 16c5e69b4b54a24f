#include "distributed/line_range.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fstream>

#include "extract/input_error.h"

namespace kg::distributed {
namespace {

class FileReader {
 public:
  FileReader(const std::filesystem::path& path) : path_(path), in_(path, std::ios::binary) {
    if (!in_) fail("cannot open");
  }
  // Reads [from, from + n) into `out` (appending).
  void read(std::uint64_t from, std::uint64_t n, std::string& out) {
    const std::size_t old = out.size();
    out.resize(old + n);
    in_.seekg(static_cast<std::streamoff>(from));
    in_.read(out.data() + old, static_cast<std::streamsize>(n));
    if (static_cast<std::uint64_t>(in_.gcount()) != n) fail("cannot read (the file changed while it was read?)");
  }
  // The first line start at or after `at`: `at` itself when it is 0 or follows a '\n'.
  std::uint64_t line_start(std::uint64_t at, std::uint64_t size) {
    if (at == 0 || at >= size) return std::min(at, size);
    constexpr std::uint64_t kChunk = 64 * 1024;
    std::string chunk;
    for (std::uint64_t from = at - 1; from < size; from += kChunk) {
      chunk.clear();
      read(from, std::min(kChunk, size - from), chunk);
      if (auto nl = chunk.find('\n'); nl != std::string::npos) return from + nl + 1;
    }
    return size;
  }

 private:
  [[noreturn]] void fail(const std::string& what) {
    throw InputError(what + ": " + std::strerror(errno ? errno : EIO), path_.string());
  }
  std::filesystem::path path_;
  std::ifstream in_;
};

}  // namespace

LineRange read_lines_starting_in(const std::filesystem::path& path, std::uint64_t begin, std::uint64_t end,
                                 std::uint64_t size) {
  FileReader file(path);
  LineRange range;
  range.offset = file.line_start(begin, size);
  const std::uint64_t stop = file.line_start(end, size);
  if (stop > range.offset) file.read(range.offset, stop - range.offset, range.bytes);
  return range;
}

std::uint64_t count_lines(std::string_view bytes) {
  return static_cast<std::uint64_t>(std::count(bytes.begin(), bytes.end(), '\n'));
}

}  // namespace kg::distributed
