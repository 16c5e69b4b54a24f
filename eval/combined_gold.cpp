#include "eval/combined_gold.h"

#include <map>
#include <tuple>
#include <utility>

#include "extract/entity_type.h"
#include "extract/name_key.h"

namespace kg::detail {

CombinedGold::CombinedGold(const std::vector<Gold>& golds) {
  std::map<std::pair<std::string, std::string>, std::size_t> by_name;
  std::map<std::tuple<std::string, std::size_t, std::size_t>, std::size_t> by_triple;
  for (const Gold& gold : golds) {
    documents.insert(gold.document);
    std::map<std::string, std::size_t> local;  // names within this file
    auto& fe = file_entities.emplace_back();
    for (const GoldEntity& e : gold.entities) {
      auto [it, added] = by_name.try_emplace({e.type, name_key(e.name)}, entities.size());
      if (added) entities.push_back({e.name, e.type, {}, {}, {}});
      CombinedEntity& c = entities[it->second];
      c.documents.insert(gold.document);
      c.keys.insert(name_key(e.name));
      for (const auto& a : e.aliases) c.keys.insert(name_key(a));
      local[e.name] = it->second;
      fe.push_back(it->second);
    }
    auto& fr = file_relations.emplace_back();
    for (const GoldRelation& r : gold.relations) {
      // parse_gold guarantees both ends name entities of the file; stay safe if not.
      auto s = local.find(r.subject), o = local.find(r.object);
      if (s == local.end() || o == local.end()) {
        fr.push_back(kNoRelation);
        continue;
      }
      std::size_t a = s->second, b = o->second;
      if (r.relation == "met_with" && b < a) std::swap(a, b);
      auto [it, added] = by_triple.try_emplace({r.relation, a, b}, relations.size());
      if (added) relations.push_back({r.relation, a, b, false});
      fr.push_back(it->second);
    }
  }
}

void CombinedGold::match(const KnowledgeGraph& graph) {
  std::map<std::pair<std::string, std::string>, std::vector<std::size_t>> by_key;
  for (std::size_t i = 0; i < entities.size(); ++i)
    for (const auto& k : entities[i].keys) by_key[{entities[i].type, k}].push_back(i);
  node_entities.assign(graph.node_count(), {});
  for (NodeId n = 0; n < graph.node_count(); ++n) {
    const EntityNode& node = graph.node(n);
    std::string type(to_string(node.type));
    std::set<std::size_t> matches;
    auto add = [&](const std::string& surface) {
      auto it = by_key.find({type, name_key(surface)});
      if (it != by_key.end()) matches.insert(it->second.begin(), it->second.end());
    };
    add(node.label);
    for (const auto& a : node.aliases) add(a);
    // A node matches gold entities listed for a document the node comes from: generic aliases
    // ("meeting", "summit") recur across gold files, and a node from one document must not
    // match, and seem to split, an event of another.
    if (!node.documents.empty()) {
      std::set<std::size_t> local;
      for (std::size_t i : matches)
        for (const auto& doc : node.documents)
          if (entities[i].documents.count(doc)) local.insert(i);
      matches = std::move(local);
    }
    for (std::size_t i : matches) entities[i].nodes.push_back(n);
    node_entities[n].assign(matches.begin(), matches.end());
  }
}

}  // namespace kg::detail
