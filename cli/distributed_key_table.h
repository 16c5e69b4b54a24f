#pragma once
// The entity keys rank 0 of `mpirun -n N kgraph build` (issue 15) holds for clustering: every
// entity of the corpus, each distinct string and list of folded forms held once (names,
// keys and dates repeat across documents), 24 bytes per entity; detail::EntityKeys views
// into it, as graph/entity_spill.h keeps a one-process build's keys.
#include <cstdint>
#include <deque>
#include <map>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "distributed/resolution_wire.h"
#include "graph/resolver.h"

namespace kg::cli {

/// One entity's keys as numbers into a KeyTable.
struct InternedKeys {
  EntityType type = EntityType::Person;
  std::uint32_t name = 0, name_key = 0, key = 0, date = 0, form_keys = 0;
};

class KeyTable {
 public:
  InternedKeys intern(const distributed::EntityKeyFields& entity);
  /// What clustering reads of `keys`: views into this table, valid while it lives.
  detail::EntityKeys view(const InternedKeys& keys) const;

 private:
  std::uint32_t intern(const std::string& text);
  std::uint32_t intern(const std::vector<std::string>& list);
  std::deque<std::string> strings_;
  std::unordered_map<std::string_view, std::uint32_t> string_ids_;
  std::map<std::vector<std::string>, std::uint32_t> list_ids_;
  std::vector<const std::vector<std::string>*> lists_;
};

}  // namespace kg::cli
