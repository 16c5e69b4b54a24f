// kgraph train FOLDER... -o DIR [--jobs N]: trains the entity tagger, then the title attachment
// (with that tagger), then the participation decision (with both), on every text of the folders
// that has a gold file beside it, and writes DIR/entity_tagger.model, DIR/title_attachment.model
// and DIR/participation.model. The same folders give the same
// bytes, whatever --jobs; the models built into kgraph are made by
//   kgraph train ../shared/dev samples -o models
// (never with ../shared/seeds: they are the check on texts no model has seen).
#include <filesystem>
#include <iostream>
#include <memory>
#include <string>
#include <thread>
#include <vector>

#include "cli/command.h"
#include "cli/output_file.h"
#include "extract/input_error.h"
#include "training/attachment_training.h"
#include "training/participation_training.h"
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
  namespace fs = std::filesystem;
  std::error_code ec;
  if (!fs::is_directory(options.output, ec))
    throw InputError("not a directory: -o names the folder the model files are written to", options.output);
  const std::string tagger_file = (fs::path(options.output) / "entity_tagger.model").string();
  const std::string attachment_file = (fs::path(options.output) / "title_attachment.model").string();
  const std::string participation_file = (fs::path(options.output) / "participation.model").string();
  check_output_target(tagger_file);
  check_output_target(attachment_file);
  check_output_target(participation_file);
  auto corpus = training::load_labelled(options.folders);
  if (corpus.empty()) throw InputError("no text with a gold file (NAME.txt beside NAME.gold.json)", options.folders.front());
  std::vector<const training::LabelledDocument*> docs;
  for (const auto& d : corpus) docs.push_back(&d);
  unsigned jobs = options.jobs ? options.jobs : std::max(1u, std::thread::hardware_concurrency());
  tagger::SequenceTagger tagger(training::train_tagger(docs, jobs));
  tagger::LinearModel attachment = training::train_attachment(docs, &tagger, jobs);
  tagger::LinearModel participation = training::train_participation(docs, &tagger, &attachment, jobs);
  OutputSet files;  // every model or none
  files.stage_all({{tagger_file, [&](std::ostream& out) { tagger.model().write(out); }},
                   {attachment_file, [&](std::ostream& out) { attachment.write(out); }},
                   {participation_file, [&](std::ostream& out) { participation.write(out); }}},
                  1);
  files.commit();
  if (!options.quiet)
    std::cerr << "kgraph: trained on " << corpus.size() << " texts: " << tagger.model().features()
              << " tagger features -> " << tagger_file << ", " << attachment.features() << " attachment features -> "
              << attachment_file << ", " << participation.features() << " participation features -> "
              << participation_file << "\n";
  return 0;
}

}  // namespace

Command add_train_command(CLI::App& app) {
  auto options = std::make_shared<TrainOptions>();
  auto* sub = app.add_subcommand("train", "Train the entity tagger, the title attachment and the participation "
                                          "decision on texts with gold files (NAME.txt beside NAME.gold.json) and write their model files.");
  sub->add_option("folders", options->folders, "folders of texts with gold files")->required()->check(CLI::ExistingDirectory);
  sub->add_option("-o,--output", options->output,
                  "folder to write entity_tagger.model, title_attachment.model and participation.model to "
                  "(kgraph is built with the ones in models/)")
      ->required();
  sub->add_option("--jobs", options->jobs, "extraction threads (default: all cores); the models do not depend on it");
  sub->add_flag("-q,--quiet", options->quiet, "print no summary");
  return {sub, [options] { return run_train(*options); }};
}

}  // namespace kg::cli
