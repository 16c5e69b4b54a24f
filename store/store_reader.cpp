#include "store/store_reader.h"

#include <algorithm>
#include <fstream>
#include <map>
#include <set>
#include <string>

#include "extract/input_error.h"
#include "store/adjacency.h"
#include "store/name_index.h"
#include "store/sqlite_db.h"
#include "store/store_check.h"
#include "store/store_rows.h"
#include "store/stored_path_index.h"

namespace kg {

using store::Interner;
using store::SentenceRow;
using store::SqliteDb;
using store::SqliteStatement;
using store::StoreCounts;

struct GraphStore::Impl : store::StoreRows {};

bool is_sqlite_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  char start[16] = {};
  return in.read(start, sizeof start) && std::string_view(start, sizeof start) == std::string_view("SQLite format 3\0", 16);
}

GraphStore::GraphStore(const std::filesystem::path& path) {
  StoreCounts counts;
  SqliteDb db = store::open_checked(path, counts);
  impl_ = std::make_unique<Impl>(Impl{{std::move(db), counts}});
}

GraphStore::~GraphStore() = default;
GraphStore::GraphStore(GraphStore&&) noexcept = default;
GraphStore& GraphStore::operator=(GraphStore&&) noexcept = default;

std::size_t GraphStore::node_count() const { return impl_->counts.entities; }
std::size_t GraphStore::edge_count() const { return impl_->counts.relations; }
std::int64_t GraphStore::schema_version() const { return impl_->counts.schema_version; }

PathIndex GraphStore::path_index() const { return store::read_path_index(*impl_); }

NodeId GraphStore::lookup(std::string_view name) const { return store::lookup_stored_entity(*impl_, name); }

std::string GraphStore::extraction_version() const {
  const Impl& s = *impl_;
  auto version = s.counts.meta.find("extraction_version");
  return s.counts.schema_version < 2 || version == s.counts.meta.end() ? std::string() : version->second;
}

void GraphStore::each_extraction(const ExtractionRows::Row& row) const {
  Impl& s = *impl_;
  if (s.counts.schema_version < 2) return;
  const bool versioned = !extraction_version().empty();
  auto rows = s.db.prepare("SELECT position, document, data FROM extractions ORDER BY position");
  std::string id, previous;
  for (std::int64_t position = 0; rows.step(); ++position) {
    if (rows.integer(0) != position) s.damaged("extraction positions are not 0, 1, 2, ...");
    if (!versioned) s.damaged("extractions without an extraction version");
    id = rows.text(1);
    if (position > 0 && !(previous < id)) s.damaged("extractions are not sorted by document id");
    auto data = rows.blob(2);
    row(id, {reinterpret_cast<const char*>(data.data()), data.size()});
    previous.swap(id);
  }
}

StoredExtractions GraphStore::load_extractions() const {
  StoredExtractions stored;
  stored.version = extraction_version();
  each_extraction([&](const std::string& id, std::string_view bytes) { stored.documents.emplace_back(id, bytes); });
  return stored;
}

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
      list.push_back(store::StoreRows::evidence(sentences[static_cast<std::size_t>(sentence)], evidence, 2));
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
  std::map<EdgeId, std::pair<store::RelationRow, std::vector<Evidence>>> facts;
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
      list.push_back(store::StoreRows::evidence(sentence, evidence, 0));
      cited.emplace(sentence.doc.str());
    }
    evidence.reset();
  }
  for (NodeId n : wanted) s.node_id(n, "a query");

  Part part;
  store::EntityReader reader(s);
  std::map<NodeId, NodeId> renumbered_nodes;
  for (NodeId id : wanted) {
    EntityNode node = reader.read(id, true);
    cited.insert(node.documents.begin(), node.documents.end());
    renumbered_nodes.emplace(id, part.graph.add_entity(std::move(node)));
    part.nodes.push_back(id);
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
    fact.first.source = renumbered_nodes.at(fact.first.source);
    fact.first.target = renumbered_nodes.at(fact.first.target);
    s.add_edge(part.graph, next, id, fact.first, fact.second);
    renumbered.emplace(id, next);
  }
  for (EdgeId id : edges) part.edges.push_back(renumbered.at(id));
  return part;
}

KnowledgeGraph load_store(const std::filesystem::path& path) { return GraphStore(path).load(); }

}  // namespace kg
