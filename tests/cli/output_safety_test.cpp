// Outputs are all or nothing: a run that cannot write every output exits non-zero, prints
// no summary, and leaves every existing output as it was; what it writes is always valid.
#include <catch2/catch.hpp>

#include <sys/stat.h>
#include <unistd.h>

#include "cli_support.h"
#include "graph/graph_json.h"

namespace {

using namespace kg::test;
namespace fs = std::filesystem;

// Names of the files in `dir`, temp files included.
std::string listing(const fs::path& dir) {
  std::vector<std::string> names;
  for (const auto& e : fs::directory_iterator(dir)) names.push_back(e.path().filename().string());
  std::sort(names.begin(), names.end());
  std::string out;
  for (const auto& n : names) out += n + " ";
  return out;
}

bool has_summary(const std::string& err) { return err.find(" documents, ") != std::string::npos; }

}  // namespace

TEST_CASE("every output format is valid for its consumer, whatever the input bytes", "[cli][output]") {
  TempDir dir("kg-cli");
  write_file(dir / "in.txt", "Foreign Minister Mukh\x01tar \"Tile<uberdi>\" & \xEF\xBF\xBE met Turkish Foreign "
                             "Minister Mevlut\xFF Cavusoglu {graph} in Ast\xED\xA0\x80" "ana.\n" + kMeetingText);
  auto r = kgraph("build " + quoted(dir / "in.txt") + " -o " + quoted(dir / "g.json") + " -o " +
                  quoted(dir / "g.graphml") + " -o " + quoted(dir / "g.gexf") + " -o " + quoted(dir / "g.dot") +
                  " -o " + quoted(dir / "g.csv") + " --quiet");
  REQUIRE(r.exit_code == 0);
  CHECK(valid_json(dir / "g.json"));
  CHECK(valid_xml(dir / "g.graphml"));
  CHECK(valid_xml(dir / "g.gexf"));
  CHECK(valid_dot(dir / "g.dot"));
  CHECK(fs::file_size(dir / "g.nodes.csv") > 0);
  CHECK(fs::file_size(dir / "g.relationships.csv") > 0);
  CHECK(kg::load_graph_json(dir / "g.json").node_count() > 0);
}

TEST_CASE("a write that fails part way leaves every old output intact", "[cli][output]") {
  TempDir dir("kg-cli");
  write_file(dir / "in.txt", kMeetingText);
  // Sizes of the two outputs, to put a file size limit between them.
  fs::create_directory(dir / "sizes");
  REQUIRE(build(dir / "in.txt", dir / "sizes" / "g.dot", "-o " + quoted(dir / "sizes" / "g.graphml") + " -q")
              .exit_code == 0);
  const auto blocks = fs::file_size(dir / "sizes" / "g.dot") / 512 + 1;  // dash counts 512 bytes, bash 1024
  REQUIRE(fs::file_size(dir / "sizes" / "g.graphml") > blocks * 1024);
  fs::remove_all(dir / "sizes");
  write_file(dir / "g.dot", "old dot");
  write_file(dir / "g.graphml", "old graphml");
  // The shell ignores SIGXFSZ, so a write past `ulimit -f` fails with EFBIG, as it would on a
  // full disk: the DOT file is staged, the larger GraphML file is not.
  auto r = run("(trap '' XFSZ; ulimit -f " + std::to_string(blocks) + "; exec " + shell_quote(kgraph_binary()) +
               " build " + quoted(dir / "in.txt") + " -o " + quoted(dir / "g.dot") + " -o " +
               quoted(dir / "g.graphml") + ")");
  CHECK(r.exit_code == 2);
  CHECK(r.err.rfind("kgraph: error: " + (dir / "g.graphml").string() + ": file too large (", 0) == 0);
  CHECK_FALSE(has_summary(r.err));
  CHECK(read_file(dir / "g.dot") == "old dot");
  CHECK(read_file(dir / "g.graphml") == "old graphml");
  CHECK(listing(dir.path()) == "g.dot g.graphml in.txt ");  // no temp file left behind
}

