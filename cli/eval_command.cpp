// kgraph eval GRAPH.json GOLD.json... [--format text|json] [--details]: score a graph file
// against gold files. The score is a report, not a verdict: exit 0 whenever scoring
// succeeded, however low the figures; 2 on bad input (thrown as kg::InputError).
#include <iostream>
#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

#include "cli/command.h"
#include "cli/eval_cv.h"
#include "cli/graph_loader.h"
#include "eval/gold.h"
#include "eval/report.h"
#include "eval/score.h"
#include "graph/graph_json.h"

namespace kg::cli {
namespace {

struct EvalOptions {
  std::string graph;
  std::vector<std::string> golds;
  std::string format = "text";
  bool details = false;
  CvCommandOptions cv;
};

int run_eval(EvalOptions& options) {
  if (options.cv.folds > 0) {  // eval --cv K FOLDER...: every positional argument is a folder
    options.cv.folders = options.golds;
    options.cv.folders.insert(options.cv.folders.begin(), options.graph);
    options.cv.json = options.format == "json";
    if (options.details && options.cv.json)
      throw std::runtime_error("eval: --details with --cv writes text reports; it cannot be combined with --format json");
    options.cv.details = options.details;
    return run_cross_validation(options.cv);
  }
  if (options.golds.empty()) throw std::runtime_error("eval: no gold file given (kgraph eval GRAPH GOLD...)");
  KnowledgeGraph graph = load_graph(options.graph);  // a graph file or a store
  std::vector<Gold> golds;
  golds.reserve(options.golds.size());
  for (const auto& path : options.golds) golds.push_back(load_gold(path));
  Score score = score_graph(graph, golds);
  ReportOptions report{options.details};
  if (options.format == "json") {
    write_score_json(std::cout, score, report);
  } else {
    std::cout << "graph " << options.graph << ": " << graph.node_count() << " nodes, " << graph.edge_count()
              << " edges; " << golds.size() << " gold file" << (golds.size() == 1 ? "" : "s") << "\n\n";
    write_score_text(std::cout, score, report);
  }
  std::cout.flush();
  return 0;
}

}  // namespace

Command add_eval_command(CLI::App& app) {
  auto options = std::make_shared<EvalOptions>();
  auto* sub = app.add_subcommand("eval", "Score a graph file against gold files: per-type precision, "
                                         "recall and F1, relation precision, recall and F1, split entities.");
  sub->add_option("graph", options->graph, "graph file written by 'kgraph build -o X.json' (with --cv: a folder)")
      ->required();
  sub->add_option("gold", options->golds, "gold files (*.gold.json); several form one combined gold (with --cv: folders)");
  sub->add_option("--cv", options->cv.folds,
                  "cross-validate by site instead: split the texts with gold files of the given folders into K "
                  "folds (each site in one fold), train the tagger, the title attachment and the participation model "
                  "on the other folds, score each fold, print per-fold and mean figures")
      ->check(CLI::Range(2, 50));
  sub->add_option("--train-also", options->cv.train_also,
                  "with --cv: folders of texts with gold files that every fold trains on and none is scored on")
      ->check(CLI::ExistingDirectory);
  sub->add_flag("--rules-only", options->cv.rules_only,
                "with --cv: score the rule parser alone, without the tagger, the title attachment and the "
                "participation model");
  sub->add_flag("--rule-titles", options->cv.rule_titles,
                "with --cv: train the tagger but attach titles by the rules alone (no title attachment model)");
  sub->add_flag("--rule-participation", options->cv.rule_participation,
                "with --cv: train the tagger but let the rules alone say who took part in which event (no "
                "participation model)");
  sub->add_option("--jobs", options->cv.jobs, "with --cv: threads for training and extraction (default: all cores)");
  sub->add_option("--format", options->format, "report format")
      ->check(CLI::IsMember({"text", "json"}))
      ->default_val("text");
  sub->add_flag("--details", options->details,
                "list missed entities and relations, spurious nodes and edges and splits per document (with --cv: each held-out fold's report after the table)");
  return {sub, [options] { return run_eval(*options); }};
}

}  // namespace kg::cli
