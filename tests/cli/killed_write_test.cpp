// A kgraph build killed with SIGKILL while it writes a large output leaves the previous
// output complete and valid: the new content only ever goes to a temp file until a rename.
#include <catch2/catch.hpp>

#include <csignal>

#include "cli_support.h"
#include "graph/graph_json.h"

namespace {

using namespace kg::test;
namespace fs = std::filesystem;

// Starts `kgraph build in.txt -o g.json -o g.graphml -o g.gexf` and sends it `sig` as soon
// as a temp output appears. Returns true if the signal ended it during the write, false if
// the run finished first.
bool kill_during_write(const TempDir& dir, int sig) {
  return signal_during_write({"build", (dir / "in.txt").string(), "-o", (dir / "g.json").string(), "-o",
                              (dir / "g.graphml").string(), "-o", (dir / "g.gexf").string(), "--jobs", "1"},
                             dir.path(), sig);
}

// Builds a small graph into g.json, then a huge one while `sig` arrives during the write.
// Returns the previous g.json.
std::string interrupt_a_large_build(const TempDir& dir, int sig) {
  write_file(dir / "in.txt", kMeetingText);
  REQUIRE(build(dir / "in.txt", dir / "g.json", "--quiet").exit_code == 0);
  const std::string previous = read_file(dir / "g.json");
  // One fact with every sentence as evidence: a graph file of tens of megabytes. Should a
  // fast machine finish before the signal, the input doubles.
  std::string sentence = "Foreign Minister Mukhtar Tileuberdi met Turkish Foreign Minister Mevlut Cavusoglu. ";
  std::string text;
  bool interrupted = false;
  for (std::size_t repeats = 20000; !interrupted && repeats <= 320000; repeats *= 2) {
    while (text.size() < sentence.size() * repeats) text += sentence;
    write_file(dir / "in.txt", text);
    interrupted = kill_during_write(dir, sig);
    if (!interrupted) {  // it finished: put the previous state back for the next attempt
      write_file(dir / "g.json", previous);
      fs::remove(dir / "g.graphml"), fs::remove(dir / "g.gexf");
    }
  }
  REQUIRE(interrupted);
  return previous;
}

}  // namespace

TEST_CASE("a build killed while writing leaves the previous output complete and valid", "[cli][output]") {
  TempDir dir("kg-cli");
  const std::string previous = interrupt_a_large_build(dir, SIGKILL);
  CHECK(has_temp_file(dir.path()));  // what SIGKILL leaves: a stray temp file, never a torn output
  CHECK(read_file(dir / "g.json") == previous);
  CHECK(valid_json(dir / "g.json"));
  CHECK(kg::load_graph_json(dir / "g.json").node_count() > 0);
  CHECK_FALSE(fs::exists(dir / "g.graphml"));
}

TEST_CASE("a build interrupted by SIGTERM or SIGINT while writing removes its temp files", "[cli][output]") {
  auto sig = GENERATE(SIGTERM, SIGINT);
  TempDir dir("kg-cli");
  const std::string previous = interrupt_a_large_build(dir, sig);
  CHECK_FALSE(has_temp_file(dir.path()));
  CHECK(read_file(dir / "g.json") == previous);
  CHECK(valid_json(dir / "g.json"));
  CHECK_FALSE(fs::exists(dir / "g.graphml"));
}
