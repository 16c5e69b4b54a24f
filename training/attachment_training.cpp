#include "training/attachment_training.h"

#include <map>
#include <set>

#include "extract/extractor.h"
#include "extract/gazetteer.h"
#include "extract/name_key.h"
#include "training/parallel_for.h"

namespace kg::training {
namespace {

// Gold entities by the name keys of their name and aliases (an ambiguous key names several).
std::map<std::string, std::set<std::string>> gold_names_by_key(const Gold& gold) {
  std::map<std::string, std::set<std::string>> by_key;
  for (const auto& e : gold.entities) {
    by_key[name_key(e.name)].insert(e.name);
    for (const auto& a : e.aliases) by_key[name_key(a)].insert(e.name);
  }
  return by_key;
}

// The gold entities an extracted entity may be: those named by any of its forms.
std::set<std::string> gold_entities(const ExtractedEntity& e, const std::map<std::string, std::set<std::string>>& by_key) {
  std::set<std::string> out;
  auto add = [&](const std::string& form) {
    if (auto it = by_key.find(name_key(form)); it != by_key.end()) out.insert(it->second.begin(), it->second.end());
  };
  add(e.name);
  for (const auto& f : e.forms) add(f);
  return out;
}

}  // namespace

std::vector<tagger::Example> attachment_examples(const LabelledDocument& document, const tagger::SequenceTagger* tagger) {
  std::vector<tagger::Example> out;
  const auto by_key = gold_names_by_key(document.gold);
  std::set<std::pair<std::string, std::string>> posts;  // (person, where) of every gold holds_position
  for (const auto& r : document.gold.relations)
    if (r.relation == "holds_position") posts.emplace(r.subject, r.object);
  ExtractOptions options;
  options.tagger = tagger;
  options.attachment = nullptr;
  options.observe_titles = [&](const DocumentExtraction& doc, const std::vector<TitleChoice>& choices) {
    for (const auto& choice : choices) {
      if (choice.person < 0) continue;
      auto persons = gold_entities(doc.entities[static_cast<std::size_t>(choice.person)], by_key);
      for (const auto& c : choice.candidates) {
        std::set<std::string> places;
        if (c.entity >= 0) places = gold_entities(doc.entities[static_cast<std::size_t>(c.entity)], by_key);
        else if (auto it = by_key.find(name_key(country_name(c.country))); it != by_key.end()) places = it->second;
        bool held = false;
        for (const auto& p : persons)
          for (const auto& w : places) held |= posts.count({p, w}) > 0;
        out.push_back({c.features, held ? 1 : 0});
      }
    }
  };
  extract(document.document, options);
  return out;
}

tagger::LinearModel train_attachment(const std::vector<const LabelledDocument*>& documents,
                                     const tagger::SequenceTagger* tagger, unsigned threads,
                                     const tagger::TrainOptions& options) {
  std::vector<std::vector<tagger::Example>> per_doc(documents.size());
  parallel_for(documents.size(), threads, [&](std::size_t i) { per_doc[i] = attachment_examples(*documents[i], tagger); });
  std::vector<tagger::Example> examples;
  for (auto& d : per_doc)
    for (auto& e : d) examples.push_back(std::move(e));
  return tagger::train_examples(examples, 2, options);
}

}  // namespace kg::training
