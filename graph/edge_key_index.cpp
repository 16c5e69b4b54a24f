#include "graph/edge_key_index.h"

#include <algorithm>
#include <bit>

namespace kg::detail {
namespace {

// splitmix64's finaliser: consecutive node ids spread over the whole table.
std::uint64_t mix(std::uint64_t x) {
  x ^= x >> 30;
  x *= 0xbf58476d1ce4e5b9ULL;
  x ^= x >> 27;
  x *= 0x94d049bb133111ebULL;
  return x ^ (x >> 31);
}

}  // namespace

std::size_t EdgeKeyIndex::slot_of(const EdgeKey& key) const {
  std::uint64_t packed = (std::uint64_t{key.source} << 32) | key.target;
  return static_cast<std::size_t>(mix(packed ^ (static_cast<std::uint64_t>(key.relation) << 61) ^
                                      static_cast<std::uint64_t>(key.relation))) &
         (slots_.size() - 1);
}

std::optional<std::uint32_t> EdgeKeyIndex::find(const EdgeKey& key, const std::vector<EdgeKey>& keys) const {
  if (slots_.empty()) return std::nullopt;
  for (std::size_t i = slot_of(key);; i = (i + 1) & (slots_.size() - 1)) {
    if (slots_[i] == 0) return std::nullopt;
    if (keys[slots_[i] - 1] == key) return slots_[i] - 1;
  }
}

void EdgeKeyIndex::insert(std::uint32_t id, const std::vector<EdgeKey>& keys) {
  if ((size_ + 1) * 2 > slots_.size()) rehash(std::max<std::size_t>(16, slots_.size() * 2), keys);
  std::size_t i = slot_of(keys[id]);
  while (slots_[i] != 0) i = (i + 1) & (slots_.size() - 1);
  slots_[i] = id + 1;
  ++size_;
}

void EdgeKeyIndex::reserve(std::size_t edges, const std::vector<EdgeKey>& keys) {
  if (edges * 2 > slots_.size()) rehash(std::bit_ceil(edges * 2), keys);
}

void EdgeKeyIndex::rehash(std::size_t capacity, const std::vector<EdgeKey>& keys) {
  std::vector<std::uint32_t> old = std::move(slots_);
  slots_.assign(capacity, 0);
  for (std::uint32_t stored : old) {
    if (stored == 0) continue;
    std::size_t i = slot_of(keys[stored - 1]);
    while (slots_[i] != 0) i = (i + 1) & (slots_.size() - 1);
    slots_[i] = stored;
  }
}

}  // namespace kg::detail
