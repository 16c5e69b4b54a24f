#include "store/store_rows.h"

#include <utility>

#include "extract/input_error.h"

namespace kg::store {

SharedText Interner::get(std::string_view text) {
  auto it = seen_.find(text);
  if (it != seen_.end()) return it->second;
  SharedText shared{text};
  seen_.emplace(shared.str(), shared);
  return shared;
}

void StoreRows::damaged(const std::string& what) const {
  throw InputError("damaged kgraph store: " + what, db.file());
}

void StoreRows::expect_count(std::size_t found, std::size_t expected, const char* what) const {
  if (found != expected)
    damaged("holds " + std::to_string(found) + " " + what + " where its meta table says " +
            std::to_string(expected));
}

NodeId StoreRows::node_id(std::int64_t value, const char* where) const {
  if (value < 0 || static_cast<std::uint64_t>(value) >= counts.entities)
    damaged(std::string(where) + " names entity " + std::to_string(value) + ", which does not exist");
  return static_cast<NodeId>(value);
}

DocumentInfo StoreRows::document(const SqliteStatement& row, int first) const {
  return {std::string(row.text(first)), std::string(row.text(first + 1)), std::string(row.text(first + 2)),
          std::string(row.text(first + 3)), row.uint32(first + 4)};
}

void StoreRows::load_documents(KnowledgeGraph& graph) {
  auto rows = db.prepare("SELECT id, date, source, url, sentences FROM documents ORDER BY position");
  std::size_t n = 0;
  for (; rows.step(); ++n) graph.add_document(document(rows, 0));
  expect_count(n, counts.documents, "documents");
}

EntityNode StoreRows::entity(const SqliteStatement& row) const {
  EntityNode node;
  node.label = row.text(1);
  auto type = parse_entity_type(row.text(2));
  if (!type) damaged("entity " + std::to_string(row.integer(0)) + " has the unknown type \"" +
                     std::string(row.text(2)) + "\"");
  node.type = *type;
  node.mentions = row.uint32(3);
  node.country = row.text(4);
  return node;
}

// Every list of `table` into its entity's `member`, in position order.
void StoreRows::load_lists(std::vector<EntityNode>& nodes, const char* table, const char* column,
                           std::vector<std::string> EntityNode::*member) {
  auto rows = db.prepare(std::string("SELECT entity, ") + column + " FROM " + table + " ORDER BY entity, position");
  while (rows.step()) (nodes[node_id(rows.integer(0), table)].*member).emplace_back(rows.text(1));
}

std::vector<EntityNode> StoreRows::load_entities(bool with_documents) {
  std::vector<EntityNode> nodes;
  nodes.reserve(counts.entities);
  auto rows = db.prepare("SELECT id, label, type, mentions, country FROM entities ORDER BY id");
  while (rows.step()) {
    if (rows.integer(0) != static_cast<std::int64_t>(nodes.size()))
      damaged("entity ids are not 0, 1, 2, ... (found " + std::to_string(rows.integer(0)) + ")");
    nodes.push_back(entity(rows));
  }
  expect_count(nodes.size(), counts.entities, "entities");
  load_lists(nodes, "entity_aliases", "alias", &EntityNode::aliases);
  load_lists(nodes, "entity_titles", "title", &EntityNode::titles);
  if (with_documents) load_lists(nodes, "entity_documents", "document", &EntityNode::documents);
  return nodes;
}

SentenceRow StoreRows::sentence(const SqliteStatement& row, int first, Interner& strings) const {
  return {strings.get(row.text(first)), SharedText(row.text(first + 4)), strings.get(row.text(first + 5)),
          row.uint32(first + 1), {row.uint32(first + 2), row.uint32(first + 3)}};
}

std::vector<SentenceRow> StoreRows::load_sentences() {
  std::vector<SentenceRow> sentences;
  sentences.reserve(counts.sentences);
  Interner strings;
  auto rows = db.prepare("SELECT id, document, sentence, begin, end, text, date FROM sentences ORDER BY id");
  while (rows.step()) {
    if (rows.integer(0) != static_cast<std::int64_t>(sentences.size()))
      damaged("sentence ids are not 0, 1, 2, ...");
    sentences.push_back(sentence(rows, 1, strings));
  }
  expect_count(sentences.size(), counts.sentences, "sentences");
  return sentences;
}

Evidence StoreRows::evidence(const SentenceRow& s, const SqliteStatement& row, int first) {
  return {s.doc, s.sentence, s.range, {row.uint32(first), row.uint32(first + 1)},
          {row.uint32(first + 2), row.uint32(first + 3)}, s.text, s.date};
}

RelationRow StoreRows::relation(const SqliteStatement& row, int first, std::int64_t id) const {
  RelationRow r;
  r.source = node_id(row.integer(first), "a relation");
  auto relation = parse_relation(row.text(first + 1));
  if (!relation) damaged("relation " + std::to_string(id) + " is the unknown \"" + std::string(row.text(first + 1)) + "\"");
  r.relation = *relation;
  r.target = node_id(row.integer(first + 2), "a relation");
  r.title = row.text(first + 3);
  r.weight = row.uint32(first + 4);
  if (r.weight == 0) damaged("relation " + std::to_string(id) + " has no evidence");
  if (is_symmetric(r.relation) && r.target < r.source)
    damaged("relation " + std::to_string(id) + " (" + std::string(to_string(r.relation)) +
            ") has its ends the wrong way round");
  return r;
}

void StoreRows::add_edge(KnowledgeGraph& graph, EdgeId id, EdgeId stored, const RelationRow& r,
                         std::vector<Evidence>& evidence) const {
  const std::string name = "relation " + std::to_string(stored);
  if (evidence.size() != r.weight)
    damaged(name + " has " + std::to_string(evidence.size()) + " evidence rows where its weight says " +
            std::to_string(r.weight));
  for (auto& e : evidence)
    if (graph.add_fact(r.source, r.target, r.relation, r.title, std::move(e)) != id)
      damaged(name + " repeats the ends and relation of an earlier one");
  if (graph.edge(id).evidence.size() != r.weight) damaged(name + " repeats evidence");
  evidence.clear();
}

EntityReader::EntityReader(StoreRows& rows)
    : rows_(rows),
      entity_(rows.db.prepare("SELECT id, label, type, mentions, country FROM entities WHERE id = ?")),
      aliases_(rows.db.prepare("SELECT alias FROM entity_aliases WHERE entity = ? ORDER BY position")),
      titles_(rows.db.prepare("SELECT title FROM entity_titles WHERE entity = ? ORDER BY position")),
      documents_(rows.db.prepare("SELECT document FROM entity_documents WHERE entity = ? ORDER BY position")) {}

void EntityReader::read_list(SqliteStatement& rows, NodeId id, std::vector<std::string>& into) {
  rows.bind(1, std::int64_t{id});
  while (rows.step()) into.emplace_back(rows.text(0));
  rows.reset();
}

EntityNode EntityReader::read(NodeId id, bool with_documents) {
  entity_.bind(1, std::int64_t{id});
  if (!entity_.step()) rows_.damaged("entity " + std::to_string(id) + " is missing");
  EntityNode node = rows_.entity(entity_);
  entity_.reset();
  read_list(aliases_, id, node.aliases);
  read_list(titles_, id, node.titles);
  if (with_documents) read_list(documents_, id, node.documents);
  return node;
}

}  // namespace kg::store
