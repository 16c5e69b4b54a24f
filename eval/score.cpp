#include "eval/score.h"

#include <algorithm>
#include <array>
#include <map>
#include <set>
#include <string_view>
#include <utility>

#include "eval/combined_gold.h"
#include "eval/edge_judge.h"
#include "extract/entity_type.h"
#include "extract/relation.h"

namespace kg {
namespace {

using detail::CombinedEntity;
using detail::CombinedGold;
using detail::CombinedRelation;
using detail::EdgeVerdict;

constexpr std::array<std::string_view, 4> kTypeOrder{"PERSON", "ORG", "GPE", "EVENT"};
constexpr std::array<std::string_view, 7> kRelationOrder{
    "holds_position", "member_of", "part_of", "located_in", "met_with", "participated_in", "chaired"};

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

// Gold events (CombinedEntity indices) each gold person takes part in or chairs.
std::map<std::size_t, std::set<std::size_t>> gold_events_of(const CombinedGold& gold) {
  std::map<std::size_t, std::set<std::size_t>> out;
  for (const auto& r : gold.relations)
    if ((r.relation == "participated_in" || r.relation == "chaired") && gold.entities[r.object].type == "EVENT")
      out[r.subject].insert(r.object);
  return out;
}

bool is_found(const KnowledgeGraph& graph, const CombinedRelation& rel, const CombinedGold& gold,
              const std::map<std::size_t, std::set<std::size_t>>& gold_events) {
  const auto& entities = gold.entities;
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
  // A meeting may also be represented as both persons attending one EVENT node, when that node
  // is a gold event both of them take part in: the gold names their meeting as that event. An
  // event node they share that the gold does not give them both (a conference everyone in the
  // text is linked to) does not find their meeting.
  auto a_events = gold_events.find(rel.subject), b_events = gold_events.find(rel.object);
  if (a_events == gold_events.end() || b_events == gold_events.end()) return false;
  std::set<NodeId> meeting_nodes;  // nodes of gold events both take part in
  for (std::size_t g : a_events->second)
    if (b_events->second.count(g)) meeting_nodes.insert(entities[g].nodes.begin(), entities[g].nodes.end());
  if (meeting_nodes.empty()) return false;
  for (NodeId a : subjects) {
    std::set<NodeId> mine = events_of(graph, a);
    if (mine.empty()) continue;
    for (NodeId b : objects) {
      if (b == a) continue;
      for (NodeId ev : events_of(graph, b))
        if (mine.count(ev) && meeting_nodes.count(ev)) return true;
    }
  }
  return false;
}

GraphNodeRef ref(const EntityNode& node) {
  return {node.label, std::string(to_string(node.type)), node.documents};
}

GraphEdgeRef edge_ref(const KnowledgeGraph& graph, EdgeId e) {
  const FactEdge& edge = graph.edge(e);
  return {graph.node(graph.source(e)).label, std::string(to_string(edge.relation)),
          graph.node(graph.target(e)).label, edge.title, detail::edge_documents(graph, e)};
}

void add_counts(RelationScore& into, const RelationScore& r) {
  into.predicted += r.predicted;
  into.correct += r.correct;
  into.gold += r.gold;
  into.found += r.found;
}

}  // namespace

std::optional<double> ratio(std::size_t num, std::size_t den) {
  if (den == 0) return std::nullopt;
  return static_cast<double>(num) / static_cast<double>(den);
}

std::optional<double> f_measure(std::optional<double> precision, std::optional<double> recall) {
  if (!precision || !recall) return std::nullopt;
  if (*precision + *recall == 0.0) return 0.0;
  return 2.0 * *precision * *recall / (*precision + *recall);
}

TypeScore type_totals(const Score& score) {
  TypeScore all;
  all.type = "all";
  for (const auto& t : score.types) {
    all.nodes += t.nodes;
    all.matched_nodes += t.matched_nodes;
    all.gold += t.gold;
    all.matched_gold += t.matched_gold;
  }
  return all;
}

Score score_graph(const KnowledgeGraph& graph, const std::vector<Gold>& golds) {
  CombinedGold gold(golds);
  gold.match(graph);
  Score score;

  for (std::string_view type : kTypeOrder) {
    TypeScore ts;
    ts.type = std::string(type);
    for (NodeId n = 0; n < graph.node_count(); ++n) {
      if (to_string(graph.node(n).type) != type) continue;
      ++ts.nodes;
      if (!gold.node_entities[n].empty()) ++ts.matched_nodes;
    }
    for (const auto& e : gold.entities) {
      if (e.type != type) continue;
      ++ts.gold;
      if (!e.nodes.empty()) ++ts.matched_gold;
    }
    score.types.push_back(ts);
  }

  const auto gold_events = gold_events_of(gold);
  for (auto& r : gold.relations) r.found = is_found(graph, r, gold, gold_events);
  std::vector<EdgeVerdict> verdicts = detail::judge_edges(graph, gold);
  for (std::string_view name : kRelationOrder) {
    RelationScore rs{std::string(name)};
    for (const auto& r : gold.relations) {
      if (r.relation != name) continue;
      ++rs.gold;
      if (r.found) ++rs.found;
    }
    for (EdgeId e = 0; e < graph.edge_count(); ++e) {
      if (verdicts[e] == EdgeVerdict::Unscored || to_string(graph.edge(e).relation) != name) continue;
      ++rs.predicted;
      if (verdicts[e] == EdgeVerdict::Correct) ++rs.correct;
    }
    if (rs.gold == 0 && rs.predicted == 0) continue;
    add_counts(score.overall, rs);
    score.relations.push_back(rs);
  }
  for (EdgeId e = 0; e < graph.edge_count(); ++e) {
    if (verdicts[e] == EdgeVerdict::Unscored) ++score.unscored_edges;
    if (verdicts[e] == EdgeVerdict::Wrong) score.spurious_edges.push_back(edge_ref(graph, e));
  }

  auto split_of = [&](const CombinedEntity& e) {
    SplitEntity s{e.name, e.type, {}};
    for (NodeId n : e.nodes) s.node_labels.push_back(graph.node(n).label);
    return s;
  };
  for (const auto& e : gold.entities)
    if (e.nodes.size() >= 2) score.splits.push_back(split_of(e));
  for (NodeId n = 0; n < graph.node_count(); ++n)
    if (gold.node_entities[n].empty()) score.spurious.push_back(ref(graph.node(n)));

  auto cites = [](const std::vector<std::string>& documents, const std::string& document) {
    return std::binary_search(documents.begin(), documents.end(), document);
  };
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
      if (r == detail::kNoRelation || !gold.relations[r].found) d.missed_relations.push_back(g.relations[i]);
    }
    for (const auto& s : score.spurious)
      if (std::find(s.documents.begin(), s.documents.end(), g.document) != s.documents.end())
        d.spurious.push_back(s);
    for (const auto& s : score.spurious_edges)
      if (cites(s.documents, g.document)) d.spurious_edges.push_back(s);
    score.documents.push_back(std::move(d));
  }
  return score;
}

}  // namespace kg
