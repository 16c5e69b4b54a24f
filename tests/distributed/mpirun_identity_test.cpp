// mpirun -n 1..4 kgraph build: every output byte-identical to a one-process build (issue 15).
#include <algorithm>
#include <fstream>

#include "mpirun_support.h"

namespace kg::test {
namespace {

// JSON string escaping for the generated texts (ASCII with newlines and quotes).
std::string json_string(const std::string& text) {
  std::string out = "\"";
  for (char c : text) {
    if (c == '"' || c == '\\') (out += '\\') += c;
    else if (c == '\n') out += "\\n";
    else out += c;
  }
  return out + "\"";
}

// The stories of one kg_news_synth file (it writes several a file, apart by two blank lines).
std::vector<std::string> stories(const std::string& text) {
  std::vector<std::string> out;
  for (std::size_t at = 0; at < text.size();) {
    std::size_t end = text.find("\n\n\n", at);
    if (end == std::string::npos) end = text.size();
    if (end > at) out.push_back(text.substr(at, end - at) + "\n");
    at = end + 3;
  }
  return out;
}

// A few thousand generated stories: those of the first half of kg_news_synth's files one text
// file each, the rest as one JSON Lines file (that ranks cut by byte ranges) with bad lines
// whose warnings must carry their line number in the whole file.
std::size_t make_synth_corpus(const std::filesystem::path& dir) {
  REQUIRE(run(shell_quote(KG_NEWS_SYNTH) + " " + shell_quote((dir / "gen").string()) + " 3 15").exit_code == 0);
  std::vector<std::filesystem::path> files;
  for (const auto& e : std::filesystem::recursive_directory_iterator(dir / "gen"))
    if (e.is_regular_file()) files.push_back(e.path());
  std::sort(files.begin(), files.end());
  std::filesystem::create_directories(dir / "texts");
  std::filesystem::create_directories(dir / "lines");
  std::ofstream jsonl(dir / "lines" / "articles.jsonl", std::ios::binary);
  std::size_t documents = 0;
  for (std::size_t f = 0; f < files.size(); ++f) {
    auto parts = stories(read_file(files[f]));
    for (std::size_t k = 0; k < parts.size(); ++k, ++documents) {
      std::string id = files[f].stem().string();
      (id += '_') += std::to_string(k);
      if (f < files.size() / 2) {
        write_file(dir / "texts" / (id + ".txt"), parts[k]);
        continue;
      }
      if (documents % 500 == 0) jsonl << "{\"id\": \"broken\", \"text\": 12}\n";
      jsonl << "{\"id\": \"j" << id << "\", \"text\": " << json_string(parts[k]) << ", \"source\": \"synth\"}\n";
    }
  }
  return documents;
}

}  // namespace

TEST_CASE("mpirun -n 1 to 4 builds the seeds and the samples as one process does", "[distributed][mpirun]") {
  check_same_as_one_process(shell_quote((shared_dir() / "seeds").string()) + " " +
                            shell_quote((source_dir() / "samples").string()));
}

TEST_CASE("mpirun -n 1 to 4 builds the dev set as one process does", "[distributed][mpirun]") {
  check_same_as_one_process(shell_quote((shared_dir() / "dev").string()));
}

// With only the graph file and GraphML among the outputs, rank 0 keeps its nodes on disk
// (cli/distributed_node_spill.h) and writes them from there.
TEST_CASE("mpirun -n 1 to 4 writes the graph file and GraphML with its nodes on disk as one process does",
          "[distributed][mpirun]") {
  check_same_as_one_process(shell_quote((shared_dir() / "dev").string()) + " " +
                                shell_quote((source_dir() / "samples").string()),
                            "", {".json", ".graphml"});
}

TEST_CASE("mpirun -n 1 to 4 builds thousands of generated texts and JSON Lines as one process does",
          "[distributed][mpirun]") {
  TempDir corpus("kg-mpi-synth");
  REQUIRE(make_synth_corpus(corpus.path()) > 2000);
  check_same_as_one_process(shell_quote((corpus / "texts").string()) + " " + shell_quote((corpus / "lines").string()));
}

// Builds samples/ into a store, then adds the seeds and samples/ again (every document repeated)
// with `ranks` kgraph processes; returns the store's and the graph file's bytes and the warnings.
std::vector<std::string> add_to_store(const TempDir& dir, int ranks) {
  auto store = dir / (std::to_string(ranks) + ".kgdb");
  auto graph = dir / (std::to_string(ranks) + ".json");
  const std::string samples = shell_quote((source_dir() / "samples").string());
  REQUIRE(run(kgraph_on(0) + " build " + samples + " -o " + shell_quote(store.string()) + " -q").exit_code == 0);
  RunResult r = run(kgraph_on(ranks) + " build " + shell_quote((shared_dir() / "seeds").string()) + " " + samples +
                    " --into " + shell_quote(store.string()) + " -o " + shell_quote(graph.string()));
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
  auto warnings = lines_starting(r.err, "kgraph: warning:");
  CHECK(warnings.size() > 10);  // every sample is already in the store
  std::string joined;
  for (auto& w : warnings) {
    if (auto at = w.find(store.string()); at != std::string::npos) w.replace(at, store.string().size(), "STORE");
    (joined += w) += '\n';
  }
  return {read_file(store), read_file(graph), joined};
}

TEST_CASE("mpirun -n 2 and 3 add documents to a store as one process does", "[distributed][mpirun]") {
  TempDir dir("kg-mpi-into");
  auto one = add_to_store(dir, 0);
  for (int ranks : {2, 3}) {
    CAPTURE(ranks);
    auto many = add_to_store(dir, ranks);
    CHECK((many[0] == one[0]));
    CHECK((many[1] == one[1]));
    CHECK(many[2] == one[2]);
  }
}

}  // namespace kg::test
