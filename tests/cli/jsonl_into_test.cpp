// JSON Lines input and `kgraph build --into` (issue 8): ids, dates, sources and URLs travel
// into the outputs; a graph grown document batch by document batch, in any order, is
// byte-identical to the graph built from all documents at once.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdio>
#include <vector>

#include "cli_support.h"

namespace kg::test {
namespace {

namespace fs = std::filesystem;

std::string json_string(const std::string& s) {
  std::string q = "\"";
  for (char c : s) {
    if (c == '"' || c == '\\') q += std::string("\\") + c;
    else if (c == '\n') q += "\\n";
    else if (static_cast<unsigned char>(c) < 0x20) {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\u%04x", static_cast<unsigned>(c));
      q += buf;
    } else q += c;
  }
  return q + "\"";
}

// One JSONL line per text of samples/ and the seeds, each with an id, a date, a source and a URL.
std::vector<std::string> corpus_lines() {
  std::vector<fs::path> texts;
  for (const fs::path& dir : {source_dir() / "samples", shared_dir() / "seeds"})
    for (const auto& entry : fs::directory_iterator(dir))
      if (entry.path().extension() == ".txt") texts.push_back(entry.path());
  std::sort(texts.begin(), texts.end());
  std::vector<std::string> lines;
  int n = 0;
  for (const auto& path : texts) {
    int month = 1 + n / 28, day = 1 + n % 28;  // a valid date for every text, however many
    ++n;
    std::string date = "2024-" + std::string(month < 10 ? "0" : "") + std::to_string(month) + "-" +
                       std::string(day < 10 ? "0" : "") + std::to_string(day);
    lines.push_back("{\"id\":" + json_string("jl-" + path.stem().string()) + ",\"date\":\"" + date +
                    "\",\"source\":\"Test Wire\",\"url\":" + json_string("https://example.org/" + path.stem().string()) +
                    ",\"text\":" + json_string(read_file(path)) + "}\n");
  }
  REQUIRE(lines.size() >= 10);
  return lines;
}

// `count` documents cycling through the corpus texts, each under its own id ("many-0001", ...).
std::vector<std::string> many_lines(const std::vector<std::string>& corpus, std::size_t count) {
  std::vector<std::string> lines;
  for (std::size_t i = 0; i < count; ++i) {
    const std::string& line = corpus[i % corpus.size()];
    std::string id = std::to_string(10000 + i).substr(1);
    lines.push_back("{\"id\":\"many-" + id + "\"," + line.substr(line.find("\"date\"")));
  }
  return lines;
}

void write_lines(const fs::path& path, const std::vector<std::string>& lines, std::size_t from, std::size_t to) {
  std::string all;
  for (std::size_t i = from; i < to; ++i) all += lines[i];
  write_file(path, all);
}

}  // namespace

TEST_CASE("A graph grown with --into in two halves, in either order, equals the graph built at once",
          "[cli][jsonl][into]") {
  TempDir dir("kg-into");
  auto lines = corpus_lines();
  std::size_t half = lines.size() / 2;
  write_lines(dir / "all.jsonl", lines, 0, lines.size());
  write_lines(dir / "first.jsonl", lines, 0, half);
  write_lines(dir / "second.jsonl", lines, half, lines.size());
  REQUIRE(build(dir / "all.jsonl", dir / "all.json", "-q -o " + quoted(dir / "all.graphml")).exit_code == 0);
  std::string whole = read_file(dir / "all.json");
  REQUIRE_FALSE(whole.empty());

  auto [a, b] = GENERATE(table<std::string, std::string>({{"first", "second"}, {"second", "first"}}));
  CAPTURE(a, b);
  fs::path grown = dir / ("grown-" + a + ".json");
  auto r1 = kgraph("build " + quoted(dir / (a + ".jsonl")) + " --into " + quoted(grown) + " -q");
  REQUIRE(r1.exit_code == 0);
  CHECK(fs::exists(grown.string() + ".docs.jsonl"));
  auto r2 = kgraph("build " + quoted(dir / (b + ".jsonl")) + " --into " + quoted(grown) + " -q -o " +
                   quoted(dir / ("grown-" + a + ".graphml")));
  REQUIRE(r2.exit_code == 0);
  CHECK(r2.err.empty());
  CHECK(read_file(grown) == whole);
  CHECK(read_file(dir / ("grown-" + a + ".graphml")) == read_file(dir / "all.graphml"));

  SECTION("adding a document already in the graph is reported and does not double its evidence") {
    auto again = kgraph("build " + quoted(dir / "first.jsonl") + " --into " + quoted(grown) + " -q");
    CHECK(again.exit_code == 0);
    CHECK(again.err.find("kgraph: warning: " + (dir / "first.jsonl").string() + ":1: document \"jl-") !=
          std::string::npos);
    CHECK(again.err.find("is already in " + grown.string() + "; skipped") != std::string::npos);
    CHECK(read_file(grown) == whole);
  }
}

// kgraph build extracts its inputs in batches of 1024 documents (cli/build_command.cpp); a run
// of several batches, with --into's stored documents filling part of one, is the same graph.
TEST_CASE("A build of several input batches equals the same build grown with --into", "[cli][jsonl][into]") {
  TempDir dir("kg-batches");
  auto lines = many_lines(corpus_lines(), 2500);
  lines.insert(lines.begin() + 2000, lines[3]);  // one repeated id, in the second batch
  write_lines(dir / "all.jsonl", lines, 0, lines.size());
  write_lines(dir / "first.jsonl", lines, 0, 1300);
  write_lines(dir / "second.jsonl", lines, 1300, lines.size());
  auto whole = build(dir / "all.jsonl", dir / "all.json", "--jobs 2");
  REQUIRE(whole.exit_code == 0);
  CHECK(whole.err.find((dir / "all.jsonl").string() + ":2001:1: duplicate id \"many-0003\" (first on line 4)") !=
        std::string::npos);
  CHECK(whole.err.find("kgraph: 2500 documents, ") != std::string::npos);

  REQUIRE(kgraph("build " + quoted(dir / "first.jsonl") + " --into " + quoted(dir / "grown.json") + " -q").exit_code == 0);
  auto second = kgraph("build " + quoted(dir / "second.jsonl") + " --into " + quoted(dir / "grown.json") + " --jobs 3");
  REQUIRE(second.exit_code == 0);
  CHECK(second.err.find("is already in " + (dir / "grown.json").string()) != std::string::npos);
  CHECK(second.err.find("kgraph: 2500 documents, ") != std::string::npos);
  CHECK(read_file(dir / "grown.json") == read_file(dir / "all.json"));
}

TEST_CASE("JSONL ids, dates, sources and URLs appear in the graph file and in GraphML", "[cli][jsonl]") {
  TempDir dir("kg-jsonl");
  write_file(dir / "in.jsonl", "{\"id\":\"kz-2023-117\",\"date\":\"2023-03-31\",\"source\":\"Kazinform\","
                               "\"url\":\"https://example.org/117\",\"text\":" + json_string(kMeetingText) + "}\n");
  REQUIRE(build(dir / "in.jsonl", dir / "g.json", "-q -o " + quoted(dir / "g.graphml")).exit_code == 0);
  std::string json = read_file(dir / "g.json");
  CHECK(json.find("{\"id\":\"kz-2023-117\",\"date\":\"2023-03-31\",\"source\":\"Kazinform\","
                  "\"url\":\"https://example.org/117\"") != std::string::npos);
  CHECK(json.find("\"doc\":\"kz-2023-117\"") != std::string::npos);
  CHECK(json.find("\"date\":\"2023-03-31\"}") != std::string::npos);  // on the evidence
  std::string graphml = read_file(dir / "g.graphml");
  CHECK(graphml.find(">kz-2023-117<") != std::string::npos);
  CHECK(graphml.find(">2023-03-31<") != std::string::npos);
  CHECK(valid_xml(dir / "g.graphml"));
}

TEST_CASE("Every bad JSONL line is reported with its line number; --strict refuses the file",
          "[cli][jsonl]") {
  TempDir dir("kg-jsonl-bad");
  fs::path in = dir / "bad.jsonl";
  write_file(in, "{\"id\":\"ok\",\"text\":" + json_string(kMeetingText) + "}\n"
                 "{\"id\":\"broken\",\"text\":\n"
                 "\n"
                 "{\"id\":\"nodate\",\"text\":\"x\",\"date\":\"March 31\"}\n"
                 "{\"text\":\"no id\"}\n"
                 "{\"id\":\"ok\",\"text\":\"again\"}\n");
  auto r = build(in, dir / "g.json", "-q");
  CHECK(r.exit_code == 0);
  std::string p = "kgraph: warning: " + in.string();
  CHECK(r.err == p + ":2:23: malformed JSON: Invalid value; line skipped\n" +
                     p + ":4:1: \"date\" must be YYYY-MM-DD, not \"March 31\"; line skipped\n" +
                     p + ":5:1: missing \"id\"; line skipped\n" +
                     p + ":6:1: duplicate id \"ok\" (first on line 1); line skipped\n");
  CHECK(read_file(dir / "g.json").find("\"id\":\"ok\"") != std::string::npos);

  auto strict = build(in, dir / "s.json", "-q --strict");
  CHECK(strict.exit_code == 2);
  CHECK(strict.err == "kgraph: error: " + in.string() + ":2:23: malformed JSON: Invalid value (--strict)\n");
  CHECK_FALSE(fs::exists(dir / "s.json"));
}

TEST_CASE("a graph named by --into without a documents file beside it is refused", "[cli][into]") {
  TempDir dir("kg-into-bare");
  write_file(dir / "a.txt", kMeetingText);
  REQUIRE(build(dir / "a.txt", dir / "g.json", "-q").exit_code == 0);
  std::string before = read_file(dir / "g.json");
  auto r = kgraph("build " + quoted(dir / "a.txt") + " --into " + quoted(dir / "g.json"));
  CHECK(r.exit_code == 2);
  CHECK(r.err.find("kgraph: error: " + (dir / "g.json").string() + ": the graph has no documents file") == 0);
  CHECK(read_file(dir / "g.json") == before);
  CHECK(kgraph("build " + quoted(dir / "a.txt") + " --into " + quoted(dir / "g.graphml")).exit_code == 2);
  CHECK(kgraph("build " + quoted(dir / "a.txt")).exit_code == 2);  // no output at all
}

}  // namespace kg::test
