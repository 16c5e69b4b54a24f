#pragma once
// Small hand-built graphs for the query tests.
#include <string>
#include <vector>

#include "graph/knowledge_graph.h"

namespace kg::test {

inline EntityNode entity(const std::string& label, EntityType type = EntityType::Person,
                         std::vector<std::string> titles = {}, std::vector<std::string> aliases = {}) {
  EntityNode node;
  node.label = label;
  node.type = type;
  node.titles = std::move(titles);
  node.aliases = std::move(aliases);
  return node;
}

inline Evidence said(const std::string& doc, std::uint32_t sentence, const std::string& text) {
  return Evidence{doc, sentence, {0, 10}, {0, 2}, {4, 6}, text, "2024-05-01"};
}

// Vassilenko (0) met Schaich (1); Schaich holds a position at the ministry (2);
// Vassilenko chaired the forum (3), which took place in Astana (4); Muller (5) stands alone.
inline KnowledgeGraph officials() {
  KnowledgeGraph g;
  g.add_entity(entity("Roman Vassilenko", EntityType::Person, {"Deputy Foreign Minister"}));
  g.add_entity(entity("Gerd Sch\xD0\xB0ich", EntityType::Person, {}, {"G. Schaich"}));
  g.add_entity(entity("Federal Foreign Office", EntityType::Org, {}, {"Auswärtiges Amt"}));
  g.add_entity(entity("Astana International Forum", EntityType::Event));
  g.add_entity(entity("Astana", EntityType::Gpe));
  g.add_entity(entity("Anna Müller", EntityType::Person, {"Ambassador"}));
  g.add_fact(0, 1, Relation::MetWith, "", said("d1", 2, "Vassilenko met Schaich in Berlin."));
  g.add_fact(1, 2, Relation::HoldsPosition, "State Secretary", said("d1", 0, "State Secretary Schaich of the Federal Foreign Office."));
  g.add_fact(0, 3, Relation::Chaired, "", said("d2", 4, "Vassilenko chaired the forum."));
  g.add_fact(0, 3, Relation::Chaired, "", said("d3", 1, "The forum, chaired by Vassilenko."));
  g.add_fact(3, 4, Relation::LocatedIn, "", said("d2", 0, "The forum opened in Astana."));
  return g;
}

}  // namespace kg::test
