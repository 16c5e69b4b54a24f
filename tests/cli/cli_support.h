#pragma once
// Helpers for the end-to-end robustness tests: running kgraph on files the tests write, and
// checking that what it wrote is valid for the real consumers.
#include <filesystem>
#include <string>

#include "test_support.h"

namespace kg::test {

/// Two officials, their posts and their meeting: input that yields a non-empty graph.
inline const std::string kMeetingText =
    "Foreign Minister Mukhtar Tileuberdi met Turkish Foreign Minister Mevlut Cavusoglu in Astana.\n";

inline std::string quoted(const std::filesystem::path& path) { return shell_quote(path.string()); }

/// Runs the kgraph binary with `args` (already quoted for the shell).
inline RunResult kgraph(const std::string& args) { return run(shell_quote(kgraph_binary()) + " " + args); }

/// Runs the kgraph binary with `args` and the file `input` on its stdin.
inline RunResult kgraph_with_stdin(const std::string& args, const std::filesystem::path& input) {
  std::string command = "(";  // appended: GCC 12 misreads `"(" + std::string` (-Wrestrict)
  command += shell_quote(kgraph_binary()) + " " + args + " <" + quoted(input) + ")";
  return run(command);
}

/// True when `path` is strict JSON (no NaN or Infinity) in valid UTF-8, by Python's reader.
inline bool valid_json(const std::filesystem::path& path) {
  std::string check =
      "import json,sys\n"
      "def bad(c): raise ValueError(c)\n"
      "json.loads(open(sys.argv[1], 'rb').read().decode('utf-8', 'strict'), parse_constant=bad)\n";
  return run(shell_quote(KG_PYTHON) + " -c " + shell_quote(check) + " " + quoted(path)).exit_code == 0;
}

/// True when xmllint reads `path` as well-formed XML (it refuses characters XML 1.0 forbids).
inline bool valid_xml(const std::filesystem::path& path) {
  return run(shell_quote(KG_XMLLINT) + " --noout " + quoted(path)).exit_code == 0;
}

/// True when Graphviz parses `path`.
inline bool valid_dot(const std::filesystem::path& path) {
  return run(shell_quote(KG_DOT) + " -Tcanon -o /dev/null " + quoted(path)).exit_code == 0;
}

/// Builds `input` into `output` and returns the run.
inline RunResult build(const std::filesystem::path& input, const std::filesystem::path& output,
                       const std::string& extra = "") {
  return kgraph("build " + quoted(input) + " -o " + quoted(output) + " " + extra);
}

}  // namespace kg::test
