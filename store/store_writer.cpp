#include "store/store_writer.h"

#include <functional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <unordered_map>

#include "store/adjacency.h"
#include "store/name_index.h"
#include "store/sqlite_db.h"
#include "store/store_schema.h"

namespace kg {
namespace {

using store::SqliteDb;
using store::SqliteStatement;

// Every fact a sentence supports cites it: the store keeps one `sentences` row per distinct
// (document, index, range, text, date) and evidence rows point at it, numbered in order of
// first citation.
struct SentenceKey {
  std::string doc, text, date;
  std::uint32_t sentence, begin, end;
  friend bool operator==(const SentenceKey&, const SentenceKey&) = default;
};

struct SentenceKeyHash {
  std::size_t operator()(const SentenceKey& k) const noexcept {
    std::size_t h = std::hash<std::string_view>{}(k.text);
    auto mix = [&h](std::size_t v) { h ^= v + 0x9e3779b97f4a7c15ULL + (h << 6) + (h >> 2); };
    mix(std::hash<std::string_view>{}(k.doc));
    mix(std::hash<std::string_view>{}(k.date));
    mix(k.sentence);
    mix(std::size_t{k.begin} << 32 | k.end);
    return h;
  }
};

// The sentence rows' ids. What a build cites (no text in the evidence, moved out by
// graph/evidence_texts.h; its document's date; an index within the document's sentence
// count) is numbered in a flat slot per (document, sentence): 4 bytes per sentence of the
// corpus and 8 per row, where a hash map of keys cost some 100 bytes per row. Anything else
// (a graph file's evidence with its text, a second range for one sentence) goes to a map of
// whole keys; both share one numbering, so the ids are those of first citation either way.
class SentenceIds {
 public:
  explicit SentenceIds(const std::vector<DocumentInfo>& docs) : docs_(docs), first_slot_(docs.size() + 1, 0) {
    for (std::size_t d = 0; d < docs.size(); ++d) {
      index_.emplace(docs[d].id, static_cast<std::uint32_t>(d));
      first_slot_[d + 1] = first_slot_[d] + docs[d].sentences;
    }
    if (index_.size() != docs.size()) index_.clear();  // repeated ids: every key goes to the map
    slots_.assign(first_slot_.back(), 0);
  }
  /// The id of `e`'s sentence and whether it is new.
  std::pair<std::int64_t, bool> of(const Evidence& e) {
    const std::string& doc = e.doc.str();
    if (e.text.empty())
      if (auto it = index_.find(doc); it != index_.end() && e.sentence < docs_[it->second].sentences &&
                                      e.date.str() == docs_[it->second].date) {
        std::uint32_t& slot = slots_[first_slot_[it->second] + e.sentence];
        if (slot == 0) {
          slot = static_cast<std::uint32_t>(ranges_.size()) + 1;
          ranges_.push_back(e.sentence_range);
          ids_.push_back(next_);
          return {next_++, true};
        }
        if (ranges_[slot - 1] == e.sentence_range) return {ids_[slot - 1], false};
      }
    SentenceKey key{doc, e.text.str(), e.date.str(), e.sentence, e.sentence_range.begin, e.sentence_range.end};
    auto [it, fresh] = others_.emplace(std::move(key), next_);
    if (fresh) ++next_;
    return {it->second, fresh};
  }
  std::size_t size() const { return static_cast<std::size_t>(next_); }

