#pragma once
// Golden-file comparison for exporters. KG_UPDATE_GOLDEN=1 rewrites the files instead of
// comparing; a mismatch shows a unified diff so the change is readable in the test log.
#include <catch2/catch.hpp>
#include <cstdlib>
#include <sstream>
#include <string>

#include "graph/knowledge_graph.h"
#include "test_support.h"

namespace kg::test {

/// What `write(out, graph)` writes to a stream, as a string.
template <typename Write>
std::string written(Write write, const KnowledgeGraph& graph) {
  std::ostringstream out;
  write(out, graph);
  return out.str();
}

/// Writes what `write` writes for `graph` to the file `path`, and returns `path`.
template <typename Write>
std::filesystem::path write_to(const std::filesystem::path& path, Write write, const KnowledgeGraph& graph) {
  write_file(path, written(write, graph));
  return path;
}

inline std::filesystem::path golden_path(const std::string& name) {
  return source_dir() / "tests" / "export" / "golden" / name;
}

inline void check_golden(const std::string& name, const std::string& actual) {
  const auto path = golden_path(name);
  const char* update = std::getenv("KG_UPDATE_GOLDEN");
  if (update && std::string(update) == "1") {
    write_file(path, actual);
    WARN("rewrote golden file " << path.string());
    return;
  }
  if (!std::filesystem::exists(path)) FAIL("golden file " << path.string() << " is missing; KG_UPDATE_GOLDEN=1 creates it");
  const std::string expected = read_file(path);
  if (expected == actual) {
    SUCCEED();
    return;
  }
  TempDir dir("kg-golden");
  write_file(dir / "actual", actual);
  auto diff = run("diff -u " + shell_quote(path.string()) + " " + shell_quote((dir / "actual").string()));
  FAIL("output differs from " << path.string() << " (KG_UPDATE_GOLDEN=1 regenerates it):\n" << diff.out);
}

}  // namespace kg::test
