#pragma once
// Reading a checked store's rows into graph records (store/store_reader.h's loads): one
// reader per table, each checking what it reads — ids in range, known types and relations,
// counts that match the meta table, evidence that matches its relation's weight — and
// throwing kg::InputError "damaged kgraph store: ..." otherwise.
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "graph/knowledge_graph.h"
#include "store/sqlite_db.h"
#include "store/store_check.h"

namespace kg::store {

/// One `sentences` row as evidence holds it.
struct SentenceRow {
  SharedText doc, text, date;
  std::uint32_t sentence = 0;
  ByteRange range;
};

/// One `relations` row.
struct RelationRow {
  NodeId source = 0, target = 0;
  Relation relation = Relation::MetWith;
  std::string title;
  std::uint32_t weight = 0;
};

/// Interns strings that many records repeat (document ids, dates): equal texts share a copy.
class Interner {
 public:
  SharedText get(std::string_view text);

 private:
  std::unordered_map<std::string_view, SharedText> seen_;  // views into the SharedText values
};

/// An open, checked store and its row readers. `first` is the column where a record starts.
struct StoreRows {
  SqliteDb db;
  StoreCounts counts;

  [[noreturn]] void damaged(const std::string& what) const;
  void expect_count(std::size_t found, std::size_t expected, const char* what) const;
  NodeId node_id(std::int64_t value, const char* where) const;

  /// id, date, source, url, sentences.
  DocumentInfo document(const SqliteStatement& row, int first) const;
  void load_documents(KnowledgeGraph& graph);
  /// id, label, type, mentions, country (from column 0).
  EntityNode entity(const SqliteStatement& row) const;
  /// Every entity with its aliases and titles, and its documents when asked.
  std::vector<EntityNode> load_entities(bool with_documents);
  /// document, sentence, begin, end, text, date.
  SentenceRow sentence(const SqliteStatement& row, int first, Interner& strings) const;
  std::vector<SentenceRow> load_sentences();
  /// subject_begin, subject_end, object_begin, object_end, with the sentence they cite.
  static Evidence evidence(const SentenceRow& s, const SqliteStatement& row, int first);
  /// source, relation, target, title, weight of relation `id`.
  RelationRow relation(const SqliteStatement& row, int first, std::int64_t id) const;
  /// Adds relation `stored` of the store with its evidence; it must become edge `id` of
  /// `graph` with all of it. Empties `evidence`.
  void add_edge(KnowledgeGraph& graph, EdgeId id, EdgeId stored, const RelationRow& r,
                std::vector<Evidence>& evidence) const;

 private:
  void load_lists(std::vector<EntityNode>& nodes, const char* table, const char* column,
                  std::vector<std::string> EntityNode::*member);
};

/// Reads entities one at a time by id, with their lists; its statements are prepared once.
class EntityReader {
 public:
  explicit EntityReader(StoreRows& rows);
  /// Entity `id` with its aliases and titles, and its documents when asked.
  EntityNode read(NodeId id, bool with_documents);

 private:
  void read_list(SqliteStatement& rows, NodeId id, std::vector<std::string>& into);
  StoreRows& rows_;
  SqliteStatement entity_, aliases_, titles_, documents_;
};

}  // namespace kg::store
