// kgraph: the command-line front end. Parses arguments, dispatches to one command, and is
// the one place that turns exceptions into "kgraph: error: ..." and an exit code.
#include <csignal>
#include <cstdio>
#include <exception>
#include <iostream>
#include <new>
#include <stdexcept>
#include <vector>

#include "cli/command.h"
#include "cli/version.h"
#include "extract/input_error.h"
#include "extract/text_check.h"

int main(int argc, char** argv) {
  // Past a file-size limit (ulimit -f, a quota) a write then fails with EFBIG and is reported
  // like a full disk, temp files removed, instead of SIGXFSZ killing kgraph mid-write.
  std::signal(SIGXFSZ, SIG_IGN);
  CLI::App app{"kgraph builds knowledge graphs of officials, organizations, places and meetings\n"
               "from English news text, with the evidence for every fact.",
               "kgraph"};
  app.set_version_flag("--version", std::string("kgraph ") + kg::cli::kVersion);
  app.require_subcommand(1);
  app.fallthrough(false);

  std::vector<kg::cli::Command> commands{
      kg::cli::add_build_command(app),
      kg::cli::add_path_command(app),
      kg::cli::add_neighbors_command(app),
      kg::cli::add_subgraph_command(app),
      kg::cli::add_stats_command(app),
      kg::cli::add_eval_command(app),
      kg::cli::add_export_command(app),
      kg::cli::add_train_command(app),
  };

  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    std::cerr << "kgraph: error: " << kg::repair_utf8(e.what()) << "\n"
              << "Run 'kgraph --help' for usage.\n";
    return 2;
  }

  try {
    for (auto& [sub, run] : commands)
      if (sub->parsed()) {
        int code = run();
        // An answer that did not reach its reader (stdout on a full disk, a closed pipe) is no answer.
        if (!std::cout.flush()) throw std::runtime_error("cannot write to standard output");
        return code;
      }
  } catch (const kg::InputError& e) {
    std::cerr << "kgraph: error: " << kg::repair_utf8(e.located()) << "\n";
    return 2;
  } catch (const std::bad_alloc&) {
    std::cerr << "kgraph: error: out of memory\n";
    return 2;
  } catch (const std::exception& e) {
    std::cerr << "kgraph: error: " << kg::repair_utf8(e.what()) << "\n";
    return 2;
  }
  return 2;
}
