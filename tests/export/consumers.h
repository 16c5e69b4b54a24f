#pragma once
// Running the real programs that read our outputs. A missing tool skips the check with a
// warning rather than failing, so a machine without Graphviz can still run the rest; in CI
// (CI=true, where scripts/install-deps.sh installed them all) a missing tool fails the test,
// so a check cannot be skipped unnoticed.
#include <catch2/catch.hpp>
#include <cstdlib>
#include <string>

#include "test_support.h"

namespace kg::test {

/// Returns "" after a WARN that the check is skipped; fails the test instead under CI=true.
inline std::string skip_check(const std::string& why) {
  const char* ci = std::getenv("CI");
  if (ci && std::string(ci) == "true") FAIL(why << " (CI=true: consumers must be installed)");
  WARN(why << ": check skipped");
  return "";
}

/// The tool's path from the build (KG_XMLLINT, ...), or skip_check() when missing.
inline std::string tool(const char* configured, const char* name) {
  std::string path = configured;
  if (path.empty() || path.ends_with("-NOTFOUND") || !std::filesystem::exists(path))
    return skip_check(std::string(name) + " not found");
  return path;
}

inline std::string xmllint() { return tool(KG_XMLLINT, "xmllint"); }
inline std::string dot() { return tool(KG_DOT, "dot"); }
inline std::string python() { return tool(KG_PYTHON, "python3"); }

/// Python that can import `module` (networkx, igraph), or skip_check().
inline std::string python_with(const std::string& module) {
  auto py = python();
  if (py.empty()) return "";
  if (run(shell_quote(py) + " -c " + shell_quote("import " + module)).exit_code != 0)
    return skip_check("python3 at " + py + " has no " + module);
  return py;
}
inline std::string python_with_networkx() { return python_with("networkx"); }

/// tests/export/js: package.json pinning graphology and its GraphML and GEXF readers;
/// `npm ci` there (scripts/install-deps.sh does it) fills node_modules.
inline std::filesystem::path graphology_dir() { return source_dir() / "tests" / "export" / "js"; }

/// Node.js when graphology is installed in graphology_dir(), or skip_check().
inline std::string node_with_graphology() {
  auto node = tool(KG_NODE, "node");
  if (node.empty()) return "";
  if (!std::filesystem::exists(graphology_dir() / "node_modules" / "graphology-gexf"))
    return skip_check("graphology is not installed (npm ci in " + graphology_dir().string() + ")");
  return node;
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
