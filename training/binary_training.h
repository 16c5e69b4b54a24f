#pragma once
// Trains a binary decision (the participation; the title attachment is a ranker,
// training/ranking_training.h) from the labelled
// candidates of many documents: each document's examples are made on any of `threads` threads,
// kept in document order, and liblinear learns one model from all of them, so the model does
// not depend on the thread count.
#include <utility>
#include <vector>

#include "tagger/linear_model.h"
#include "tagger/model_trainer.h"
#include "training/labelled_corpus.h"
#include "training/parallel_for.h"

namespace kg::training {

template <class ExamplesOf>
tagger::LinearModel train_binary(const std::vector<const LabelledDocument*>& documents, unsigned threads,
                                 ExamplesOf&& examples_of, const tagger::TrainOptions& options) {
  std::vector<std::vector<tagger::Example>> per_doc(documents.size());
  parallel_for(documents.size(), threads, [&](std::size_t i) { per_doc[i] = examples_of(*documents[i]); });
  std::vector<tagger::Example> examples;
  for (auto& d : per_doc)
    for (auto& e : d) examples.push_back(std::move(e));
  return tagger::train_examples(examples, 2, options);
}

}  // namespace kg::training