 private:
  const std::vector<DocumentInfo>& docs_;
  std::unordered_map<std::string_view, std::uint32_t> index_;  // document id -> index in docs_
  std::vector<std::uint64_t> first_slot_;
  std::vector<std::uint32_t> slots_;  // row + 1 in ranges_ and ids_; 0: not cited yet
  std::vector<ByteRange> ranges_;
  std::vector<std::int64_t> ids_;
  std::unordered_map<SentenceKey, std::int64_t, SentenceKeyHash> others_;
  std::int64_t next_ = 0;
};

void insert_list(SqliteStatement& insert, std::int64_t owner, const std::vector<std::string>& values) {
  for (std::size_t i = 0; i < values.size(); ++i) {
    insert.bind(1, owner);
    insert.bind(2, static_cast<std::int64_t>(i));
    insert.bind(3, values[i]);
    insert.step();
    insert.reset();
  }
}

void write_documents(SqliteDb& db, const KnowledgeGraph& graph) {
  auto insert = db.prepare("INSERT INTO documents VALUES (?, ?, ?, ?, ?, ?)");
  const auto& docs = graph.documents();
  for (std::size_t i = 0; i < docs.size(); ++i) {
    insert.bind(1, static_cast<std::int64_t>(i));
    insert.bind(2, docs[i].id);
    insert.bind(3, docs[i].date);
    insert.bind(4, docs[i].source);
    insert.bind(5, docs[i].url);
    insert.bind(6, std::int64_t{docs[i].sentences});
    insert.step();
    insert.reset();
  }
}

void write_entities(SqliteDb& db, const KnowledgeGraph& graph) {
  auto insert = db.prepare("INSERT INTO entities VALUES (?, ?, ?, ?, ?)");
  auto aliases = db.prepare("INSERT INTO entity_aliases VALUES (?, ?, ?)");
  auto titles = db.prepare("INSERT INTO entity_titles VALUES (?, ?, ?)");
  auto documents = db.prepare("INSERT INTO entity_documents VALUES (?, ?, ?)");
  for (NodeId id = 0; id < graph.node_count(); ++id) {
    const EntityNode& node = graph.node(id);
    insert.bind(1, std::int64_t{id});
    insert.bind(2, node.label);
    insert.bind(3, to_string(node.type));
    insert.bind(4, std::int64_t{node.mentions});
    insert.bind(5, node.country);
    insert.step();
    insert.reset();
    insert_list(aliases, id, node.aliases);
    insert_list(titles, id, node.titles);
    insert_list(documents, id, node.documents);
  }
}

// Returns the number of evidence rows and of sentences written.
std::pair<std::size_t, std::size_t> write_relations(SqliteDb& db, const KnowledgeGraph& graph) {
  auto insert = db.prepare("INSERT INTO relations VALUES (?, ?, ?, ?, ?, ?)");
  auto sentence = db.prepare("INSERT INTO sentences VALUES (?, ?, ?, ?, ?, ?, ?)");
  auto evidence = db.prepare("INSERT INTO evidence VALUES (?, ?, ?, ?, ?, ?, ?)");
  SentenceIds sentence_ids(graph.documents());
  std::size_t evidence_rows = 0;
  for (EdgeId id = 0; id < graph.edge_count(); ++id) {
    const FactEdge& fact = graph.edge(id);
    insert.bind(1, std::int64_t{id});
    insert.bind(2, std::int64_t{graph.source(id)});
    insert.bind(3, to_string(fact.relation));
    insert.bind(4, std::int64_t{graph.target(id)});
    insert.bind(5, fact.title);
    insert.bind(6, static_cast<std::int64_t>(fact.evidence.size()));
    insert.step();
    insert.reset();
    for (std::size_t i = 0; i < fact.evidence.size(); ++i) {
      const Evidence& e = fact.evidence[i];
      // A text moved out of memory (graph/evidence_texts.h) is "" here: it is a function of the
      // document and sentence, which the key holds, so the rows are the same.
      auto [sentence_id, fresh] = sentence_ids.of(e);
      if (fresh) {
        sentence.bind(1, sentence_id);
        sentence.bind(2, e.doc.str());
        sentence.bind(3, std::int64_t{e.sentence});
        sentence.bind(4, std::int64_t{e.sentence_range.begin});
        sentence.bind(5, std::int64_t{e.sentence_range.end});
        sentence.bind(6, graph.evidence_text(e));
        sentence.bind(7, e.date.str());
        sentence.step();
        sentence.reset();
      }
      evidence.bind(1, std::int64_t{id});
      evidence.bind(2, static_cast<std::int64_t>(i));
      evidence.bind(3, sentence_id);
      evidence.bind(4, std::int64_t{e.subject_range.begin});
      evidence.bind(5, std::int64_t{e.subject_range.end});
      evidence.bind(6, std::int64_t{e.object_range.begin});
      evidence.bind(7, std::int64_t{e.object_range.end});
      evidence.step();
      evidence.reset();
      ++evidence_rows;
    }
  }
  return {evidence_rows, sentence_ids.size()};
}

// One byte per entity, its type as numbered in extract/entity_type.h: what a path search
// needs of every node, in one row instead of a million.
void write_node_types(SqliteDb& db, const KnowledgeGraph& graph) {
  std::vector<unsigned char> types(graph.node_count());
  for (NodeId id = 0; id < graph.node_count(); ++id) types[id] = static_cast<unsigned char>(graph.node(id).type);
  auto insert = db.prepare("INSERT INTO node_types VALUES (?)");
  insert.bind_blob(1, types);
  insert.step();
}

void write_adjacency(SqliteDb& db, const KnowledgeGraph& graph) {
  auto insert = db.prepare("INSERT INTO adjacency VALUES (?, ?)");
  std::vector<unsigned char> blob;
  std::vector<store::StoredArc> arcs;
  for (NodeId id = 0; id < graph.node_count(); ++id) {
    store::node_arcs(graph, id, arcs);
    if (arcs.empty()) continue;
    blob.clear();
    store::encode_arcs(arcs, blob);
    insert.bind(1, std::int64_t{id});
    insert.bind_blob(2, blob);
    insert.step();
    insert.reset();
  }
}

void write_extractions(SqliteDb& db, const ExtractionRows& extractions) {
  auto insert = db.prepare("INSERT INTO extractions VALUES (?, ?, ?)");
  std::int64_t position = 0;
  extractions.each([&](const std::string& id, std::string_view bytes) {
    insert.bind(1, position++);
    insert.bind(2, id);
    insert.bind_blob(3, {reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size()});
    insert.step();
    insert.reset();
  });
}

void write_meta(SqliteDb& db, const std::vector<std::pair<std::string, std::string>>& rows) {
  auto insert = db.prepare("INSERT INTO meta VALUES (?, ?)");
  for (const auto& [key, value] : rows) {
    insert.bind(1, key);
    insert.bind(2, value);
    insert.step();
    insert.reset();
  }
}

// The whole store, in one transaction on `db`.
void fill_store(SqliteDb& db, const KnowledgeGraph& graph, const ExtractionRows& extractions) {
  db.exec("BEGIN");
  db.exec("PRAGMA application_id = " + std::to_string(store::kApplicationId) +
          "; PRAGMA user_version = " + std::to_string(store::kSchemaVersion) + ";");
  db.exec(store::schema_sql());
  write_documents(db, graph);
  write_entities(db, graph);
  auto [evidence, sentences] = write_relations(db, graph);
  write_adjacency(db, graph);
  write_node_types(db, graph);
  store::write_name_index(db, graph);
  write_extractions(db, extractions);
  db.exec(store::index_sql());
  // The reader checks its counts against these: a store cut short is refused, not half-read.
  write_meta(db, {{"documents", std::to_string(graph.documents().size())},
                  {"entities", std::to_string(graph.node_count())},
                  {"evidence", std::to_string(evidence)},
                  {"extraction_version", extractions.version()},
                  {"format", "kgraph"},
                  {"name_key_probe", store::name_key_probe()},
                  {"relations", std::to_string(graph.edge_count())},
                  {"schema_version", std::to_string(store::kSchemaVersion)},
                  {"sentences", std::to_string(sentences)}});
  db.exec("COMMIT");
}

}  // namespace

void write_store(std::ostream& out, const KnowledgeGraph& graph) { write_store(out, graph, StoredExtractions{}); }

void write_store(std::ostream& out, const KnowledgeGraph& graph, const StoredExtractions& extractions) {
  SqliteDb db = SqliteDb::open_in_memory();
  fill_store(db, graph, StoredExtractionRows(extractions));
  auto bytes = db.serialized();
  out.write(reinterpret_cast<const char*>(bytes.data()), static_cast<std::streamsize>(bytes.size()));
  out.flush();
  if (!out) throw std::runtime_error("cannot write the graph store");
}

void write_store_file(const std::filesystem::path& path, const KnowledgeGraph& graph, const ExtractionRows& extractions) {
  SqliteDb db = SqliteDb::create_file(path);
  fill_store(db, graph, extractions);
}

}  // namespace kg
