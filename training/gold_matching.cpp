#include "training/gold_matching.h"

#include "extract/name_key.h"

namespace kg::training {

GoldNames gold_names_by_key(const Gold& gold) {
  GoldNames by_key;
  for (const auto& e : gold.entities) {
    by_key[name_key(e.name)].insert(e.name);
    for (const auto& a : e.aliases) by_key[name_key(a)].insert(e.name);
  }
  return by_key;
}

std::set<std::string> gold_entities(const ExtractedEntity& e, const GoldNames& by_key) {
  std::set<std::string> out;
  auto add = [&](const std::string& form) {
    if (auto it = by_key.find(name_key(form)); it != by_key.end()) out.insert(it->second.begin(), it->second.end());
  };
  add(e.name);
  for (const auto& f : e.forms) add(f);
  for (const auto& r : e.references) add(r);
  return out;
}

}  // namespace kg::training
