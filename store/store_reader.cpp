#include "store/store_reader.h"

#include <algorithm>
#include <fstream>
#include <map>
#include <set>
#include <string>
#include <unordered_map>

#include "extract/input_error.h"
#include "store/adjacency.h"
#include "store/sqlite_db.h"
#include "store/store_check.h"

namespace kg {
namespace {

using store::SqliteDb;
using store::SqliteStatement;
using store::StoreCounts;

// One `sentences` row as evidence holds it; equal texts share one copy.
struct SentenceRow {
  SharedText doc, text, date;
  std::uint32_t sentence = 0;
  ByteRange range;
};

// Interns strings that many records repeat (document ids, dates).
class Interner {
 public:
  SharedText get(std::string_view text) {
    auto it = seen_.find(text);
    if (it != seen_.end()) return it->second;
    SharedText shared{text};
    seen_.emplace(shared.str(), shared);
    return shared;
  }

 private:
  std::unordered_map<std::string_view, SharedText> seen_;  // views into the SharedText values
};

}  // namespace

struct GraphStore::Impl {
  SqliteDb db;
  StoreCounts counts;

  [[noreturn]] void damaged(const std::string& what) const {
    throw InputError("damaged kgraph store: " + what, db.file());
  }
  void expect_count(std::size_t found, std::size_t expected, const char* what) const {
    if (found != expected)
      damaged("holds " + std::to_string(found) + " " + what + " where its meta table says " +
              std::to_string(expected));
  }
  NodeId node_id(std::int64_t value, const char* where) const {
    if (value < 0 || static_cast<std::uint64_t>(value) >= counts.entities)
      damaged(std::string(where) + " names entity " + std::to_string(value) + ", which does not exist");
    return static_cast<NodeId>(value);
  }

  DocumentInfo document(const SqliteStatement& row, int first) const {
    return {std::string(row.text(first)), std::string(row.text(first + 1)), std::string(row.text(first + 2)),
            std::string(row.text(first + 3)), row.uint32(first + 4)};
  }

  void load_documents(KnowledgeGraph& graph) {
    auto rows = db.prepare("SELECT id, date, source, url, sentences FROM documents ORDER BY position");
    std::size_t n = 0;
    for (; rows.step(); ++n) graph.add_document(document(rows, 0));
    expect_count(n, counts.documents, "documents");
  }

