// What kgraph build does with inputs that are not readable text files: missing paths,
// directories, FIFOs, devices, unreadable files, and stdin beyond the size limit.
#include <catch2/catch.hpp>

#include <sys/stat.h>
#include <unistd.h>

#include "cli_support.h"
#include "graph/graph_json.h"

using namespace kg::test;

TEST_CASE("a missing input is an error naming it", "[cli][input]") {
  TempDir dir("kg-cli");
  auto r = build(dir / "nowhere.txt", dir / "g.json");
  CHECK(r.exit_code == 2);
  CHECK(r.err == "kgraph: error: " + (dir / "nowhere.txt").string() + ": no such file or directory\n");
  CHECK_FALSE(std::filesystem::exists(dir / "g.json"));
}

TEST_CASE("a FIFO or a device is refused before anything reads from it", "[cli][input]") {
  TempDir dir("kg-cli");
  REQUIRE(::mkfifo((dir / "pipe.txt").c_str(), 0600) == 0);
  // Nobody ever writes to the FIFO: a run that opened it for reading would block forever.
  const std::filesystem::path base = dir.path();  // GENERATE_COPY must not copy the TempDir
  auto input = GENERATE_COPY(std::string((base / "pipe.txt").string()), std::string("/dev/zero"));
  auto r = build(input, dir / "g.json");
  CHECK(r.exit_code == 2);
  CHECK(r.err == "kgraph: error: " + input + ": not a regular file or directory\n");
  CHECK_FALSE(std::filesystem::exists(dir / "g.json"));
}

TEST_CASE("a directory input reads every *.txt below it; one without any is an error", "[cli][input]") {
  TempDir dir("kg-cli");
  std::filesystem::create_directories(dir / "in" / "sub");
  write_file(dir / "in" / "notes.md", kMeetingText);
  SECTION("no *.txt") {
    auto r = build(dir / "in", dir / "g.json");
    CHECK(r.exit_code == 2);
    CHECK(r.err == "kgraph: error: no input documents: the directories named hold no *.txt, *.jsonl or *.ndjson files "
                   "(nor .gz ones)\n");
    CHECK_FALSE(std::filesystem::exists(dir / "g.json"));
  }
  SECTION("one *.txt in a subfolder") {
    write_file(dir / "in" / "sub" / "a.txt", kMeetingText);
    auto r = build(dir / "in", dir / "g.json", "--quiet");
    CHECK(r.exit_code == 0);
    CHECK(r.err.empty());
    CHECK(kg::load_graph_json(dir / "g.json").node_count() > 0);
  }
}

TEST_CASE("an unreadable file is an error naming it", "[cli][input]") {
  if (::geteuid() == 0) {
    WARN("running as root, which reads any file: nothing to test");
    return;
  }
  TempDir dir("kg-cli");
  write_file(dir / "in.txt", kMeetingText);
  ::chmod((dir / "in.txt").c_str(), 0);
  auto r = build(dir / "in.txt", dir / "g.json");
  CHECK(r.exit_code == 2);
  CHECK(r.err == "kgraph: error: " + (dir / "in.txt").string() + ": cannot open: Permission denied\n");
}

TEST_CASE("stdin is read up to the input size limit", "[cli][input]") {
  TempDir dir("kg-cli");
  write_file(dir / "in.txt", kMeetingText);
  SECTION("within the limit") {
    auto r = kgraph_with_stdin("build - -o " + quoted(dir / "g.json") + " --quiet --max-input-bytes 1000",
                               dir / "in.txt");
    CHECK(r.exit_code == 0);
    CHECK(kg::load_graph_json(dir / "g.json").node_count() > 0);
  }
  SECTION("over the limit") {
    std::string big;
    while (big.size() < 100000) big += kMeetingText;
    write_file(dir / "big.txt", big);
    auto r = kgraph_with_stdin("build - -o " + quoted(dir / "g.json") + " --max-input-bytes 50000", dir / "big.txt");
    CHECK(r.exit_code == 2);
    CHECK(r.err == "kgraph: error: <stdin>: byte 50000: the input is longer than the limit of 50000 bytes "
                   "(--max-input-bytes)\n");
    CHECK_FALSE(std::filesystem::exists(dir / "g.json"));
  }
  SECTION("a file over the limit is refused before it is read") {
    auto r = build(dir / "in.txt", dir / "g.json", "--max-input-bytes 10");
    CHECK(r.exit_code == 2);
    CHECK(r.err == "kgraph: error: " + (dir / "in.txt").string() + ": the file has " +
                       std::to_string(kMeetingText.size()) + " bytes, more than the input limit of 10 "
                       "(--max-input-bytes)\n");
  }
}

TEST_CASE("a document whose id came earlier is reported and skipped, text file or JSON Lines",
          "[cli][input]") {
  TempDir dir("kg-cli");
  write_file(dir / "talks.txt", kMeetingText);
  write_file(dir / "more.jsonl", "{\"id\":\"talks\",\"text\":\"A third one.\"}\n");
  const std::filesystem::path base = dir.path();
  auto [first, second] = GENERATE_COPY(table<std::string, std::string>(
      {{(base / "talks.txt").string(), (base / "more.jsonl").string()},
       {(base / "more.jsonl").string(), (base / "talks.txt").string()}}));
  auto r = kgraph("build " + shell_quote(first) + " " + shell_quote(second) + " -o " + quoted(dir / "g.json") +
                  " --jobs 2");
  CHECK(r.exit_code == 0);
  auto named = [](const std::string& path) {  // a JSON Lines document is named with its line
    return path.find(".jsonl") != std::string::npos ? path + ":1" : path;
  };
  CHECK(r.err.find("kgraph: warning: " + named(second) + ": document \"talks\" is already read from " + named(first) +
                   " with other content; skipped (the first one is kept)\n") != std::string::npos);
  CHECK(r.err.find("kgraph: 1 documents, ") != std::string::npos);
  bool text_first = first.find(".txt") != std::string::npos;
  CHECK((read_file(dir / "g.json").find("Cavusoglu") != std::string::npos) == text_first);
}
