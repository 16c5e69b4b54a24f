#pragma once
// EntitySpill: the document-local entities of a build, moved to a temp file
// (graph/spill_file.h) as each document is added to the graph builder, so that a build does
// not hold every document's entities (their names, forms, keys and references: the largest
// part of what resolution keeps) until the end. In memory stays what clustering reads of
// each entity (detail::EntityKeys), each distinct string and list of form keys once: a few
// dozen bytes per entity. Cluster assembly reads each document's entities back once, in id
// order (graph/cluster_assembly.h).
//
// Not thread-safe; load() may run on many threads at once once adding is done.
#include <cstdint>
#include <deque>
#include <map>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "graph/compact_document.h"
#include "graph/resolver.h"
#include "graph/spill_file.h"

namespace kg {

class EntitySpill {
 public:
  /// Where one document's entities are.
  struct Place {
    std::uint64_t offset = 0, size = 0;
    std::uint32_t first = 0, count = 0;  // their keys: keys_[first, first + count)
  };
  /// Moves `entities` to the file (the vector is left empty). Throws kg::InputError when the
  /// temp file cannot be written.
  Place add(std::vector<detail::CompactEntity>& entities);
  /// What clustering reads of the entities at `place` (detail::keys_of of each), appended to
  /// `items`: views into this object.
  void keys(const Place& place, std::vector<detail::EntityKeys>& items) const;
  /// What clustering reads of the entity whose keys are number `n` (Place::first + its
  /// index in its document): views into this object.
  detail::EntityKeys key(std::size_t n) const;
  /// Frees every entity's keys (key() and keys() may not be called any more); load() still works.
  void release_keys();
  /// The entities at `place`, as they were added.
  std::vector<detail::CompactEntity> load(const Place& place) const;

 private:
  struct Keys {
    EntityType type = EntityType::Person;
    std::uint32_t name = 0, name_key = 0, key = 0, date = 0, form_keys = 0;
  };
  std::uint32_t intern(const std::string& text);
  std::uint32_t intern(const std::vector<std::string>& list);
  SpillFile file_;
  std::deque<std::string> strings_;
  std::unordered_map<std::string_view, std::uint32_t> string_ids_;
  std::map<std::vector<std::string>, std::uint32_t> list_ids_;
  std::vector<const std::vector<std::string>*> lists_;
  std::vector<Keys> keys_;
};

}  // namespace kg
