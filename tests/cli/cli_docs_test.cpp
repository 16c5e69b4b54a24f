// docs/cli.md documents every subcommand and every option that `kgraph <cmd> --help` shows.
#include <catch2/catch.hpp>

#include <regex>
#include <set>
#include <sstream>

#include "cli_support.h"

namespace kg::test {
namespace {

// Long options ("--max-hops") on the option lines of a --help text.
std::set<std::string> long_options(const std::string& help) {
  static const std::regex option(R"((^|[ ,])(--[a-z][a-z0-9-]*))");
  std::set<std::string> found;
  std::istringstream lines(help);
  for (std::string line; std::getline(lines, line);) {
    if (line.rfind("  -", 0) != 0) continue;
    for (std::sregex_iterator it(line.begin(), line.end(), option), end; it != end; ++it) found.insert((*it)[2]);
  }
  return found;
}

// Subcommand names listed under "Subcommands:" in `kgraph --help`.
std::vector<std::string> subcommands(const std::string& help) {
  std::vector<std::string> names;
  std::istringstream lines(help);
  bool in_list = false;
  for (std::string line; std::getline(lines, line);) {
    if (line == "Subcommands:") in_list = true;
    else if (in_list && line.rfind("  ", 0) == 0 && line.size() > 2 && line[2] != ' ')
      names.push_back(line.substr(2, line.find(' ', 2) - 2));
    else if (in_list && !line.empty() && line[0] != ' ') in_list = false;
  }
  return names;
}

}  // namespace

TEST_CASE("docs/cli.md names every subcommand and option of kgraph --help", "[cli][docs]") {
  std::string docs = read_file(source_dir() / "docs" / "cli.md");
  REQUIRE_FALSE(docs.empty());
  RunResult top = kgraph("--help");
  REQUIRE(top.exit_code == 0);
  auto names = subcommands(top.out);
  CHECK(names.size() >= 6);
  for (const auto& option : long_options(top.out)) {
    CAPTURE(option);
    CHECK(docs.find("`" + option) != std::string::npos);
  }
  for (const auto& name : names) {
    CAPTURE(name);
    CHECK(docs.find("## kgraph " + name + "\n") != std::string::npos);
    RunResult help = kgraph(name + " --help");
    REQUIRE(help.exit_code == 0);
    auto options = long_options(help.out);
    CHECK(options.count("--help") == 1);
    // Each option is documented in its own subcommand's section.
    std::size_t begin = docs.find("## kgraph " + name + "\n");
    std::size_t end = docs.find("\n## ", begin + 1);
    std::string section = begin == std::string::npos ? "" : docs.substr(begin, end - begin);
    for (const auto& option : options) {
      if (option == "--help") continue;
      CAPTURE(option);
      CHECK(section.find("`" + option) != std::string::npos);
    }
  }
}

}  // namespace kg::test
