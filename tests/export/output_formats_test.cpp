// The -o format registry (cli/output_formats.cpp), unit and end to end through kgraph.
#include "cli/output_formats.h"

#include <catch2/catch.hpp>

#include "consumers.h"
#include "extract/input_error.h"
#include "sample_graphs.h"

namespace fs = std::filesystem;

TEST_CASE("-o lists every format", "[export][output_formats]") {
  CHECK(kg::cli::known_output_extensions() == ".graphml, .gexf, .dot, .svg, .png, .csv, .json, .kgdb");
}

TEST_CASE("-o with .csv names a nodes and a relationships file", "[export][output_formats]") {
  using V = std::vector<fs::path>;
  CHECK(kg::cli::output_files("out/g.csv") == V{"out/g.nodes.csv", "out/g.relationships.csv"});
  CHECK(kg::cli::output_files("g.nodes.csv") == V{"g.nodes.csv", "g.relationships.csv"});
  CHECK(kg::cli::output_files("g.relationships.CSV") == V{"g.nodes.CSV", "g.relationships.CSV"});
  CHECK(kg::cli::output_files("g.graphml") == V{"g.graphml"});
}

TEST_CASE("-o rejects an unknown extension", "[export][output_formats]") {
  CHECK_THROWS_AS(kg::cli::check_output_path("g.xlsx"), kg::InputError);
  CHECK_NOTHROW(kg::cli::check_output_path("G.GraphML"));
}

TEST_CASE("write_output writes every format, the CSV pair included", "[export][output_formats]") {
  kg::test::TempDir dir("kg-out");
  auto graph = kg::test::hostile_graph();
  for (const char* name : {"g.graphml", "g.gexf", "g.dot", "g.json", "g.csv"}) {
    CAPTURE(name);
    kg::cli::write_output(dir / name, graph);
    for (const auto& file : kg::cli::output_files(dir / name)) CHECK(fs::file_size(file) > 0);
  }
  CHECK(kg::test::read_file(dir / "g.nodes.csv").rfind("id:ID,", 0) == 0);
  CHECK(kg::test::read_file(dir / "g.relationships.csv").rfind(":START_ID,", 0) == 0);
  if (kg::test::dot().empty()) return;
  kg::cli::write_output(dir / "g.svg", graph);
  CHECK(kg::test::read_file(dir / "g.svg").find("<svg") != std::string::npos);
}

TEST_CASE("kgraph build writes GEXF, CSV and SVG outputs", "[export][output_formats][cli]") {
  kg::test::TempDir dir("kg-build");
  kg::test::write_file(dir / "news.txt", "Foreign Minister Sergei Lavrov met Antony Blinken in Geneva.\n");
  std::string command = kg::test::shell_quote(kg::test::kgraph_binary()) + " build -q " +
                        kg::test::shell_quote((dir / "news.txt").string());
  for (const char* name : {"g.gexf", "g.csv", "g.svg"}) command += " -o " + kg::test::shell_quote((dir / name).string());
  auto result = kg::test::run(command);
  INFO(result.err);
  REQUIRE(result.exit_code == 0);
  CHECK(fs::exists(dir / "g.gexf"));
  CHECK(fs::exists(dir / "g.nodes.csv"));
  CHECK(fs::exists(dir / "g.relationships.csv"));
  CHECK_FALSE(fs::exists(dir / "g.csv"));
  CHECK(fs::exists(dir / "g.svg"));
}

TEST_CASE("kgraph build names the format it does not know", "[export][output_formats][cli]") {
  kg::test::TempDir dir("kg-build");
  kg::test::write_file(dir / "news.txt", "Nothing here.\n");
  auto result = kg::test::run(kg::test::shell_quote(kg::test::kgraph_binary()) + " build -q " +
                              kg::test::shell_quote((dir / "news.txt").string()) + " -o " +
                              kg::test::shell_quote((dir / "g.xlsx").string()));
  CHECK(result.exit_code == 2);
  CHECK(result.err.find("unknown output format (expected .graphml, .gexf, .dot, .svg, .png, .csv, .json, .kgdb)") !=
        std::string::npos);
}
