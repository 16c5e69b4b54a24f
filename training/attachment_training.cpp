#include "training/attachment_training.h"

#include <map>
#include <set>

#include "extract/extractor.h"
#include "extract/gazetteer.h"
#include "extract/name_key.h"
#include "training/gold_matching.h"
#include "training/parallel_for.h"

namespace kg::training {

std::vector<RankingGroup> attachment_examples(const LabelledDocument& document, const tagger::SequenceTagger* tagger) {
  std::vector<RankingGroup> out;
  const auto by_key = gold_names_by_key(document.gold);
  std::set<std::pair<std::string, std::string>> posts;  // (person, where) of every gold holds_position
  for (const auto& r : document.gold.relations)
    if (r.relation == "holds_position") posts.emplace(r.subject, r.object);
  ExtractOptions options;
  options.tagger = tagger;
  options.attachment = nullptr;
  options.participation = nullptr;
  options.observe_titles = [&](const DocumentExtraction& doc, const std::vector<TitleChoice>& choices) {
    for (const auto& choice : choices) {
      if (choice.person < 0) continue;
      auto persons = gold_entities(doc.entities[static_cast<std::size_t>(choice.person)], by_key);
      RankingGroup group;
      bool any = false;
      for (const auto& c : choice.candidates) {
        std::set<std::string> places;
        if (c.entity >= 0) places = gold_entities(doc.entities[static_cast<std::size_t>(c.entity)], by_key);
        else if (auto it = by_key.find(name_key(country_name(c.country))); it != by_key.end()) places = it->second;
        bool held = false;
        for (const auto& p : persons)
          for (const auto& w : places) held |= posts.count({p, w}) > 0;
        group.candidates.push_back(c.features);
        group.correct.push_back(held);
        any |= held;
      }
      // A person whose post the gold places where no candidate is teaches nothing about "nowhere".
      bool elsewhere = false;
      for (const auto& [p, w] : posts) elsewhere |= persons.count(p) > 0;
      if (!any && elsewhere) continue;
      // The last option: the post is held nowhere among them.
      group.candidates.push_back(none_features(choice));
      group.correct.push_back(!any);
      out.push_back(std::move(group));
    }
  };
  extract(document.document, options);
  return out;
}

tagger::LinearModel train_attachment(const std::vector<const LabelledDocument*>& documents,
                                     const tagger::SequenceTagger* tagger, unsigned threads,
                                     const RankingOptions& options) {
  std::vector<std::vector<RankingGroup>> per_doc(documents.size());
  parallel_for(documents.size(), threads, [&](std::size_t i) { per_doc[i] = attachment_examples(*documents[i], tagger); });
  std::vector<RankingGroup> groups;
  for (auto& d : per_doc)
    for (auto& g : d) groups.push_back(std::move(g));
  return train_ranking(groups, options);
}

}  // namespace kg::training
