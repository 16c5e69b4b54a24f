#include "eval/edge_judge.h"

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

#include "extract/entity_type.h"
#include "extract/relation.h"

namespace kg::detail {
namespace {

// Relations that say nearly the same thing are one family: a post and a membership in one
// organization, chairing and attending one event. An edge is right when the gold joins its
// ends by any relation of its family. located_in is its own family.
int family(std::string_view relation) {
  if (relation == "holds_position" || relation == "member_of") return 0;
  if (relation == "part_of") return 1;
  if (relation == "met_with") return 2;
  if (relation == "participated_in" || relation == "chaired") return 3;
  return 4;
}

// What the gold says, indexed for lookups by entity.
struct GoldIndex {
  std::set<std::tuple<int, std::size_t, std::size_t>> joined;  // (family, subject, object)
  std::map<std::size_t, std::set<std::size_t>> events_of;      // person -> events attended or chaired

  explicit GoldIndex(const CombinedGold& gold) {
    for (const auto& r : gold.relations) {
      int f = family(r.relation);
      joined.insert({f, r.subject, r.object});
      if (r.relation == "met_with") joined.insert({f, r.object, r.subject});
      if (f == family("participated_in") && gold.entities[r.object].type == "EVENT")
        events_of[r.subject].insert(r.object);
    }
  }

  bool attends(std::size_t person, std::size_t event) const {
    auto it = events_of.find(person);
    return it != events_of.end() && it->second.count(event);
  }

  bool share_event(std::size_t a, std::size_t b) const {
    auto x = events_of.find(a), y = events_of.find(b);
    if (a == b || x == events_of.end() || y == events_of.end()) return false;
    for (std::size_t e : x->second)
      if (y->second.count(e)) return true;
    return false;
  }
};

bool is_correct(const KnowledgeGraph& graph, EdgeId e, const CombinedGold& gold, const GoldIndex& index) {
  NodeId source = graph.source(e), target = graph.target(e);
  std::string_view relation = to_string(graph.edge(e).relation);
  int f = family(relation);
  const auto& subjects = gold.node_entities[source];
  const auto& objects = gold.node_entities[target];
  bool to_event = graph.node(source).type == EntityType::Person && graph.node(target).type == EntityType::Event;
  for (std::size_t s : subjects) {
    for (std::size_t o : objects) {
      if (index.joined.count({f, s, o})) return true;
      // Whoever takes part in an event the node stands for is linked to it rightly.
      if (to_event && index.attends(s, o)) return true;
      // The gold may give a meeting as both persons linked to one event.
      if (relation == "met_with" && index.share_event(s, o)) return true;
    }
  }
  return false;
}

}  // namespace

std::vector<std::string> edge_documents(const KnowledgeGraph& graph, EdgeId edge) {
  std::vector<std::string> docs;
  for (const Evidence& ev : graph.edge(edge).evidence)
    if (!ev.doc.empty()) docs.push_back(ev.doc.str());
  if (docs.empty()) {
    for (NodeId n : {graph.source(edge), graph.target(edge)})
      docs.insert(docs.end(), graph.node(n).documents.begin(), graph.node(n).documents.end());
  }
  std::sort(docs.begin(), docs.end());
  docs.erase(std::unique(docs.begin(), docs.end()), docs.end());
  return docs;
}

std::vector<EdgeVerdict> judge_edges(const KnowledgeGraph& graph, const CombinedGold& gold) {
  GoldIndex index(gold);
  std::vector<EdgeVerdict> verdicts(graph.edge_count(), EdgeVerdict::Unscored);
  for (EdgeId e = 0; e < graph.edge_count(); ++e) {
    auto docs = edge_documents(graph, e);
    bool scored = std::any_of(docs.begin(), docs.end(), [&](const std::string& d) { return gold.documents.count(d); });
    if (!scored) continue;
    verdicts[e] = is_correct(graph, e, gold, index) ? EdgeVerdict::Correct : EdgeVerdict::Wrong;
  }
  return verdicts;
}

}  // namespace kg::detail