  EntityNode entity(const SqliteStatement& row) const {
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
  void load_lists(std::vector<EntityNode>& nodes, const char* table, const char* column,
                  std::vector<std::string> EntityNode::*member) {
    auto rows = db.prepare(std::string("SELECT entity, ") + column + " FROM " + table + " ORDER BY entity, position");
    while (rows.step()) (nodes[node_id(rows.integer(0), table)].*member).emplace_back(rows.text(1));
  }

  std::vector<EntityNode> load_entities(bool with_documents) {
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

  SentenceRow sentence(const SqliteStatement& row, int first, Interner& strings) const {
    return {strings.get(row.text(first)), SharedText(row.text(first + 4)), strings.get(row.text(first + 5)),
            row.uint32(first + 1), {row.uint32(first + 2), row.uint32(first + 3)}};
  }

  std::vector<SentenceRow> load_sentences() {
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

  static Evidence evidence(const SentenceRow& s, const SqliteStatement& row, int first) {
    return {s.doc, s.sentence, s.range, {row.uint32(first), row.uint32(first + 1)},
            {row.uint32(first + 2), row.uint32(first + 3)}, s.text, s.date};
  }

  struct RelationRow {
    NodeId source = 0, target = 0;
    Relation relation = Relation::MetWith;
    std::string title;
    std::uint32_t weight = 0;
  };

  RelationRow relation(const SqliteStatement& row, int first, std::int64_t id) const {
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

  // Adds relation `stored` of the store with its evidence; it must become edge `id` of
  // `graph` with all of it.
  void add_edge(KnowledgeGraph& graph, EdgeId id, EdgeId stored, const RelationRow& r,
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
};

bool is_sqlite_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  char start[16] = {};
  return in.read(start, sizeof start) && std::string_view(start, sizeof start) == std::string_view("SQLite format 3\0", 16);
}

GraphStore::GraphStore(const std::filesystem::path& path) {
  StoreCounts counts;
  SqliteDb db = store::open_checked(path, counts);
  impl_ = std::make_unique<Impl>(Impl{std::move(db), counts});
}

GraphStore::~GraphStore() = default;
GraphStore::GraphStore(GraphStore&&) noexcept = default;
GraphStore& GraphStore::operator=(GraphStore&&) noexcept = default;

std::size_t GraphStore::node_count() const { return impl_->counts.entities; }
std::size_t GraphStore::edge_count() const { return impl_->counts.relations; }

KnowledgeGraph GraphStore::load() const {
  Impl& s = *impl_;
  KnowledgeGraph graph;
  s.load_documents(graph);
  for (auto& node : s.load_entities(true)) graph.add_entity(std::move(node));
  const auto sentences = s.load_sentences();
  graph.reserve_edges(s.counts.relations);
  auto relations = s.db.prepare("SELECT id, source, relation, target, title, weight FROM relations ORDER BY id");
  auto evidence = s.db.prepare("SELECT relation, sentence_id, subject_begin, subject_end, object_begin, object_end "
                               "FROM evidence ORDER BY relation, position");
  bool more_evidence = evidence.step();
  std::size_t evidence_rows = 0;
  std::vector<Evidence> list;
  EdgeId id = 0;
  for (; relations.step(); ++id) {
    if (relations.integer(0) != id) s.damaged("relation ids are not 0, 1, 2, ...");
    auto r = s.relation(relations, 1, id);
    for (; more_evidence && evidence.integer(0) <= id; more_evidence = evidence.step(), ++evidence_rows) {
      if (evidence.integer(0) < id) s.damaged("evidence names relation " + std::to_string(evidence.integer(0)) + ", which does not exist");
      std::int64_t sentence = evidence.integer(1);
      if (sentence < 0 || static_cast<std::uint64_t>(sentence) >= sentences.size())
        s.damaged("evidence names sentence " + std::to_string(sentence) + ", which does not exist");
      list.push_back(Impl::evidence(sentences[static_cast<std::size_t>(sentence)], evidence, 2));
    }
    s.add_edge(graph, id, id, r, list);
  }
  s.expect_count(id, s.counts.relations, "relations");
  if (more_evidence) s.damaged("evidence names relation " + std::to_string(evidence.integer(0)) + ", which does not exist");
  s.expect_count(evidence_rows, s.counts.evidence, "evidence rows");
  return graph;
}

KnowledgeGraph GraphStore::load_skeleton() const {
  Impl& s = *impl_;
  KnowledgeGraph graph;
  s.load_documents(graph);
  for (auto& node : s.load_entities(false)) graph.add_entity(std::move(node));
  struct Edge {
    NodeId source = 0, target = 0;
    std::uint32_t weight = 0;
    Relation relation = Relation::MetWith;
    bool seen = false;
  };
  std::vector<Edge> edges(s.counts.relations);
  std::vector<store::StoredArc> arcs;
  auto rows = s.db.prepare("SELECT node, arcs FROM adjacency ORDER BY node");
  while (rows.step()) {
    NodeId node = s.node_id(rows.integer(0), "the adjacency");
    arcs.clear();
    if (!store::decode_arcs(rows.blob(1), arcs)) s.damaged("the adjacency of entity " + std::to_string(node) + " is not a list of arcs");
    for (const auto& a : arcs) {
      if (a.edge >= edges.size() || a.to >= s.counts.entities)
        s.damaged("the adjacency of entity " + std::to_string(node) + " names a relation or entity that does not exist");
      if (!a.outgoing) continue;
      Edge& e = edges[a.edge];
      if (e.seen) s.damaged("the adjacency holds relation " + std::to_string(a.edge) + " twice");
      e = {node, a.to, a.weight, a.relation, true};
    }
  }
  // Titles are few (holds_position only); a partial index holds just those rows.
  auto titled = s.db.prepare("SELECT id, title FROM relations WHERE title <> '' ORDER BY id");
  bool more_titles = titled.step();
  graph.reserve_edges(edges.size());
  std::size_t evidence = 0;
  for (EdgeId id = 0; id < edges.size(); ++id) {
    const Edge& e = edges[id];
    if (!e.seen || e.weight == 0) s.damaged("the adjacency lacks relation " + std::to_string(id));
    evidence += e.weight;
    std::string title;
    if (more_titles && titled.integer(0) == id) {
      title = titled.text(1);
      more_titles = titled.step();
    }
    for (std::uint32_t i = 0; i < e.weight; ++i) {
      Evidence placeholder;
      placeholder.sentence = i;
      if (graph.add_fact(e.source, e.target, e.relation, title, std::move(placeholder)) != id)
        s.damaged("the adjacency repeats relation " + std::to_string(id));
    }
  }
  s.expect_count(evidence, s.counts.evidence, "evidence records by the adjacency's weights");
  if (more_titles) s.damaged("a title names relation " + std::to_string(titled.integer(0)) + ", which does not exist");
  return graph;
}

GraphStore::Part GraphStore::load_part(const std::vector<NodeId>& nodes, const std::vector<EdgeId>& edges) const {
  Impl& s = *impl_;
  auto relation = s.db.prepare("SELECT source, relation, target, title, weight FROM relations WHERE id = ?");
  auto evidence = s.db.prepare(
      "SELECT e.subject_begin, e.subject_end, e.object_begin, e.object_end, "
      "s.document, s.sentence, s.begin, s.end, s.text, s.date "
      "FROM evidence e JOIN sentences s ON s.id = e.sentence_id WHERE e.relation = ? ORDER BY e.position");
  Interner strings;
  std::map<EdgeId, std::pair<Impl::RelationRow, std::vector<Evidence>>> facts;
  std::set<NodeId> wanted(nodes.begin(), nodes.end());
  std::set<std::string, std::less<>> cited;
  for (EdgeId id : edges) {
    if (facts.count(id)) continue;
    relation.bind(1, std::int64_t{id});
    if (!relation.step()) s.damaged("relation " + std::to_string(id) + " is missing");
    auto& [row, list] = facts[id];
    row = s.relation(relation, 0, id);
    relation.reset();
    wanted.insert({row.source, row.target});
    evidence.bind(1, std::int64_t{id});
    while (evidence.step()) {
      SentenceRow sentence = s.sentence(evidence, 4, strings);
      list.push_back(Impl::evidence(sentence, evidence, 0));
      cited.emplace(sentence.doc.str());
    }
    evidence.reset();
  }
  for (NodeId n : wanted) s.node_id(n, "a query");

  Part part;
  auto entity = s.db.prepare("SELECT id, label, type, mentions, country FROM entities WHERE id = ?");
  auto list = [&](const char* table, const char* column) {
    return s.db.prepare(std::string("SELECT ") + column + " FROM " + table + " WHERE entity = ? ORDER BY position");
  };
  auto aliases = list("entity_aliases", "alias"), titles = list("entity_titles", "title"),
       documents = list("entity_documents", "document");
  auto read_list = [](SqliteStatement& rows, NodeId id, std::vector<std::string>& into) {
    rows.bind(1, std::int64_t{id});
    while (rows.step()) into.emplace_back(rows.text(0));
    rows.reset();
  };
  std::vector<EntityNode> full;
  const NodeId count = wanted.empty() ? 0 : *wanted.rbegin() + 1;
  for (NodeId id = 0; id < count; ++id) {
    if (!wanted.count(id)) {
      part.graph.add_entity(EntityNode{});
      continue;
    }
    entity.bind(1, std::int64_t{id});
    if (!entity.step()) s.damaged("entity " + std::to_string(id) + " is missing");
    EntityNode node = s.entity(entity);
    entity.reset();
    read_list(aliases, id, node.aliases);
    read_list(titles, id, node.titles);
    read_list(documents, id, node.documents);
    cited.insert(node.documents.begin(), node.documents.end());
    part.graph.add_entity(std::move(node));
  }

  // The cited documents, in the order of the whole graph.
  auto document = s.db.prepare("SELECT position, id, date, source, url, sentences FROM documents WHERE id = ?");
  std::map<std::int64_t, DocumentInfo> kept;
  for (const auto& id : cited) {
    document.bind(1, id);
    while (document.step()) kept.emplace(document.integer(0), s.document(document, 1));
    document.reset();
  }
  for (auto& [position, doc] : kept) part.graph.add_document(std::move(doc));

  // In store id order, so that edges keep their relative order (outputs that sort by id).
  std::map<EdgeId, EdgeId> renumbered;
  for (auto& [id, fact] : facts) {
    auto next = static_cast<EdgeId>(part.graph.edge_count());
    s.add_edge(part.graph, next, id, fact.first, fact.second);
    renumbered.emplace(id, next);
  }
  for (EdgeId id : edges) part.edges.push_back(renumbered.at(id));
  return part;
}

KnowledgeGraph load_store(const std::filesystem::path& path) { return GraphStore(path).load(); }

}  // namespace kg
