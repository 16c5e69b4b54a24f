// kgraph train FOLDER... -o MODEL [--jobs N]: trains the entity tagger on every text of the
// folders that has a gold file beside it and writes the model file. The same folders give
// the same bytes, whatever --jobs; models/entity_tagger.model is made by
//   kgraph train ../shared/dev samples -o models/entity_tagger.model
// (never with ../shared/seeds: they are the check on texts no model has seen).
#include <iostream>
#include <memory>
#include <string>
#include <thread>
#include <vector>

#include "cli/command.h"
#include "cli/output_file.h"
#include "extract/input_error.h"
#include "training/tagger_training.h"

namespace kg::cli {
namespace {

struct TrainOptions {
  std::vector<std::string> folders;
  std::string output;
  unsigned jobs = 0;
  bool quiet = false;
};

int run_train(const TrainOptions& options) {
  check_output_target(options.output);
  auto corpus = training::load_labelled(options.folders);
  if (corpus.empty()) throw InputError("no text with a gold file (NAME.txt beside NAME.gold.json)", options.folders.front());
  std::vector<const training::LabelledDocument*> docs;
  for (const auto& d : corpus) docs.push_back(&d);
  unsigned jobs = options.jobs ? options.jobs : std::max(1u, std::thread::hardware_concurrency());
  tagger::LinearModel model = training::train_tagger(docs, jobs);
  write_atomically(options.output, [&](std::ostream& out) { model.write(out); });
  if (!options.quiet)
    std::cerr << "kgraph: trained on " << corpus.size() << " texts: " << model.features() << " features -> "
              << options.output << "\n";
  return 0;
}

}  // namespace

Command add_train_command(CLI::App& app) {
  auto options = std::make_shared<TrainOptions>();
  auto* sub = app.add_subcommand("train", "Train the entity tagger on texts with gold files (NAME.txt beside "
                                          "NAME.gold.json) and write its model file.");
  sub->add_option("folders", options->folders, "folders of texts with gold files")->required()->check(CLI::ExistingDirectory);
  sub->add_option("-o,--output", options->output, "model file to write (models/entity_tagger.model is built into kgraph)")
      ->required();
  sub->add_option("--jobs", options->jobs, "extraction threads (default: all cores); the model does not depend on it");
  sub->add_flag("-q,--quiet", options->quiet, "print no summary");
  return {sub, [options] { return run_train(*options); }};
}

}  // namespace kg::cli
