#include "store/name_index.h"

#include <algorithm>
#include <optional>
#include <sstream>
#include <string>
#include <tuple>
#include <vector>

#include "extract/name_key.h"
#include "query/entity_lookup.h"

namespace kg::store {
namespace {

// The words of a folded key, split as lookup_entity splits them.
std::vector<std::string> key_words(const std::string& key) {
  std::vector<std::string> result;
  std::istringstream in(key);
  for (std::string w; in >> w;) result.push_back(w);
  return result;
}

bool index_usable(const StoreRows& s) {
  if (s.counts.schema_version < 2) return false;
  auto it = s.counts.meta.find("name_key_probe");
  return it != s.counts.meta.end() && it->second == name_key_probe();
}

// Every entity with its names, type and titles: all that lookup_entity reads.
KnowledgeGraph all_names(StoreRows& s) {
  KnowledgeGraph graph;
  for (auto& node : s.load_entities(false)) graph.add_entity(std::move(node));
  return graph;
}

// The entities `ids` (ascending), renumbered 0, 1, ... in that order.
KnowledgeGraph some_names(StoreRows& s, const std::vector<NodeId>& ids) {
  KnowledgeGraph graph;
  EntityReader reader(s);
  for (NodeId id : ids) graph.add_entity(reader.read(id, false));
  return graph;
}

std::vector<NodeId> entities(StoreRows& s, SqliteStatement& rows) {
  std::vector<NodeId> ids;
  while (rows.step()) ids.push_back(s.node_id(rows.integer(0), "the name index"));
  return ids;
}

// More words than a stored name can hold (names are cut at 256 bytes) make a query SQLite
// might refuse (500 terms in a compound SELECT at most); no name holds them all anyway.
constexpr std::size_t kMaxQueryWords = 128;

// Entities with a label or alias whose key holds every word of `key`; nullopt when the
// words repeat (one name must then hold a word twice, which the index does not count) or
// are too many to ask for.
std::optional<std::vector<NodeId>> word_matches(StoreRows& s, const std::string& key) {
  auto words = key_words(key);
  std::sort(words.begin(), words.end());
  if (std::adjacent_find(words.begin(), words.end()) != words.end() || words.size() > kMaxQueryWords)
    return std::nullopt;
  std::string sql = "SELECT DISTINCT entity FROM (";
  for (std::size_t i = 0; i < words.size(); ++i)
    (sql += i ? " INTERSECT " : "") += "SELECT entity, name FROM name_words WHERE word = ?";
  sql += ") ORDER BY entity";
  auto rows = s.db.prepare(sql);
  for (std::size_t i = 0; i < words.size(); ++i) rows.bind(static_cast<int>(i + 1), words[i]);
  return entities(s, rows);
}

}  // namespace

std::string name_key_probe() { return name_key("\xC3\x9Cnal \xC3\x87" "elik-Stra\xC3\x9F" "e \xC5\x81\xC3\xB3" "d\xC5\xBA 0O1l"); }

void write_name_index(SqliteDb& db, const KnowledgeGraph& graph) {
  // Every key's bytes once, in one buffer; keys and words are places in it (12 and 16 bytes
  // each, where a string per key and per word cost 40 and more).
  struct Key {
    std::uint32_t at, size;
    NodeId id;
  };
  struct Word {
    std::uint32_t at, size;
    NodeId id;
    std::uint32_t name;
  };
  std::size_t names = 0;
  for (NodeId id = 0; id < graph.node_count(); ++id) names += 1 + graph.node(id).aliases.size();
  std::string bytes;
  std::vector<Key> keys;
  keys.reserve(names);
  std::vector<std::uint32_t> key_name;  // keys[i]'s name number (0: the label, n: alias n - 1)
  key_name.reserve(names);
  for (NodeId id = 0; id < graph.node_count(); ++id) {
    const EntityNode& node = graph.node(id);
    for (std::uint32_t name = 0; name <= node.aliases.size(); ++name) {
      const std::string key = name_key(name == 0 ? node.label : node.aliases[name - 1]);
      keys.push_back({static_cast<std::uint32_t>(bytes.size()), static_cast<std::uint32_t>(key.size()), id});
      key_name.push_back(name);
      bytes += key;
    }
  }
  const std::string_view all(bytes);
  auto text = [&](std::uint32_t at, std::uint32_t size) { return all.substr(at, size); };
  // The words of a key, split at whitespace as lookup_entity splits them (an istringstream).
  auto space = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r'; };
  auto each_word = [&](const Key& k, auto&& f) {
    for (std::uint32_t i = k.at, end = k.at + k.size; i < end;) {
      while (i < end && space(all[i])) ++i;
      std::uint32_t j = i;
      while (j < end && !space(all[j])) ++j;
      if (j > i) f(i, j - i);
      i = j;
    }
  };
  std::size_t word_count = 0;
  for (const Key& k : keys) each_word(k, [&](std::uint32_t, std::uint32_t) { ++word_count; });
  std::vector<Word> words;
  words.reserve(word_count);
  for (std::size_t i = 0; i < keys.size(); ++i)
    each_word(keys[i], [&](std::uint32_t at, std::uint32_t size) { words.push_back({at, size, keys[i].id, key_name[i]}); });
  std::vector<std::uint32_t>().swap(key_name);
  // In key order, each row once: the B-trees fill page by page.
  auto key_fields = [&](const Key& k) { return std::make_tuple(text(k.at, k.size), k.id); };
  std::sort(keys.begin(), keys.end(), [&](const Key& a, const Key& b) { return key_fields(a) < key_fields(b); });
  keys.erase(std::unique(keys.begin(), keys.end(), [&](const Key& a, const Key& b) { return key_fields(a) == key_fields(b); }),
             keys.end());
  auto word_fields = [&](const Word& w) { return std::make_tuple(text(w.at, w.size), w.id, w.name); };
  std::sort(words.begin(), words.end(), [&](const Word& a, const Word& b) { return word_fields(a) < word_fields(b); });
  words.erase(std::unique(words.begin(), words.end(),
                          [&](const Word& a, const Word& b) { return word_fields(a) == word_fields(b); }),
              words.end());
  auto insert_key = db.prepare("INSERT INTO name_keys VALUES (?, ?)");
  for (const Key& k : keys) {
    insert_key.bind(1, text(k.at, k.size));
    insert_key.bind(2, std::int64_t{k.id});
    insert_key.step();
    insert_key.reset();
  }
  std::vector<Key>().swap(keys);
  auto insert_word = db.prepare("INSERT INTO name_words VALUES (?, ?, ?)");
  for (const Word& w : words) {
    insert_word.bind(1, text(w.at, w.size));
    insert_word.bind(2, std::int64_t{w.id});
    insert_word.bind(3, std::int64_t{w.name});
    insert_word.step();
    insert_word.reset();
  }
}

NodeId lookup_stored_entity(StoreRows& s, std::string_view name) {
  const std::string key = name_key(name);
  if (key.find_first_not_of(' ') == std::string::npos) return lookup_entity(KnowledgeGraph{}, name);  // throws
  if (!index_usable(s)) return lookup_entity(all_names(s), name);
  auto exact = s.db.prepare("SELECT entity FROM name_keys WHERE key = ? ORDER BY entity");
  exact.bind(1, key);
  std::vector<NodeId> ids = entities(s, exact);
  if (ids.empty()) {
    auto partial = word_matches(s, key);
    if (!partial) return lookup_entity(all_names(s), name);
    ids = std::move(*partial);
  }
  if (ids.empty()) return lookup_entity(all_names(s), name);  // "did you mean" reads every name
  return ids[lookup_entity(some_names(s, ids), name)];
}

}  // namespace kg::store
