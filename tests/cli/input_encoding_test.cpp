// How kgraph build treats the bytes of an input: ill-formed UTF-8, BOMs, line ends, control
// characters, UTF-16 and binary data.
#include <catch2/catch.hpp>

#include "cli_support.h"
#include "graph/graph_json.h"

namespace {

using namespace kg::test;

// Every name in a graph file written for `text`.
std::string built_labels(const TempDir& dir, const std::string& text, kg::test::RunResult* result = nullptr) {
  write_file(dir / "in.txt", text);
  auto r = build(dir / "in.txt", dir / "g.json", "--quiet");
  if (result) *result = r;
  REQUIRE(r.exit_code == 0);
  REQUIRE(valid_json(dir / "g.json"));
  auto graph = kg::load_graph_json(dir / "g.json");
  std::string labels;
  for (kg::NodeId n = 0; n < graph.node_count(); ++n) labels += graph.node(n).label + "|";
  return labels;
}

}  // namespace

TEST_CASE("invalid UTF-8 is replaced and reported with file, byte offset and count", "[cli][input]") {
  TempDir dir("kg-cli");
  // "\xC3" alone, "\xE2\x82" truncated (one maximal subpart), "\xFF": three sequences.
  std::string text = "Foreign Minister Mukhtar Tileuberdi\xC3 met Turkish Foreign Minister \xE2\x82 Mevlut "
                     "Cavusoglu \xFF in Astana.\n";
  kg::test::RunResult r;
  built_labels(dir, text, &r);
  const auto file = (dir / "in.txt").string();
  CHECK(r.err == "kgraph: warning: " + file + ": byte 35: invalid UTF-8: 3 ill-formed sequences, the first at "
                 "this offset; replaced by U+FFFD\n");
  auto graph = kg::load_graph_json(dir / "g.json");
  CHECK(graph.node_count() > 0);
}

TEST_CASE("under --strict, invalid UTF-8 is refused with exit 2 and nothing is written", "[cli][input]") {
  TempDir dir("kg-cli");
  write_file(dir / "in.txt", kMeetingText + "caf\xE9\n");
  auto r = build(dir / "in.txt", dir / "g.json", "--strict");
  CHECK(r.exit_code == 2);
  CHECK(r.err == "kgraph: error: " + (dir / "in.txt").string() + ": byte " + std::to_string(kMeetingText.size() + 3) +
                     ": invalid UTF-8: 1 ill-formed sequence, the first at this offset (--strict)\n");
  CHECK_FALSE(std::filesystem::exists(dir / "g.json"));
}

TEST_CASE("a UTF-8 byte order mark and CRLF or CR line ends read like plain LF text", "[cli][input]") {
  TempDir dir("kg-cli");
  std::string plain = kMeetingText + "Cavusoglu thanked Tileuberdi.\n";
  std::string expected = built_labels(dir, plain);
  std::string crlf, cr;
  for (char c : plain) {
    crlf += c == '\n' ? std::string("\r\n") : std::string(1, c);
    cr += c == '\n' ? '\r' : c;
  }
  auto [variant, text] = GENERATE_COPY(table<std::string, std::string>({
      {"BOM", "\xEF\xBB\xBF" + plain},
      {"CRLF", crlf},
      {"CR only", cr},
      {"BOM and CRLF", "\xEF\xBB\xBF" + crlf},
  }));
  INFO(variant);
  kg::test::RunResult r;
  CHECK(built_labels(dir, text, &r) == expected);
  CHECK(r.err.empty());
  CHECK(expected.find("Cavusoglu") != std::string::npos);
}

TEST_CASE("NUL and control characters never reach a name", "[cli][input]") {
  TempDir dir("kg-cli");
  // Enough plain text around the controls that the file is not taken for binary data.
  std::string text = kMeetingText + kMeetingText + kMeetingText + "Foreign Minister Mukh\x01tar Tileu\x00" "berdi met Turkish Foreign Minister Mevlut\x1B"
                     " Cavu\x7Fsoglu in Ast\xC2\x85" "ana.\n";
  text.insert(text.find("Tileu") + 5, 1, '\0');
  std::string labels = built_labels(dir, text);
  CHECK_FALSE(labels.empty());
  for (unsigned char c : labels) {
    INFO(labels);
    CHECK((c >= 0x20 && c != 0x7F));
  }
  CHECK(labels.find("\xC2\x85") == std::string::npos);
}

