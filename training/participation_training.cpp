#include "training/participation_training.h"

#include <set>
#include <string>

#include "extract/extractor.h"
#include "training/gold_matching.h"
#include "training/binary_training.h"

namespace kg::training {

std::vector<tagger::Example> participation_examples(const LabelledDocument& document, const tagger::SequenceTagger* tagger,
                                                    const tagger::LinearModel* attachment) {
  std::vector<tagger::Example> out;
  const auto by_key = gold_names_by_key(document.gold);
  std::set<std::pair<std::string, std::string>> roles;  // (person, event) of every gold participated_in or chaired
  for (const auto& r : document.gold.relations)
    if (r.relation == "participated_in" || r.relation == "chaired") roles.emplace(r.subject, r.object);
  ExtractOptions options;
  options.tagger = tagger;
  options.attachment = attachment;
  options.participation = nullptr;
  options.observe_participation = [&](const DocumentExtraction& doc, const std::vector<ParticipationCandidate>& candidates) {
    for (const auto& c : candidates) {
      auto persons = gold_entities(doc.entities[static_cast<std::size_t>(c.person)], by_key);
      auto events = gold_entities(doc.entities[static_cast<std::size_t>(c.event)], by_key);
      bool took_part = false;
      for (const auto& p : persons)
        for (const auto& e : events) took_part |= roles.count({p, e}) > 0;
      out.push_back({c.features, took_part ? 1 : 0});
    }
  };
  extract(document.document, options);
  return out;
}

tagger::LinearModel train_participation(const std::vector<const LabelledDocument*>& documents,
                                        const tagger::SequenceTagger* tagger, const tagger::LinearModel* attachment,
                                        unsigned threads, const tagger::TrainOptions& options) {
  auto examples_of = [&](const LabelledDocument& d) { return participation_examples(d, tagger, attachment); };
  return train_binary(documents, threads, examples_of, options);
}

}  // namespace kg::training
