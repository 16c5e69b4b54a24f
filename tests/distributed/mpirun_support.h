#pragma once
// Running kgraph under mpirun in the tests, and comparing its outputs with a one-process build.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "test_support.h"

namespace kg::test {

/// Every output format a build writes (a .csv is two files), as extensions of "g".
inline const std::vector<std::string> kOutputArgs = {".json", ".graphml", ".gexf", ".dot", ".csv", ".kgdb"};

/// "-o DIR/g.json -o DIR/g.graphml ..." (every format, or those of `exts`).
inline std::string output_args(const std::filesystem::path& dir, const std::vector<std::string>& exts = kOutputArgs) {
  std::string args;
  for (const auto& ext : exts) (args += " -o ") += shell_quote((dir / (std::string("g") + ext)).string());
  return args;
}

/// The command line that starts `ranks` kgraph processes (0: kgraph alone, no mpirun).
inline std::string kgraph_on(int ranks) {
  if (ranks == 0) return shell_quote(kgraph_binary());
  return shell_quote(KG_MPIEXEC) + " --oversubscribe --allow-run-as-root -n " + std::to_string(ranks) + " " +
         shell_quote(kgraph_binary());
}

/// The lines of `text` that start with `prefix`.
inline std::vector<std::string> lines_starting(const std::string& text, const std::string& prefix) {
  std::vector<std::string> lines;
  std::size_t at = 0;
  while (at < text.size()) {
    std::size_t end = text.find('\n', at);
    if (end == std::string::npos) end = text.size();
    std::string line = text.substr(at, end - at);
    if (line.rfind(prefix, 0) == 0) lines.push_back(line);
    at = end + 1;
  }
  return lines;
}

/// Builds `inputs` with kgraph alone and on 1 to 4 ranks; every output file, the --explain
/// listing and the warnings must be the same.
/// `exts`: the outputs (-o), each a format of kOutputArgs; their files are compared.
inline void check_same_as_one_process(const std::string& inputs, const std::string& extra = "",
                                      const std::vector<std::string>& exts = kOutputArgs) {
  std::vector<std::string> files;
  for (const auto& ext : exts)
    if (ext == ".csv") files.insert(files.end(), {".nodes.csv", ".relationships.csv"});
    else files.push_back(ext);
  TempDir dir("kg-mpi");
  std::filesystem::create_directories(dir / "one");
  RunResult one = run(kgraph_on(0) + " build " + inputs + output_args(dir / "one", exts) + " --explain --jobs 2" + extra);
  REQUIRE(one.exit_code == 0);
  for (int ranks = 1; ranks <= 4; ++ranks) {
    CAPTURE(ranks);
    auto out = dir / std::to_string(ranks);  // a number only: GCC 12 misreads "n" + std::string (-Wrestrict)
    std::filesystem::create_directories(out);
    RunResult many = run(kgraph_on(ranks) + " build " + inputs + output_args(out, exts) + " --explain --jobs 1" + extra);
    INFO(many.err);
    REQUIRE(many.exit_code == 0);
    CHECK(many.out == one.out);
    CHECK(lines_starting(many.err, "kgraph: warning:") == lines_starting(one.err, "kgraph: warning:"));
    for (const auto& ext : files) {
      CAPTURE(ext);
      std::string expected = read_file(dir / "one" / (std::string("g") + ext));
      CHECK_FALSE(expected.empty());
      CHECK((read_file(out / (std::string("g") + ext)) == expected));
    }
  }
}

}  // namespace kg::test
