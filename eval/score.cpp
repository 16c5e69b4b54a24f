#include "eval/score.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <map>
#include <set>
#include <string_view>
#include <tuple>
#include <utility>

#include "extract/entity_type.h"
#include "extract/name_key.h"
#include "extract/relation.h"

namespace kg {
namespace {

constexpr std::array<std::string_view, 4> kTypeOrder{"PERSON", "ORG", "GPE", "EVENT"};
constexpr std::array<std::string_view, 7> kRelationOrder{
    "holds_position", "member_of", "part_of", "located_in", "met_with", "participated_in", "chaired"};

struct CombinedEntity {
  std::string name;  // as the first gold file that lists it spells it
  std::string type;
  std::set<std::string> keys;  // folded name and aliases of every file
  std::vector<NodeId> nodes;   // matching graph nodes, ascending
  std::set<std::string> documents;  // ids of the gold files that list it
};

struct CombinedRelation {
  std::string relation;
  std::size_t subject = 0, object = 0;  // CombinedEntity indices
  bool found = false;
};

// All gold files as one: entities merged by (type, folded name), relations by
// (relation, subject, object), met_with with its ends in either order.
struct CombinedGold {
  std::vector<CombinedEntity> entities;
  std::vector<CombinedRelation> relations;
  std::vector<std::vector<std::size_t>> file_entities;   // per file: entity index per entity
  std::vector<std::vector<std::size_t>> file_relations;  // per file: relation index per relation

  explicit CombinedGold(const std::vector<Gold>& golds) {
    std::map<std::pair<std::string, std::string>, std::size_t> by_name;
    std::map<std::tuple<std::string, std::size_t, std::size_t>, std::size_t> by_triple;
    for (const Gold& gold : golds) {
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
          fr.push_back(SIZE_MAX);
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
};

// Events that `person` participated in or chaired.
std::set<NodeId> events_of(const KnowledgeGraph& graph, NodeId person) {
  std::set<NodeId> events;
  for (EdgeId e : graph.out_edges(person)) {
    Relation r = graph.edge(e).relation;
    NodeId t = graph.target(e);
    if ((r == Relation::ParticipatedIn || r == Relation::Chaired) && graph.node(t).type == EntityType::Event)
      events.insert(t);
  }
  return events;
}

bool is_found(const KnowledgeGraph& graph, const CombinedRelation& rel,
              const std::vector<CombinedEntity>& entities) {
  const auto& subjects = entities[rel.subject].nodes;
  const auto& objects = entities[rel.object].nodes;
  std::set<NodeId> object_set(objects.begin(), objects.end());
  bool symmetric = rel.relation == "met_with";
  for (NodeId a : subjects) {
    for (EdgeId e : graph.out_edges(a))
      if (to_string(graph.edge(e).relation) == rel.relation && object_set.count(graph.target(e))) return true;
    if (!symmetric) continue;
    for (EdgeId e : graph.in_edges(a))
      if (to_string(graph.edge(e).relation) == rel.relation && object_set.count(graph.source(e))) return true;
  }
  if (!symmetric) return false;
  // A meeting may also be represented as both persons attending one EVENT node.
  for (NodeId a : subjects) {
    std::set<NodeId> mine = events_of(graph, a);
    if (mine.empty()) continue;
    for (NodeId b : objects) {
      if (b == a) continue;
      for (NodeId ev : events_of(graph, b))
        if (mine.count(ev)) return true;
    }
  }
  return false;
}

GraphNodeRef ref(const EntityNode& node) {
  return {node.label, std::string(to_string(node.type)), node.documents};
}

}  // namespace

std::optional<double> ratio(std::size_t num, std::size_t den) {
  if (den == 0) return std::nullopt;
  return static_cast<double>(num) / static_cast<double>(den);
}

std::optional<double> TypeScore::f1() const {
  auto p = precision(), r = recall();
  if (!p || !r) return std::nullopt;
  if (*p + *r == 0.0) return 0.0;
  return 2.0 * *p * *r / (*p + *r);
}

Score score_graph(const KnowledgeGraph& graph, const std::vector<Gold>& golds) {
  CombinedGold gold(golds);
  Score score;

  // Match nodes to gold entities through their folded keys.
  std::map<std::pair<std::string, std::string>, std::vector<std::size_t>> by_key;
  for (std::size_t i = 0; i < gold.entities.size(); ++i)
    for (const auto& k : gold.entities[i].keys) by_key[{gold.entities[i].type, k}].push_back(i);
  std::vector<bool> node_matched(graph.node_count(), false);
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
          if (gold.entities[i].documents.count(doc)) local.insert(i);
      matches = std::move(local);
    }
    for (std::size_t i : matches) gold.entities[i].nodes.push_back(n);
    node_matched[n] = !matches.empty();
  }

  for (std::string_view type : kTypeOrder) {
    TypeScore ts;
    ts.type = std::string(type);
    for (NodeId n = 0; n < graph.node_count(); ++n) {
      if (to_string(graph.node(n).type) != type) continue;
      ++ts.nodes;
      if (node_matched[n]) ++ts.matched_nodes;
    }
    for (const auto& e : gold.entities) {
      if (e.type != type) continue;
      ++ts.gold;
      if (!e.nodes.empty()) ++ts.matched_gold;
    }
    score.types.push_back(ts);
  }

  for (auto& r : gold.relations) r.found = is_found(graph, r, gold.entities);
  for (std::string_view name : kRelationOrder) {
    RelationScore rs{std::string(name)};
    for (const auto& r : gold.relations) {
      if (r.relation != name) continue;
      ++rs.gold;
      if (r.found) ++rs.found;
    }
    if (rs.gold == 0) continue;
    score.overall.gold += rs.gold;
    score.overall.found += rs.found;
    score.relations.push_back(rs);
  }

  auto split_of = [&](const CombinedEntity& e) {
    SplitEntity s{e.name, e.type, {}};
    for (NodeId n : e.nodes) s.node_labels.push_back(graph.node(n).label);
    return s;
  };
  for (const auto& e : gold.entities)
    if (e.nodes.size() >= 2) score.splits.push_back(split_of(e));
  for (NodeId n = 0; n < graph.node_count(); ++n)
    if (!node_matched[n]) score.spurious.push_back(ref(graph.node(n)));

  for (std::size_t f = 0; f < golds.size(); ++f) {
    const Gold& g = golds[f];
    DocumentDetail d;
    d.document = g.document;
    for (std::size_t i = 0; i < g.entities.size(); ++i) {
      const CombinedEntity& e = gold.entities[gold.file_entities[f][i]];
      if (e.nodes.empty()) d.missed_entities.push_back(g.entities[i]);
      if (e.nodes.size() >= 2) d.splits.push_back(split_of(e));
    }
    for (std::size_t i = 0; i < g.relations.size(); ++i) {
      std::size_t r = gold.file_relations[f][i];
      if (r == SIZE_MAX || !gold.relations[r].found) d.missed_relations.push_back(g.relations[i]);
    }
    for (const auto& s : score.spurious)
      if (std::find(s.documents.begin(), s.documents.end(), g.document) != s.documents.end())
        d.spurious.push_back(s);
    score.documents.push_back(std::move(d));
  }
  return score;
}

}  // namespace kg
