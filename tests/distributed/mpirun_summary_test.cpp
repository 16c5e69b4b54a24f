// mpirun -n N kgraph build prints its summary once, from rank 0, with one line per rank
// under --verbose (issue 15).
#include "mpirun_support.h"

namespace kg::test {
namespace {

// The summary's first line up to its time: "kgraph: D documents, S sentences, E entities, R relations".
std::string totals(const std::string& err) {
  auto lines = lines_starting(err, "kgraph: ");
  for (const auto& line : lines)
    if (line.find(" documents, ") != std::string::npos) return line.substr(0, line.find(" in "));
  return "";
}

}  // namespace

TEST_CASE("mpirun prints the summary once, and one line per rank only under --verbose", "[distributed][mpirun]") {
  TempDir dir("kg-mpi-summary");
  const std::string inputs = shell_quote((source_dir() / "samples").string());
  const std::string out = " -o " + shell_quote((dir / "g.json").string());
  RunResult one = run(kgraph_on(0) + " build " + inputs + out + " --verbose");
  REQUIRE(one.exit_code == 0);
  CHECK(lines_starting(one.err, "  rank ").empty());  // one process has no ranks
  REQUIRE_FALSE(totals(one.err).empty());
  for (bool verbose : {false, true}) {
    CAPTURE(verbose);
    RunResult many = run(kgraph_on(3) + " build " + inputs + out + " --jobs 1" + (verbose ? " --verbose" : ""));
    INFO(many.err);
    REQUIRE(many.exit_code == 0);
    CHECK(totals(many.err) == totals(one.err));
    CHECK(lines_starting(many.err, "kgraph: ").size() == 1);
    CHECK(lines_starting(many.err, "  entities:").size() == 1);
    CHECK(lines_starting(many.err, "  relations:").size() == 1);
    CHECK(lines_starting(many.err, "  time (rank 0): read+extract ").size() == 1);
    auto ranks = lines_starting(many.err, "  rank ");
    if (!verbose) {
      CHECK(ranks.empty());
      continue;
    }
    REQUIRE(ranks.size() == 3);
    for (int r = 0; r < 3; ++r) {
      CAPTURE(r);
      CHECK(ranks[static_cast<std::size_t>(r)].rfind("  rank " + std::to_string(r) + ": ", 0) == 0);
      CHECK(ranks[static_cast<std::size_t>(r)].find(" documents, ") != std::string::npos);
      CHECK(ranks[static_cast<std::size_t>(r)].find(" bytes, peak RSS ") != std::string::npos);
    }
  }
  RunResult quiet = run(kgraph_on(2) + " build " + inputs + out + " --jobs 1 --verbose --quiet");
  REQUIRE(quiet.exit_code == 0);
  CHECK(totals(quiet.err).empty());
  CHECK(lines_starting(quiet.err, "  rank ").empty());
}

}  // namespace kg::test
