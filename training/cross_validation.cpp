#include "training/cross_validation.h"

#include <optional>
#include <set>

#include "eval/site_folds.h"
#include "extract/extractor.h"
#include "graph/resolver.h"
#include "training/parallel_for.h"
#include "training/attachment_training.h"
#include "training/participation_training.h"
#include "training/tagger_training.h"

namespace kg::training {

std::vector<FoldScore> cross_validate(const std::vector<LabelledDocument>& evaluated,
                                      const std::vector<LabelledDocument>& always_trained,
                                      const CrossValidationOptions& options) {
  std::vector<Gold> golds;
  for (const auto& d : evaluated) golds.push_back(d.gold);
  std::vector<int> fold_of = site_folds(golds, options.folds);
  std::vector<FoldScore> out;
  for (int f = 0; f < options.folds; ++f) {
    std::vector<const LabelledDocument*> train, test;
    for (std::size_t i = 0; i < evaluated.size(); ++i) (fold_of[i] == f ? test : train).push_back(&evaluated[i]);
    if (test.empty()) continue;
    for (const auto& d : always_trained) train.push_back(&d);
    std::optional<tagger::SequenceTagger> model;
    std::optional<tagger::LinearModel> attachment, participation;
    if (!options.rules_only) {
      model.emplace(train_tagger(train, options.threads, options.train));
      if (options.attachment) attachment.emplace(train_attachment(train, &*model, options.threads));
      if (options.participation)
        participation.emplace(train_participation(train, &*model, attachment ? &*attachment : nullptr, options.threads));
    }

    std::vector<DocumentExtraction> extractions(test.size());
    ExtractOptions extract_options;
    extract_options.tagger = model ? &*model : nullptr;
    extract_options.attachment = attachment ? &*attachment : nullptr;
    extract_options.participation = participation ? &*participation : nullptr;
    parallel_for(test.size(), options.threads,
                 [&](std::size_t i) { extractions[i] = extract(test[i]->document, extract_options); });

    std::vector<Gold> fold_golds;
    std::set<std::string> sites;
    for (const auto* d : test) fold_golds.push_back(d->gold), sites.insert(site_of(d->gold));
    FoldScore score;
    score.fold = f;
    score.documents = test.size();
    score.sites.assign(sites.begin(), sites.end());
    score.score = score_graph(build_graph(std::move(extractions)).graph, fold_golds);
    out.push_back(std::move(score));
  }
  return out;
}

}  // namespace kg::training
