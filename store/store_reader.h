#pragma once
// Reading kgraph's graph store (`.kgdb`, written by store/store_writer.h): the whole graph,
// or only what a query needs — the graph's shape for a path search, then the full records
// of the few nodes and facts it prints.
//
// A file is checked before anything is loaded: an SQLite header (else "not a kgraph
// store"), a length that matches the header (else "truncated"), kgraph's application id,
// a schema version this kgraph reads (a newer one is refused with a message that says so),
// and counts in the `meta` table that the loaded rows must match. Every error is a
// kg::InputError naming the file; nothing half-loaded is ever returned.
#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "graph/knowledge_graph.h"
#include "query/path_index.h"
#include "store/stored_extractions.h"

namespace kg {

/// True when `path` is a readable file that starts with SQLite's 16-byte header string.
bool is_sqlite_file(const std::filesystem::path& path);

/// An open store, read-only. Not thread-safe.
class GraphStore {
 public:
  /// Opens and checks `path` (see above); throws kg::InputError.
  explicit GraphStore(const std::filesystem::path& path);
  ~GraphStore();
  GraphStore(GraphStore&&) noexcept;
  GraphStore& operator=(GraphStore&&) noexcept;

  std::size_t node_count() const;
  std::size_t edge_count() const;
  std::int64_t schema_version() const;

  /// The whole graph, equal to the one written: its graph JSON is byte-identical.
  KnowledgeGraph load() const;

  /// The graph without its text, from the adjacency table: every document; every node
  /// with its label, type, aliases, titles, mentions and country (not its document list);
  /// every edge, in id order, with its relation, its title and `weight` placeholder
  /// evidence records (default Evidence but for `sentence` = 0, 1, ...), so that weight()
  /// and all that is computed from it (path costs, the order of a node's arcs, evidence
  /// counts) are those of the full graph. Enough for entity lookup, path searches,
  /// neighbours and statistics; print evidence from load_part().
  KnowledgeGraph load_skeleton() const;

  /// The path index of the whole graph, read from the adjacency table without building a
  /// graph (store/stored_path_index.h).
  PathIndex path_index() const;

  /// The node `name` names, by lookup_entity's rules and with its errors (query/
  /// entity_lookup.h), found through the name index (store/name_index.h).
  NodeId lookup(std::string_view name) const;

  /// Full records of some nodes and edges: the nodes named and the edges' ends, with every
  /// field, renumbered 0, 1, ... in the order of their store ids (`nodes[i]` is the store id
  /// of the part's node i); the named edges with all their evidence, renumbered likewise
  /// (`edges[i]` is the part's id of the i-th requested edge); the documents they cite, in
  /// store order.
  struct Part {
    KnowledgeGraph graph;
    std::vector<NodeId> nodes;
    std::vector<EdgeId> edges;
  };
  Part load_part(const std::vector<NodeId>& nodes, const std::vector<EdgeId>& edges) const;

  /// The compact extraction of every document, for `build --into` (store/stored_extractions.h);
  /// empty for a store without them (version 1, or made by `kgraph export`).
  StoredExtractions load_extractions() const;
  /// meta `extraction_version`: what made the extractions; empty when there are none.
  std::string extraction_version() const;
  /// load_extractions one row at a time, in id order: `row(id, bytes)`, the bytes valid
  /// during the call. Same checks.
  void each_extraction(const ExtractionRows::Row& row) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

/// GraphStore(path).load().
KnowledgeGraph load_store(const std::filesystem::path& path);

}  // namespace kg
