#pragma once
// Each kgraph subcommand lives in its own file and registers itself with the CLI11 app.
// A command's runner returns the process exit code: 0 success, 1 no result, 2 bad input
// or usage (bad input is usually reported by throwing kg::InputError, which main() prints).
#include <functional>
#include <utility>

#include <CLI/CLI.hpp>

namespace kg::cli {

using Runner = std::function<int()>;
using Command = std::pair<CLI::App*, Runner>;

Command add_build_command(CLI::App& app);
Command add_path_command(CLI::App& app);
Command add_neighbors_command(CLI::App& app);
Command add_subgraph_command(CLI::App& app);
Command add_stats_command(CLI::App& app);
Command add_eval_command(CLI::App& app);
Command add_export_command(CLI::App& app);
Command add_train_command(CLI::App& app);

}  // namespace kg::cli
