#include "export/label_wrap.h"

#include <algorithm>
#include <vector>

namespace kg {
namespace {

constexpr std::string_view kEllipsis = "\xE2\x80\xA6";

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }
bool starts_code_point(char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }

std::size_t code_points(std::string_view s) {
  return static_cast<std::size_t>(std::count_if(s.begin(), s.end(), starts_code_point));
}

// Byte offset just after the first `n` code points of `s`.
std::size_t prefix_bytes(std::string_view s, std::size_t n) {
  std::size_t pos = 0;
  for (std::size_t seen = 0; pos < s.size(); ++pos) {
    if (starts_code_point(s[pos]) && seen++ == n) break;
  }
  return pos;
}

}  // namespace

std::string wrap_label(std::string_view text, std::size_t width, std::size_t max_lines) {
  width = std::max<std::size_t>(width, 2);
  max_lines = std::max<std::size_t>(max_lines, 1);

  std::vector<std::string> lines;
  std::string line;
  std::size_t line_length = 0;
  auto flush = [&] {
    if (!line.empty()) lines.push_back(std::move(line));
    line.clear();
    line_length = 0;
  };

  for (std::size_t pos = 0; pos < text.size();) {
    if (is_space(text[pos])) {
      ++pos;
      continue;
    }
    std::size_t end = pos;
    while (end < text.size() && !is_space(text[end])) ++end;
    std::string_view word = text.substr(pos, end - pos);
    pos = end;
    while (!word.empty()) {
      const std::size_t length = code_points(word);
      const std::size_t needed = line.empty() ? length : line_length + 1 + length;
      if (needed <= width) {
        if (!line.empty()) line += ' ';
        line += word;
        line_length = needed;
        break;
      }
      if (!line.empty()) {
        flush();
        continue;
      }
      const std::size_t cut = prefix_bytes(word, width);  // a word wider than a line
      lines.emplace_back(word.substr(0, cut));
      word.remove_prefix(cut);
    }
  }
  flush();

  if (lines.size() > max_lines) {
    lines.resize(max_lines);
    std::string& last = lines.back();
    last.resize(prefix_bytes(last, width - 1));
    while (!last.empty() && last.back() == ' ') last.pop_back();
    last += kEllipsis;
  }
  std::string result;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (i > 0) result += '\n';
    result += lines[i];
  }
  return result;
}

}  // namespace kg
