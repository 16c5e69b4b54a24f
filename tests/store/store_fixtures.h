#pragma once
// Graphs and helpers for the store tests.
#include <string>

#include "graph/graph_json.h"
#include "graph/knowledge_graph.h"
#include "store/store_writer.h"
#include "test_support.h"

namespace kg::test {

inline Evidence cited(std::string doc, std::uint32_t sentence, std::string text, std::string date = "") {
  Evidence e;
  e.doc = std::move(doc);
  e.sentence = sentence;
  e.sentence_range = {sentence * 100, sentence * 100 + static_cast<std::uint32_t>(text.size())};
  e.subject_range = {sentence * 100, sentence * 100 + 5};
  e.object_range = {sentence * 100 + 10, sentence * 100 + 15};
  e.text = std::move(text);
  e.date = std::move(date);
  return e;
}

/// What a store must keep exactly: documents with source and url, a name with a byte that is
/// no UTF-8 (0xFF) and one with a NUL, Cyrillic, lists of aliases, titles and documents,
/// two relations between one pair, a symmetric relation, a self-loop, a fact with several
/// evidence records sharing one sentence with another fact, an isolated node, empty strings.
inline KnowledgeGraph quirky_graph() {
  KnowledgeGraph g;
  g.add_document({"doc-1", "2024-03-01", "Agency \"A\"", "https://example.org/1?a=b&c", 7});
  g.add_document({"doc-2", "", "", "", 0});
  g.add_document({"dóc 3", "2024-03-03", "Ведомости", "", 2});
  NodeId ana = g.add_entity({"Ana Petrova", EntityType::Person, {"A. Petrova", "Петрова"}, 4, {"doc-1", "doc-2"},
                             "BG", {"Deputy Minister", "Minister"}});
  NodeId ministry = g.add_entity({"Ministry of \xFF Affairs", EntityType::Org, {}, 2, {"doc-1"}, "BG", {}});
  NodeId nul = g.add_entity({std::string("Null\0Byte", 9), EntityType::Gpe, {"nul"}, 1, {"doc-2"}, "", {}});
  NodeId ivan = g.add_entity({"Ivan Kolev", EntityType::Person, {}, 3, {"dóc 3"}, "BG", {}});
  g.add_entity({"Lonely Summit", EntityType::Event, {}, 1, {}, "", {}});
  g.add_fact(ana, ministry, Relation::HoldsPosition, "Deputy Minister",
             cited("doc-1", 2, "Deputy Minister Ana Petrova of the ministry.", "2024-03-01"));
  g.add_fact(ana, ministry, Relation::HoldsPosition, "Deputy Minister",
             cited("doc-2", 1, "Petrova, the ministry's deputy head."));
  g.add_fact(ana, ministry, Relation::MemberOf, "", cited("doc-1", 2, "Deputy Minister Ana Petrova of the ministry.",
                                                          "2024-03-01"));
  g.add_fact(ivan, ana, Relation::MetWith, "", cited("dóc 3", 0, "Колев встретился с Петровой.", "2024-03-03"));
  g.add_fact(ivan, ana, Relation::MetWith, "", cited("dóc 3", 1, "They met again\ttoday.", "2024-03-03"));
  g.add_fact(ministry, nul, Relation::LocatedIn, "", cited("doc-2", 4, ""));
  g.add_fact(ministry, ministry, Relation::PartOf, "", cited("doc-2", 5, "The ministry is part of itself."));
  return g;
}

inline std::string graph_json(const KnowledgeGraph& graph) {
  std::ostringstream out;
  write_graph_json(out, graph);
  return out.str();
}

inline std::string store_bytes(const KnowledgeGraph& graph) {
  std::ostringstream out;
  write_store(out, graph);
  return out.str();
}

inline void write_store_file(const std::filesystem::path& path, const KnowledgeGraph& graph) {
  write_file(path, store_bytes(graph));
}

/// Runs the sqlite3 shell on `db` with `sql`.
inline RunResult sqlite3(const std::filesystem::path& db, const std::string& sql) {
  return run(shell_quote(KG_SQLITE3) + " -batch " + shell_quote(db.string()) + " " + shell_quote(sql));
}

}  // namespace kg::test
