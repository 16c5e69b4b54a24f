#pragma once
// Running the real programs that read our outputs. A missing tool skips the check with a
// warning rather than failing, so a machine without Graphviz can still run the rest.
#include <catch2/catch.hpp>
#include <string>

#include "test_support.h"

namespace kg::test {

/// The tool's path from the build (KG_XMLLINT, ...), or "" after a WARN when missing.
inline std::string tool(const char* configured, const char* name) {
  std::string path = configured;
  if (path.empty() || path.ends_with("-NOTFOUND") || !std::filesystem::exists(path)) {
    WARN(name << " not found: check skipped");
    return "";
  }
  return path;
}

inline std::string xmllint() { return tool(KG_XMLLINT, "xmllint"); }
inline std::string dot() { return tool(KG_DOT, "dot"); }
inline std::string python() { return tool(KG_PYTHON, "python3"); }

/// Python with NetworkX, or "" after a WARN.
inline std::string python_with_networkx() {
  auto py = python();
  if (py.empty()) return "";
  if (run(shell_quote(py) + " -c 'import networkx'").exit_code != 0) {
    WARN("python3 at " << py << " has no networkx: check skipped");
    return "";
  }
  return py;
}

/// UTF-8 bytes as lowercase hex: a way to pass any text through a line-based protocol.
inline std::string hex(const std::string& text) {
  static const char* digits = "0123456789abcdef";
  std::string out;
  for (unsigned char c : text) {
    out += digits[c >> 4];
    out += digits[c & 15];
  }
  return out;
}

}  // namespace kg::test