TEST_CASE("UTF-16 and UTF-32 input is refused with a clear message", "[cli][input]") {
  TempDir dir("kg-cli");
  std::string le, be;
  for (char c : kMeetingText) {
    le += c, le += '\0';
    be += '\0', be += c;
  }
  auto [bytes, message] = GENERATE_COPY(table<std::string, std::string>({
      {"\xFF\xFE" + le, "byte 0: the file is UTF-16LE (byte order mark); kgraph reads UTF-8: convert it, "
                        "e.g. iconv -f UTF-16 -t UTF-8"},
      {"\xFE\xFF" + be, "byte 0: the file is UTF-16BE (byte order mark); kgraph reads UTF-8: convert it, "
                        "e.g. iconv -f UTF-16 -t UTF-8"},
      {le, "byte 0: the file looks like UTF-16LE text (no byte order mark, NUL in every other byte); kgraph "
           "reads UTF-8: convert it, e.g. iconv -f UTF-16LE -t UTF-8"},
      {be, "byte 0: the file looks like UTF-16BE text (no byte order mark, NUL in every other byte); kgraph "
           "reads UTF-8: convert it, e.g. iconv -f UTF-16BE -t UTF-8"},
      {std::string("\xFF\xFE\0\0", 4) + le + le, "byte 0: the file is UTF-32 (byte order mark); kgraph reads "
                                                 "UTF-8: convert it, e.g. iconv -f UTF-32 -t UTF-8"},
  }));
  write_file(dir / "in.txt", bytes);
  auto r = build(dir / "in.txt", dir / "g.json");
  CHECK(r.exit_code == 2);
  CHECK(r.err == "kgraph: error: " + (dir / "in.txt").string() + ": " + message + "\n");
  CHECK_FALSE(std::filesystem::exists(dir / "g.json"));
}

TEST_CASE("binary files are refused, judged by their first bytes", "[cli][input]") {
  TempDir dir("kg-cli");
  SECTION("a known magic number") {
    write_file(dir / "in.txt", std::string("\x89PNG\r\n\x1A\n\0\0\0\rIHDR", 16));
    auto r = build(dir / "in.txt", dir / "g.json");
    CHECK(r.exit_code == 2);
    CHECK(r.err == "kgraph: error: " + (dir / "in.txt").string() +
                       ": byte 0: the file is a PNG image, not text; kgraph reads UTF-8 text\n");
  }
  SECTION("many control bytes") {
    write_file(dir / "in.txt", "Minister Ali Bako" + std::string(100, '\0') + std::string(1 << 20, '\x02'));
    auto r = build(dir / "in.txt", dir / "g.json");
    CHECK(r.exit_code == 2);
    CHECK(r.err == "kgraph: error: " + (dir / "in.txt").string() + ": byte 17: the file looks binary (8175 control "
                       "bytes in the first 8192, the first is 0x00); kgraph reads UTF-8 text\n");
  }
  CHECK_FALSE(std::filesystem::exists(dir / "g.json"));
}

TEST_CASE("empty and whitespace-only files give an empty graph and a warning", "[cli][input]") {
  TempDir dir("kg-cli");
  auto text = GENERATE(std::string(), std::string(" \n\t\r\n  "), std::string("\xEF\xBB\xBF\n"));
  write_file(dir / "in.txt", text);
  auto r = build(dir / "in.txt", dir / "g.json", "-o " + quoted(dir / "g.graphml") + " --quiet");
  CHECK(r.exit_code == 0);
  CHECK(r.err == "kgraph: warning: " + (dir / "in.txt").string() +
                     ": empty document (nothing but whitespace); it adds nothing\n");
  REQUIRE(valid_json(dir / "g.json"));
  CHECK(kg::load_graph_json(dir / "g.json").node_count() == 0);
  CHECK(valid_xml(dir / "g.graphml"));
}