TEST_CASE("outputs that cannot be written are refused before any work", "[cli][output]") {
  TempDir dir("kg-cli");
  write_file(dir / "in.txt", kMeetingText);
  fs::create_directory(dir / "taken.json");
  fs::create_symlink("/dev/full", dir / "full.json");
  const std::filesystem::path base = dir.path();  // GENERATE_COPY must not copy the TempDir
  auto [output, message] = GENERATE_COPY(table<std::string, std::string>({
      {(base / "taken.json").string(), "output path is a directory"},
      {(base / "full.json").string(), "output path exists and is not a regular file"},
      {(base / "missing" / "g.json").string(), "output directory does not exist"},
      {(base / "g.txt").string(), "unknown output format (expected .graphml, .gexf, .dot, .svg, .png, .csv, .json, .kgdb)"},
  }));
  auto r = build(dir / "in.txt", output);
  CHECK(r.exit_code == 2);
  CHECK(r.err == "kgraph: error: " + output + ": " + message + "\n");
  CHECK(listing(dir.path()) == "full.json in.txt taken.json ");
}

TEST_CASE("an output in a directory that refuses new files is an error", "[cli][output]") {
  TempDir dir("kg-cli");
  write_file(dir / "in.txt", kMeetingText);
  fs::path target;
  if (::geteuid() == 0) {
    target = "/proc/kgraph-test.json";  // root may write anywhere, but nobody creates files in /proc
  } else {
    fs::create_directory(dir / "ro");
    ::chmod((dir / "ro").c_str(), 0555);
    target = dir / "ro" / "g.json";
  }
  auto r = build(dir / "in.txt", target);
  CHECK(r.exit_code == 2);
  CHECK(r.err.rfind("kgraph: error: " + target.string() + ": cannot ", 0) == 0);
  CHECK_FALSE(has_summary(r.err));
  CHECK_FALSE(fs::exists(target));
}

TEST_CASE("an output that is an input, or one file named twice, is refused", "[cli][output]") {
  TempDir dir("kg-cli");
  write_file(dir / "g.nodes.csv", kMeetingText);  // a text input that happens to have this name
  write_file(dir / "in.txt", kMeetingText);
  const std::string in = quoted(dir / "in.txt");
  const std::filesystem::path base = dir.path();  // GENERATE_COPY must not copy the TempDir
  auto [args, message] = GENERATE_COPY(table<std::string, std::string>({
      {quoted(base / "g.nodes.csv") + " -o " + quoted(base / "g.csv"),
       (base / "g.nodes.csv").string() + ": output would overwrite the input " + (base / "g.nodes.csv").string()},
      {in + " -o " + quoted(base / "a.json") + " -o " + quoted(base / "." / "a.json"),
       (base / "." / "a.json").string() + ": the same output file is named twice (by -o " + (base / "a.json").string() +
           " and -o " + (base / "." / "a.json").string() + ")"},
      {in + " -o " + quoted(base / "x.csv") + " -o " + quoted(base / "x.relationships.csv"),
       (base / "x.nodes.csv").string() + ": the same output file is named twice (by -o " + (base / "x.csv").string() +
           " and -o " + (base / "x.relationships.csv").string() + ")"},
  }));
  auto r = kgraph("build " + args);
  CHECK(r.exit_code == 2);
  CHECK(r.err == "kgraph: error: " + message + "\n");
  CHECK(read_file(dir / "g.nodes.csv") == kMeetingText);
  CHECK(listing(dir.path()) == "g.nodes.csv in.txt ");
}

TEST_CASE("an answer that cannot be written to stdout is an error", "[cli][output]") {
  TempDir dir("kg-cli");
  write_file(dir / "in.txt", kMeetingText);
  REQUIRE(build(dir / "in.txt", dir / "g.json", "--quiet").exit_code == 0);
  std::string command = "(";  // appended: GCC 12 misreads `"(" + std::string` (-Wrestrict)
  command += shell_quote(kgraph_binary()) + " stats " + quoted(dir / "g.json") + " >/dev/full)";
  auto r = run(command);
  CHECK(r.exit_code == 2);
  CHECK(r.err == "kgraph: error: cannot write to standard output\n");
}
