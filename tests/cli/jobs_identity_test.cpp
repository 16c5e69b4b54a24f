// `kgraph build --jobs N` extracts documents on N threads; the merge is deterministic, so
// every output file and the --explain listing must be the same bytes for any N.
#include <catch2/catch.hpp>

#include "test_support.h"

namespace kg::test {
namespace {

constexpr const char* kFormats[] = {".json", ".graphml", ".gexf", ".dot"};

// "gJOBS.EXT"
std::string output_name(int jobs, const char* ext) {
  std::string name = "g";
  name += std::to_string(jobs);
  return name + ext;
}

// Builds samples/ and the seeds with `jobs` threads into dir/gJOBS.*; returns --explain's output.
std::string build_with_jobs(const TempDir& dir, int jobs) {
  // Appended, not `"build " + shell_quote(...)`: GCC 12 misreads that as an overlapping memcpy (-Wrestrict).
  std::string args = "build ";
  args += shell_quote((source_dir() / "samples").string()) + " " + shell_quote((shared_dir() / "seeds").string());
  for (const char* ext : kFormats) args += " -o " + shell_quote((dir / output_name(jobs, ext)).string());
  RunResult r = run(shell_quote(kgraph_binary()) + " " + args + " --jobs " + std::to_string(jobs) + " --explain --quiet");
  REQUIRE(r.exit_code == 0);
  return r.out;
}

}  // namespace

TEST_CASE("kgraph build writes the same bytes with --jobs 1, 2 and 3", "[cli][jobs]") {
  TempDir dir("kg-jobs");
  std::string explain1 = build_with_jobs(dir, 1);
  int jobs = GENERATE(2, 3);
  CAPTURE(jobs);
  CHECK(build_with_jobs(dir, jobs) == explain1);
  for (const char* ext : kFormats) {
    CAPTURE(ext);
    std::string one = read_file(dir / (std::string("g1") + ext));
    CHECK_FALSE(one.empty());
    CHECK(read_file(dir / output_name(jobs, ext)) == one);
  }
}

}  // namespace kg::test
