#pragma once
// Small graphs built by hand for the export tests, independent of the extractor.
#include <string>
#include <string_view>

#include "graph/knowledge_graph.h"

namespace kg::test {

inline Evidence evidence(std::string doc, std::uint32_t sentence, std::string text, std::string date = "") {
  Evidence e;
  e.doc = std::move(doc);
  e.sentence = sentence;
  e.sentence_range = {sentence * 100, sentence * 100 + static_cast<std::uint32_t>(text.size())};
  e.text = std::move(text);
  e.date = std::move(date);
  return e;
}

/// Names every writer must survive: quotes, &, <, a backslash (also trailing), a node
/// called `node`, U+0001, U+FFFE, a UTF-8 encoded surrogate, Cyrillic, an empty alias list,
/// two relations between the same pair, a symmetric relation.
inline KnowledgeGraph hostile_graph() {
  KnowledgeGraph g;
  const NodeId ryabkov = g.add_entity({R"(Sergei "The Fox" Ryabkov)", EntityType::Person,
                                       {"Ryabkov", "Сергей Рябков"}, 5, {"doc-1", "doc-2"}, "RU",
                                       {"Deputy Foreign Minister"}});
  const NodeId ministry = g.add_entity({"Ministry of Foreign Affairs & <Trade>", EntityType::Org, {}, 3,
                                        {"doc-1"}, "RU", {}});
  const NodeId node = g.add_entity({"node", EntityType::Gpe, {"GRAPH", "Node"}, 1, {"doc-2"}, "", {}});
  const NodeId slash = g.add_entity({R"(C:\Users\ends with \)", EntityType::Person, {"back\\slash"}, 1,
                                     {"doc-2"}, "", {}});
  const NodeId summit = g.add_entity({"Summit\x01 2024 \xEF\xBF\xBE", EntityType::Event,
                                      {"bad \xED\xA0\x80 surrogate"}, 2, {"doc-1"}, "", {}});
  const NodeId zakharova = g.add_entity({"Мария Захарова", EntityType::Person, {}, 4, {"doc-1", "doc-2"},
                                         "RU", {"spokeswoman"}});

  g.add_fact(ryabkov, ministry, Relation::HoldsPosition, "Deputy Foreign Minister",
             evidence("doc-2", 1, "Deputy Foreign Minister Sergei Ryabkov said so.", "2024-03-02"));
  g.add_fact(ryabkov, ministry, Relation::HoldsPosition, "Deputy Foreign Minister",
             evidence("doc-1", 3, R"(Ryabkov, "The Fox", spoke & left <quickly>.)", "2024-03-01"));
  g.add_fact(zakharova, ryabkov, Relation::MetWith, "", evidence("doc-1", 4, "Захарова встретилась с Рябковым."));
  g.add_fact(ryabkov, summit, Relation::ParticipatedIn, "", evidence("doc-1", 5, "He attended the\tsummit."));
  g.add_fact(zakharova, ministry, Relation::MemberOf, "", evidence("doc-2", 2, "Zakharova of the ministry."));
  g.add_fact(zakharova, ministry, Relation::HoldsPosition, R"("acting" spokeswoman)",
             evidence("doc-2", 2, "Zakharova of the ministry.", "2024-03-02"));
  g.add_fact(ministry, node, Relation::LocatedIn, "", evidence("doc-2", 6, "The ministry in node."));
  g.add_fact(slash, summit, Relation::Chaired, "", evidence("doc-2", 7, R"(C:\Users chaired it \)"));
  return g;
}

inline KnowledgeGraph one_node_graph() {
  KnowledgeGraph g;
  g.add_entity({"Antony Blinken", EntityType::Person, {}, 1, {"doc-1"}, "US", {"Secretary of State"}});
  return g;
}

/// "hostile", "one" or "empty": for tests that loop over the three.
inline KnowledgeGraph sample_graph(std::string_view which) {
  if (which == "hostile") return hostile_graph();
  if (which == "one") return one_node_graph();
  return KnowledgeGraph();
}

}  // namespace kg::test
