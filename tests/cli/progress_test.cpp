// The progress line of `kgraph build` (issue 16): on a terminal it shows the phases with
// documents and MB done of the total, rate and elapsed time, redrawn in place; it never
// reaches a file or pipe unless --progress asks, and --quiet keeps a terminal quiet.
#include <catch2/catch.hpp>

#include "cli/progress.h"
#include "cli_support.h"

namespace kg::test {
namespace {

namespace fs = std::filesystem;

// Runs kgraph with stdout and stderr on a pseudo-terminal (util-linux `script`); everything
// it wrote to the terminal comes back in `out`.
RunResult kgraph_on_terminal(const std::string& args) {
  return run("script -qefc " + shell_quote(shell_quote(kgraph_binary()) + " " + args) + " /dev/null");
}

bool has_script() { return run("command -v script").exit_code == 0; }

// Two text files and a JSON Lines file of three documents.
void write_inputs(const TempDir& dir) {
  write_file(dir / "a.txt", kMeetingText);
  write_file(dir / "b.txt", kMeetingText);
  write_file(dir / "c.jsonl", "{\"id\":\"c1\",\"text\":\"Minister Alder Quist spoke.\"}\n"
                              "{\"id\":\"c2\",\"text\":\"Minister Alder Quist left.\"}\n"
                              "{\"id\":\"c3\",\"text\":\"Minister Alder Quist came back.\"}\n");
}

bool shows_progress(const std::string& output) { return output.find("kgraph: reading+extracting ") != std::string::npos; }

}  // namespace

TEST_CASE("on a terminal, kgraph build shows each phase with documents and MB of the total", "[cli][progress]") {
  if (!has_script()) {
    WARN("no `script` (util-linux): the terminal is not tested");
    return;
  }
  TempDir dir("kg-cli");
  write_inputs(dir);
  const std::string inputs = quoted(dir / "a.txt") + " " + quoted(dir / "b.txt");
  auto r = kgraph_on_terminal("build " + inputs + " -o " + quoted(dir / "g.json"));
  REQUIRE(r.exit_code == 0);
  // Some 200 bytes of input are 0.0 MB; the rate and the time depend on the machine.
  for (const char* phase : {"reading+extracting 0/2 docs, 0.0/0.0 MB (0%), ", "resolving 2/2 docs, 0.0/0.0 MB (100%), ",
                            "writing 2/2 docs, 0.0/0.0 MB (100%), "}) {
    CAPTURE(phase);
    CHECK(r.out.find("\rkgraph: " + std::string(phase)) != std::string::npos);
  }
  // The line is erased before the summary, which starts a line of its own.
  const auto summary = r.out.find("kgraph: 2 documents, ");
  REQUIRE(summary != std::string::npos);
  CHECK(r.out[summary - 1] == '\r');
  CHECK(r.out.find("reading+extracting", summary) == std::string::npos);
  CHECK(fs::exists(dir / "g.json"));

  SECTION("with JSON Lines the number of documents is not known beforehand, the bytes are") {
    auto jl = kgraph_on_terminal("build " + quoted(dir / "c.jsonl") + " -o " + quoted(dir / "g.json"));
    REQUIRE(jl.exit_code == 0);
    CHECK(jl.out.find("\rkgraph: resolving 3 docs, 0.0/0.0 MB (100%), ") != std::string::npos);
  }
  SECTION("--quiet keeps the terminal quiet") {
    auto quiet = kgraph_on_terminal("build " + inputs + " -o " + quoted(dir / "g.json") + " --quiet");
    CHECK(quiet.exit_code == 0);
    CHECK(quiet.out.empty());
  }
  SECTION("a warning gets a line of its own, above the progress line") {
    write_file(dir / "blank.txt", "  \n");
    auto warned = kgraph_on_terminal("build " + quoted(dir / "blank.txt") + " " + inputs + " -o " + quoted(dir / "g.json"));
    CHECK(warned.exit_code == 0);
    const auto warning = warned.out.find("kgraph: warning: " + (dir / "blank.txt").string() + ": empty document");
    REQUIRE(warning != std::string::npos);
    CHECK(warned.out[warning - 1] == '\r');
  }
}

TEST_CASE("without a terminal there is no progress line unless --progress asks", "[cli][progress]") {
  TempDir dir("kg-cli");
  write_inputs(dir);
  auto r = build(dir / "a.txt", dir / "g.json");
  CHECK(r.exit_code == 0);
  CHECK_FALSE(shows_progress(r.err));
  CHECK(r.err.find('\r') == std::string::npos);
  CHECK(r.err.rfind("kgraph: 1 documents, ", 0) == 0);

  auto forced = build(dir / "a.txt", dir / "g.json", "--progress --quiet");
  CHECK(forced.exit_code == 0);
  CHECK(forced.err.rfind("\rkgraph: reading+extracting 0/1 docs, ", 0) == 0);
  CHECK(forced.err.find("\rkgraph: writing 1/1 docs, ") != std::string::npos);
  CHECK(forced.err.back() == '\r');  // erased at the end, and --quiet: no summary
  CHECK(forced.out.empty());
}

TEST_CASE("the progress line reads as documents, MB, share, rate and elapsed time", "[cli][progress]") {
  using kg::cli::ProgressState;
  auto [state, expected] = GENERATE(table<ProgressState, std::string>({
      {{"reading+extracting", 120, 5000, 12'500'000, 980'000'000, 4.0, true},
       "kgraph: reading+extracting 120/5000 docs, 12.5/980.0 MB (1%), 30 docs/s, 3.1 MB/s, 0:04"},
      {{"reading+extracting", 120, std::nullopt, 12'500'000, std::nullopt, 61.0, true},
       "kgraph: reading+extracting 120 docs, 12.5 MB, 2 docs/s, 0.2 MB/s, 1:01"},
      {{"reading+extracting", 3, 4, 0, std::nullopt, 0.0, true}, "kgraph: reading+extracting 3/4 docs, 0.0 MB (75%), 0:00"},
      {{"resolving", 5000, std::nullopt, 980'000'000, 980'000'000, 3725.0, false},
       "kgraph: resolving 5000 docs, 980.0/980.0 MB (100%), 1:02:05"},
  }));
  CHECK(kg::cli::format_progress(state) == expected);
}

}  // namespace kg::test
