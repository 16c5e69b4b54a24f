// Input as people keep it (issue 16): gzip'ed JSON Lines read directly with the same
// line/column errors as plain ones, JSON Lines on stdin, directories that hold JSON Lines,
// and a truncated or corrupt gzip file refused at its byte offset.
#include <catch2/catch.hpp>

#include "cli_support.h"
#include "graph/graph_json.h"

namespace kg::test {
namespace {

namespace fs = std::filesystem;

const std::string kLines =
    "{\"id\":\"kz-1\",\"date\":\"2023-03-31\",\"text\":\"Foreign Minister Mukhtar Tileuberdi met Turkish Foreign "
    "Minister Mevlut Cavusoglu in Astana.\"}\n"
    "{\"id\":\"kz-2\",\"text\":\"Prime Minister Alder Quist visited Tashkent.\"}\n";

// `gzip -n` of `plain` into `plain.gz`; returns the new path.
fs::path gzip(const fs::path& plain) {
  REQUIRE(run("gzip -nkf " + quoted(plain)).exit_code == 0);
  return plain.string() + ".gz";
}

}  // namespace

TEST_CASE("a .jsonl.gz or .ndjson.gz file gives the graph of the plain file", "[cli][input][gzip]") {
  TempDir dir("kg-cli");
  auto name = GENERATE(std::string("news.jsonl"), std::string("news.ndjson"));
  write_file(dir / name, kLines);
  const fs::path compressed = gzip(dir / name);
  REQUIRE(build(dir / name, dir / "plain.json", "-q").exit_code == 0);
  auto r = build(compressed, dir / "gz.json", "-q");
  CHECK(r.exit_code == 0);
  CHECK(r.err.empty());
  CHECK(read_file(dir / "gz.json") == read_file(dir / "plain.json"));
  CHECK(kg::load_graph_json(dir / "gz.json").documents().size() == 2);
}

TEST_CASE("a bad line in a .jsonl.gz file is reported at its line and column", "[cli][input][gzip]") {
  TempDir dir("kg-cli");
  write_file(dir / "news.jsonl", kLines + "{\"id\":\"kz-3\",\"text\":7}\n{\"id\":\"kz-4\" \"text\":\"x\"}\n");
  const fs::path compressed = gzip(dir / "news.jsonl");
  auto r = build(compressed, dir / "g.json", "-q");
  CHECK(r.exit_code == 0);
  CHECK(r.err == "kgraph: warning: " + compressed.string() + ":3:1: \"text\" must be a string; line skipped\n" +
                     "kgraph: warning: " + compressed.string() +
                     ":4:14: malformed JSON: Missing a comma or '}' after an object member; line skipped\n");
  r = build(compressed, dir / "g.json", "--strict");
  CHECK(r.exit_code == 2);
  CHECK(r.err == "kgraph: error: " + compressed.string() + ":3:1: \"text\" must be a string (--strict)\n");
}

TEST_CASE("a truncated or corrupt gzip file is refused at its byte offset, no output written", "[cli][input][gzip]") {
  TempDir dir("kg-cli");
  write_file(dir / "news.jsonl", kLines);
  const std::string compressed = read_file(gzip(dir / "news.jsonl"));
  const std::size_t size = compressed.size();
  auto [bytes, expected] = GENERATE_COPY(table<std::string, std::string>({
      {compressed.substr(0, size / 2), "byte " + std::to_string(size / 2) +
                                           ": truncated gzip data: the stream ends before its end (an incomplete "
                                           "download or copy?)"},
      {compressed.substr(0, size - 8) + "\xAA\xAA\xAA\xAA" + compressed.substr(size - 4),
       "byte " + std::to_string(size - 4) + ": corrupt gzip data (zlib: incorrect data check)"},
      {"", "byte 0: truncated gzip data: the file is empty"},
  }));
  write_file(dir / "bad.jsonl.gz", bytes);
  auto r = build(dir / "bad.jsonl.gz", dir / "g.json");
  CHECK(r.exit_code == 2);
  CHECK(r.err == "kgraph: error: " + (dir / "bad.jsonl.gz").string() + ": " + expected + "\n");
  CHECK_FALSE(fs::exists(dir / "g.json"));
}

TEST_CASE("a gzip file that expands beyond --max-input-bytes is refused", "[cli][input][gzip]") {
  TempDir dir("kg-cli");
  write_file(dir / "news.jsonl", kLines + std::string(100000, '\n'));
  const fs::path compressed = gzip(dir / "news.jsonl");
  REQUIRE(fs::file_size(compressed) < 50000);
  auto r = build(compressed, dir / "g.json", "--max-input-bytes 50000");
  CHECK(r.exit_code == 2);
  CHECK(r.err == "kgraph: error: " + compressed.string() +
                     ": the input decompresses to more than the limit of 50000 bytes (--max-input-bytes)\n");
}

TEST_CASE("a gzip'ed text file is one document named without .txt.gz", "[cli][input][gzip]") {
  TempDir dir("kg-cli");
  write_file(dir / "brief.txt", kMeetingText);
  auto r = build(gzip(dir / "brief.txt"), dir / "g.json", "-q");
  CHECK(r.exit_code == 0);
  CHECK(kg::load_graph_json(dir / "g.json").documents().at(0).id == "brief");
}

TEST_CASE("JSON Lines on stdin: with --stdin-format jsonl, told by the first byte, or gzip'ed", "[cli][input][stdin]") {
  TempDir dir("kg-cli");
  write_file(dir / "news.jsonl", "\xEF\xBB\xBF  " + kLines + "{\"id\":\"kz-3\"}\n");
  const fs::path compressed = gzip(dir / "news.jsonl");
  auto [input, format] = GENERATE(table<std::string, std::string>({
      {"news.jsonl", ""},
      {"news.jsonl", "--stdin-format jsonl"},
      {"news.jsonl.gz", ""},
      {"news.jsonl.gz", "--stdin-format jsonl"},
  }));
  CAPTURE(input, format);
  auto r = kgraph_with_stdin("build - -o " + quoted(dir / "g.json") + " -q " + format, dir / input);
  CHECK(r.exit_code == 0);
  CHECK(r.err == "kgraph: warning: <stdin>:3:1: missing \"text\"; line skipped\n");
  auto graph = kg::load_graph_json(dir / "g.json");
  REQUIRE(graph.documents().size() == 2);
  CHECK(graph.documents()[0].id == "kz-1");
  CHECK(graph.documents()[0].date == "2023-03-31");
}

TEST_CASE("text on stdin stays one document, and with --stdin-format text even one that starts with a brace",
          "[cli][input][stdin]") {
  TempDir dir("kg-cli");
  write_file(dir / "brief.txt", kMeetingText);
  write_file(dir / "braced.txt", "{Draft} " + kMeetingText);
  auto [input, format] = GENERATE(table<std::string, std::string>({
      {"brief.txt", ""},
      {"brief.txt", "--stdin-format text"},
      {"braced.txt", "--stdin-format text"},
  }));
  CAPTURE(input, format);
  auto r = kgraph_with_stdin("build - -o " + quoted(dir / "g.json") + " -q " + format, dir / input);
  CHECK(r.exit_code == 0);
  CHECK(r.err.empty());
  auto graph = kg::load_graph_json(dir / "g.json");
  REQUIRE(graph.documents().size() == 1);
  CHECK(graph.documents()[0].id == "stdin");
}

TEST_CASE("a --stdin-format other than auto, text or jsonl is a usage error", "[cli][input][stdin]") {
  TempDir dir("kg-cli");
  auto r = kgraph("build - -o " + quoted(dir / "g.json") + " --stdin-format csv");
  CHECK(r.exit_code == 2);
  CHECK(r.err.find("--stdin-format") != std::string::npos);
}

TEST_CASE("a directory input takes its *.txt, *.jsonl and *.jsonl.gz files below it in sorted order",
          "[cli][input][gzip]") {
  TempDir dir("kg-cli");
  fs::create_directories(dir / "in" / "2023");
  write_file(dir / "in" / "a.txt", kMeetingText);
  write_file(dir / "in" / "2023" / "b.jsonl", kLines);
  // c repeats kz-2: in sorted order b comes first, so c's line is the one skipped.
  write_file(dir / "in" / "2023" / "c.jsonl",
             "{\"id\":\"kz-2\",\"text\":\"Other text.\"}\n{\"id\":\"kz-5\",\"text\":\"Minister Alder Quist spoke.\"}\n");
  gzip(dir / "in" / "2023" / "c.jsonl");
  fs::remove(dir / "in" / "2023" / "c.jsonl");
  write_file(dir / "in" / "notes.md", kMeetingText);
  write_file(dir / "in" / "d.json", kLines);
  auto r = build(dir / "in", dir / "g.json", "-q");
  CHECK(r.exit_code == 0);
  CHECK(r.err == "kgraph: warning: " + (dir / "in" / "2023" / "c.jsonl.gz").string() +
                     ":1: document \"kz-2\" is already read from " + (dir / "in" / "2023" / "b.jsonl").string() +
                     ":2 with other content; skipped (the first one is kept)\n");
  std::vector<std::string> ids;
  const auto graph = kg::load_graph_json(dir / "g.json");
  for (const auto& doc : graph.documents()) ids.push_back(doc.id);
  CHECK(ids == std::vector<std::string>{"a", "kz-1", "kz-2", "kz-5"});
}

}  // namespace kg::test
