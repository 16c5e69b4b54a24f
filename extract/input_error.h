#pragma once
// The one exception type for bad input anywhere in kgraph (text, graph files, gold files,
// arguments). The layer that knows the file name fills `file`; `main` prints it as
// "kgraph: error: FILE:LINE:COL: message" (or "FILE: byte N: message" when only a byte
// offset is known)
// and exits 2.
#include <cstdint>
#include <stdexcept>
#include <string>

namespace kg {

class InputError : public std::runtime_error {
 public:
  explicit InputError(std::string message, std::string file = {}, std::uint64_t line = 0,
                      std::uint64_t column = 0, std::uint64_t offset = 0, bool has_offset = false)
      : std::runtime_error(std::move(message)),
        file_(std::move(file)), line_(line), column_(column), offset_(offset), has_offset_(has_offset) {}

  static InputError at_offset(std::string message, std::string file, std::uint64_t offset) {
    return InputError(std::move(message), std::move(file), 0, 0, offset, true);
  }

  const std::string& file() const { return file_; }
  std::uint64_t line() const { return line_; }
  std::uint64_t column() const { return column_; }
  std::uint64_t offset() const { return offset_; }
  bool has_offset() const { return has_offset_; }
  void set_file(std::string file) { file_ = std::move(file); }

  /// "FILE:LINE:COL: message", "FILE: byte N: message", "FILE: message" or "message".
  std::string located() const {
    std::string where = file_;
    // Appended, not `":" + std::to_string(...)`: GCC 12 misreads that as an overlapping memcpy (-Wrestrict).
    if (line_ > 0) {
      (where += ':') += std::to_string(line_);
      if (column_ > 0) (where += ':') += std::to_string(column_);
    } else if (has_offset_) {
      (where += ": byte ") += std::to_string(offset_);
    }
    return where.empty() ? what() : where + ": " + what();
  }

 private:
  std::string file_;
  std::uint64_t line_, column_, offset_;
  bool has_offset_;
};

}  // namespace kg
