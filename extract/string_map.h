#pragma once
// A read-mostly hash map from strings to values for the lexicon and gazetteer lookups on the
// hot path: open addressing in one flat array, looked up by std::string_view, so a lookup
// never builds a std::string and never allocates. Filled once, then read from any number of
// threads (const member functions only read).
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace kg {

template <class Value>
class StringMap {
 public:
  /// The value stored under `key`, or nullptr.
  const Value* find(std::string_view key) const {
    if (slots_.empty()) return nullptr;
    const std::uint64_t h = hash(key);
    const auto tag = static_cast<std::uint32_t>(h >> 32);
    for (std::size_t i = h & mask();; i = (i + 1) & mask()) {
      const Slot s = slots_[i];
      if (s.index == 0) return nullptr;
      if (s.tag == tag && keys_[s.index - 1] == key) return &values_[s.index - 1];
    }
  }

  /// The value under `key`, default-constructed first when absent. The reference is valid
  /// until the next insertion.
  Value& operator[](std::string_view key) { return insert(key, Value{}).first; }

  /// Inserts `value` under `key` unless the key is present; returns the stored value and
  /// whether it was inserted (like std::unordered_map::emplace).
  std::pair<Value&, bool> insert(std::string_view key, Value value) {
    if (2 * (keys_.size() + 1) > slots_.size()) grow();
    const std::uint64_t h = hash(key);
    const auto tag = static_cast<std::uint32_t>(h >> 32);
    std::size_t i = h & mask();
    for (; slots_[i].index != 0; i = (i + 1) & mask())
      if (slots_[i].tag == tag && keys_[slots_[i].index - 1] == key) return {values_[slots_[i].index - 1], false};
    keys_.emplace_back(key);
    values_.push_back(std::move(value));
    slots_[i] = {tag, static_cast<std::uint32_t>(keys_.size())};
    return {values_.back(), true};
  }

  std::size_t size() const { return keys_.size(); }

 private:
  // 8 bytes a slot, so the probed part of even a large table stays in cache; the tag (high
  // hash bits) settles almost every mismatch without touching the key.
  struct Slot {
    std::uint32_t tag = 0;
    std::uint32_t index = 0;  // 1 + position in keys_/values_; 0 marks an empty slot
  };

  // Eight bytes at a time (a folded word is usually one or two loads); any fixed function
  // will do, since iteration order is never exposed.
  static std::uint64_t hash(std::string_view key) {
    std::uint64_t h = 0x9E3779B97F4A7C15ull ^ key.size();
    const char* p = key.data();
    std::size_t n = key.size();
    for (; n >= 8; p += 8, n -= 8) {
      std::uint64_t w;
      std::memcpy(&w, p, 8);
      h = (h ^ w) * 0xBF58476D1CE4E5B9ull;
      h ^= h >> 31;
    }
    if (n > 0) {
      std::uint64_t w = 0;
      std::memcpy(&w, p, n);
      h = (h ^ w) * 0x94D049BB133111EBull;
    }
    h = (h ^ (h >> 32)) * 0xBF58476D1CE4E5B9ull;
    return h ^ (h >> 29);
  }
  std::size_t mask() const { return mask_; }  // kept, not slots_.size() - 1: it is read on every probe

  void grow() {
    slots_.assign(slots_.empty() ? 64 : slots_.size() * 2, Slot{});
    mask_ = slots_.size() - 1;
    for (std::size_t k = 0; k < keys_.size(); ++k) {
      const std::uint64_t h = hash(keys_[k]);
      std::size_t i = h & mask();
      while (slots_[i].index != 0) i = (i + 1) & mask();
      slots_[i] = {static_cast<std::uint32_t>(h >> 32), static_cast<std::uint32_t>(k + 1)};
    }
  }

  std::vector<Slot> slots_;
  std::size_t mask_ = 0;
  std::vector<std::string> keys_;
  std::vector<Value> values_;
};

}  // namespace kg
