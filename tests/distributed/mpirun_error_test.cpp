// mpirun -n N kgraph build on input one rank cannot read: one message, exit 2, no output.
#include "mpirun_support.h"

namespace kg::test {
namespace {

// A file that is no text (NUL bytes): refused with exit 2 by whichever rank reads it.
void write_binary(const std::filesystem::path& path) {
  std::filesystem::create_directories(path.parent_path());
  write_file(path, std::string("\x00\x01\x02\x03binary\x00\x00\x00\x00", 14) + std::string(2000, '\0'));
}

// Builds `inputs` alone and on 2 to 4 ranks: each run fails with the one-process message and
// leaves the output that was there before untouched.
void check_same_error(const TempDir& dir, const std::string& inputs) {
  auto out = dir / "g.json";
  write_file(out, "old graph\n");
  RunResult one = run(kgraph_on(0) + " build " + inputs + " -o " + shell_quote(out.string()) + " -o " +
                      shell_quote((dir / "g.graphml").string()));
  REQUIRE(one.exit_code == 2);
  auto expected = lines_starting(one.err, "kgraph: error:");
  REQUIRE(expected.size() == 1);
  for (int ranks = 2; ranks <= 4; ++ranks) {
    CAPTURE(ranks);
    RunResult many = run(kgraph_on(ranks) + " build " + inputs + " -o " + shell_quote(out.string()) + " -o " +
                         shell_quote((dir / "g.graphml").string()));
    INFO(many.err);
    CHECK(many.exit_code == 2);
    CHECK(lines_starting(many.err, "kgraph: error:") == expected);
    CHECK(read_file(out) == "old graph\n");
    CHECK_FALSE(std::filesystem::exists(dir / "g.graphml"));
    for (const auto& e : std::filesystem::directory_iterator(dir.path()))
      CHECK(e.path().filename().string().find(".tmp-") == std::string::npos);
  }
}

}  // namespace

TEST_CASE("A bad input that only the last rank reads fails the whole job with its message", "[distributed][mpirun]") {
  TempDir dir("kg-mpi-error");
  write_binary(dir / "zz" / "not_text.txt");
  check_same_error(dir, shell_quote((source_dir() / "samples").string()) + " " + shell_quote((dir / "zz").string()));
}

TEST_CASE("When two ranks fail, the error first in input order is the one reported", "[distributed][mpirun]") {
  TempDir dir("kg-mpi-errors");
  write_binary(dir / "a" / "first.txt");
  write_binary(dir / "b" / "second.txt");
  check_same_error(dir, shell_quote((source_dir() / "samples").string()) + " " + shell_quote((dir / "a").string()) +
                            " " + shell_quote((shared_dir() / "dev").string()) + " " +
                            shell_quote((dir / "b").string()));
}

TEST_CASE("A bad JSON Lines line under --strict fails the job at its line in the whole file", "[distributed][mpirun]") {
  TempDir dir("kg-mpi-strict");
  std::string lines;
  for (int i = 0; i < 400; ++i)
    (lines += "{\"id\": \"d") += std::to_string(i) + "\", \"text\": \"Foreign Minister Ann Lee met Prime Minister Bo Kim.\"}\n";
  lines += "{\"id\": 1.5, \"text\": \"x\"}\n";
  write_file(dir / "in.jsonl", lines);
  check_same_error(dir, shell_quote((dir / "in.jsonl").string()) + " --strict");
}

// 400 lines of JSON Lines whose last line repeats the id of the first: ranks read them in parts.
std::string lines_with_a_repeated_id() {
  std::string lines;
  for (int i = 0; i < 400; ++i)
    (lines += "{\"id\": \"d") += std::to_string(i) + "\", \"text\": \"Ambassador Li Wen met Minister Ana Cruz.\"}\n";
  return lines + "{\"id\": \"d0\", \"text\": \"Another text.\"}\n";
}

TEST_CASE("A repeated id in a JSON Lines file that ranks read in parts is what one process says",
          "[distributed][mpirun]") {
  TempDir dir("kg-mpi-repeat");
  write_file(dir / "in.jsonl", lines_with_a_repeated_id());
  check_same_as_one_process(shell_quote((dir / "in.jsonl").string()));
  check_same_error(dir, shell_quote((dir / "in.jsonl").string()) + " --strict");
}

TEST_CASE("Under mpirun, stdin and --into GRAPH.json are refused with one message", "[distributed][mpirun]") {
  TempDir dir("kg-mpi-usage");
  for (const char* args : {" build - -o g.json", " build x.txt --into g.json"}) {
    CAPTURE(args);
    RunResult r = run(std::string("cd ") + shell_quote(dir.path().string()) + " && " + kgraph_on(3) + args);
    CHECK(r.exit_code == 2);
    CHECK(lines_starting(r.err, "kgraph: error:").size() == 1);
    CHECK_FALSE(std::filesystem::exists(dir / "g.json"));
  }
}

}  // namespace kg::test
