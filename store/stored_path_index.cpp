#include "store/stored_path_index.h"

#include <string>
#include <tuple>
#include <vector>

#include "store/adjacency.h"

namespace kg::store {
namespace {

constexpr unsigned kEntityTypes = static_cast<unsigned>(EntityType::Event) + 1;

// Schema version 2: the packed `node_types` row.
std::vector<EntityType> read_packed_types(StoreRows& s) {
  auto row = s.db.prepare("SELECT types FROM node_types");
  if (!row.step()) s.damaged("node_types has no row");
  auto blob = row.blob(0);
  if (blob.size() != s.counts.entities)
    s.damaged("node_types holds " + std::to_string(blob.size()) + " types where its meta table says " +
              std::to_string(s.counts.entities) + " entities");
  std::vector<EntityType> types(blob.size());
  for (std::size_t i = 0; i < blob.size(); ++i) {
    if (blob[i] >= kEntityTypes) s.damaged("node_types names an unknown type for entity " + std::to_string(i));
    types[i] = static_cast<EntityType>(blob[i]);
  }
  if (row.step()) s.damaged("node_types has more than one row");
  // The entities are not read, but their last id is (a B-tree descent): a table cut short is
  // refused here too, and an entity missing before the end when it is printed.
  auto last = s.db.prepare("SELECT coalesce(max(id) + 1, 0) FROM entities");
  last.step();
  s.expect_count(static_cast<std::size_t>(last.integer(0)), s.counts.entities, "entities");
  return types;
}

std::vector<EntityType> read_types(StoreRows& s) {
  if (s.counts.schema_version >= 2) return read_packed_types(s);
  std::vector<EntityType> types;
  types.reserve(s.counts.entities);
  auto rows = s.db.prepare("SELECT id, type FROM entities ORDER BY id");
  while (rows.step()) {
    if (rows.integer(0) != static_cast<std::int64_t>(types.size()))
      s.damaged("entity ids are not 0, 1, 2, ... (found " + std::to_string(rows.integer(0)) + ")");
    auto type = parse_entity_type(rows.text(1));
    if (!type)
      s.damaged("entity " + std::to_string(types.size()) + " has the unknown type \"" + std::string(rows.text(1)) + "\"");
    types.push_back(*type);
  }
  s.expect_count(types.size(), s.counts.entities, "entities");
  return types;
}

// By neighbour id, most evidence first, then by edge id (store/adjacency.h).
bool in_order(const StoredArc& a, const StoredArc& b) {
  return std::tuple(a.to, b.weight, a.edge) < std::tuple(b.to, a.weight, b.edge);
}

}  // namespace

PathIndex read_path_index(StoreRows& s) {
  const std::size_t n = s.counts.entities, m = s.counts.relations;
  std::vector<EntityType> types = read_types(s);
  std::vector<std::size_t> offsets(n + 1, 0);
  std::vector<PathIndex::Arc> arcs;
  arcs.reserve(2 * m);
  std::size_t evidence = 0, outgoing = 0;
  NodeId next = 0;  // offsets are set for the nodes before it
  auto rows = s.db.prepare("SELECT node, arcs FROM adjacency ORDER BY node");
  while (rows.step()) {
    const NodeId node = s.node_id(rows.integer(0), "the adjacency");
    auto where = [node] { return "the adjacency of entity " + std::to_string(node); };
    for (; next <= node; ++next) offsets[next] = arcs.size();
    const auto blob = rows.blob(1);
    if (blob.size() % kArcBytes != 0) s.damaged(where() + " is not a list of arcs");
    StoredArc a, previous;
    for (std::size_t at = 0; at < blob.size(); at += kArcBytes, previous = a) {
      if (!decode_arc(blob.data() + at, a)) s.damaged(where() + " is not a list of arcs");
      if (a.edge >= m || a.to >= n) s.damaged(where() + " names a relation or entity that does not exist");
      if (at > 0 && !in_order(previous, a)) s.damaged(where() + " is not in path order");
      if (a.outgoing) {
        if (a.weight == 0) s.damaged("the adjacency gives relation " + std::to_string(a.edge) + " no evidence");
        evidence += a.weight;
        ++outgoing;
      }
      if (a.to != node) arcs.push_back({a.to, a.edge, a.weight, a.relation});  // a path never loops
    }
  }
  for (; next <= n; ++next) offsets[next] = arcs.size();
  // Each relation once from its source: as many outgoing arcs as relations. (Which relation a
  // lost or repeated arc is would take a table by relation id, a cache miss per fact.)
  s.expect_count(outgoing, m, "relations in the adjacency");
  s.expect_count(evidence, s.counts.evidence, "evidence records by the adjacency's weights");
  return PathIndex(std::move(types), std::move(offsets), std::move(arcs));
}

}  // namespace kg::store
