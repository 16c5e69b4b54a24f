#pragma once
// Hand-built graphs and gold files for the scoring tests.
#include <string>
#include <utility>
#include <vector>

#include "eval/gold.h"
#include "graph/knowledge_graph.h"

namespace kg::test {

inline NodeId add(KnowledgeGraph& g, const std::string& label, EntityType type, std::vector<std::string> aliases = {},
                  std::vector<std::string> documents = {"doc"}) {
  EntityNode node;
  node.label = label;
  node.type = type;
  node.aliases = std::move(aliases);
  node.documents = std::move(documents);
  return g.add_entity(std::move(node));
}

/// One edge with one piece of evidence per document in `documents`.
inline EdgeId link(KnowledgeGraph& g, NodeId a, NodeId b, Relation r, const std::string& title = {},
                   const std::vector<std::string>& documents = {"doc"}) {
  EdgeId id = 0;
  for (const auto& doc : documents) {
    Evidence evidence;
    evidence.doc = doc;
    id = g.add_fact(a, b, r, title, evidence);
  }
  return id;
}

inline Gold gold(const std::string& json, const std::string& document = "doc") {
  Gold g = parse_gold(json, document + ".gold.json");
  g.document = document;
  return g;
}

}  // namespace kg::test
