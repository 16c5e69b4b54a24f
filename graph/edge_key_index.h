#pragma once
// The (source, relation, target) → edge id index behind KnowledgeGraph::add_fact: an
// open-addressing hash table of edge ids. It stores only ids (4 bytes a slot) and compares
// through the caller's key array, so 5M facts cost about 32 MB and one or two cache misses
// per lookup, where a std::map of tuples cost ~64 bytes and ~22 misses per fact.
#include <cstdint>
#include <optional>
#include <vector>

#include "extract/relation.h"

namespace kg::detail {

struct EdgeKey {
  std::uint32_t source = 0;
  std::uint32_t target = 0;
  Relation relation = Relation::MetWith;
  friend bool operator==(const EdgeKey&, const EdgeKey&) = default;
};

class EdgeKeyIndex {
 public:
  /// The id i with keys[i] == key, if one was inserted.
  std::optional<std::uint32_t> find(const EdgeKey& key, const std::vector<EdgeKey>& keys) const;
  /// Records that keys[id] (already appended by the caller) belongs to edge `id`.
  void insert(std::uint32_t id, const std::vector<EdgeKey>& keys);
  /// Sizes the table for `edges` edges without rehashing on the way.
  void reserve(std::size_t edges, const std::vector<EdgeKey>& keys);

 private:
  std::size_t slot_of(const EdgeKey& key) const;
  void rehash(std::size_t capacity, const std::vector<EdgeKey>& keys);

  std::vector<std::uint32_t> slots_;  // edge id + 1; 0 marks an empty slot
  std::size_t size_ = 0;
};

}  // namespace kg::detail
