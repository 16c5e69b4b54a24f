#include "training/tagger_training.h"

#include "training/parallel_for.h"

namespace kg::training {
namespace {

tagger::SpanType span_type(const std::string& type) {
  if (type == "ORG") return tagger::SpanType::Org;
  if (type == "GPE") return tagger::SpanType::Gpe;
  if (type == "EVENT") return tagger::SpanType::Event;
  return tagger::SpanType::Person;
}

}  // namespace

std::vector<GoldName> gold_names(const Gold& gold) {
  std::vector<GoldName> names;
  for (const auto& e : gold.entities) {
    // An event's name is descriptive ("X-Y talks (Astana, May 2023)"); the text's words are its aliases.
    if (e.type != "EVENT") names.push_back({e.name, span_type(e.type)});
    for (const auto& a : e.aliases) names.push_back({a, span_type(e.type)});
  }
  for (const auto& r : gold.relations)
    if (r.relation == "holds_position" && !r.title.empty()) names.push_back({r.title, tagger::SpanType::Title});
  return names;
}

tagger::LinearModel train_tagger(const std::vector<const LabelledDocument*>& documents, unsigned threads,
                                 const tagger::TrainOptions& options) {
  std::vector<std::vector<tagger::TrainingSentence>> per_doc(documents.size());
  parallel_for(documents.size(), threads, [&](std::size_t i) {
    per_doc[i] = training_sentences(documents[i]->document, gold_names(documents[i]->gold));
  });
  std::vector<tagger::TrainingSentence> sentences;
  for (auto& d : per_doc)
    for (auto& s : d) sentences.push_back(std::move(s));
  return tagger::train_model(sentences, options);
}

}  // namespace kg::training
