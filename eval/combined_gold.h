#pragma once
// Internal to kg::eval: the gold files of one evaluation as one combined gold, matched to the
// nodes of a graph (the rules are stated in eval/score.h). score.cpp and edge_judge.cpp share it.
#include <cstddef>
#include <cstdint>
#include <set>
#include <string>
#include <vector>

#include "eval/gold.h"
#include "graph/knowledge_graph.h"

namespace kg::detail {

struct CombinedEntity {
  std::string name;  // as the first gold file that lists it spells it
  std::string type;
  std::set<std::string> keys;       // folded name and aliases of every file
  std::vector<NodeId> nodes;        // matching graph nodes, ascending (after match())
  std::set<std::string> documents;  // ids of the gold files that list it
};

struct CombinedRelation {
  std::string relation;
  std::size_t subject = 0, object = 0;  // CombinedEntity indices; met_with: subject <= object
  bool found = false;
};

/// A gold file relation that names no entity of its file (parse_gold rules it out).
inline constexpr std::size_t kNoRelation = SIZE_MAX;

/// All gold files as one: entities merged by (type, folded name), relations by
/// (relation, subject, object), met_with with its ends in either order.
struct CombinedGold {
  std::vector<CombinedEntity> entities;
  std::vector<CombinedRelation> relations;
  std::vector<std::vector<std::size_t>> file_entities;   // per file: entity index per entity
  std::vector<std::vector<std::size_t>> file_relations;  // per file: relation index (or kNoRelation)
  std::set<std::string> documents;                       // the document ids of all gold files
  std::vector<std::vector<std::size_t>> node_entities;   // per graph node: matched entities, ascending

  explicit CombinedGold(const std::vector<Gold>& golds);

  /// Matches every node of `graph` to gold entities: fills `node_entities` and each
  /// entity's `nodes`. Call once.
  void match(const KnowledgeGraph& graph);
};

}  // namespace kg::detail
