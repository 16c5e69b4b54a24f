#pragma once
// A read-mostly hash map from strings to values for the lexicon and gazetteer lookups on the
// hot path: open addressing in one flat array, looked up by std::string_view, so a lookup
// never builds a std::string and never allocates. Filled once, then read from any number of
// threads (const member functions only read).
#include <cstdint>
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
    for (std::size_t i = hash(key) & mask();; i = (i + 1) & mask()) {
      const Slot& s = slots_[i];
      if (!s.used) return nullptr;
      if (s.key == key) return &s.value;
    }
  }

  /// The value under `key`, default-constructed first when absent.
  Value& operator[](std::string_view key) { return insert(key, Value{}).first; }

  /// Inserts `value` under `key` unless the key is present; returns the stored value and
  /// whether it was inserted (like std::unordered_map::emplace).
  std::pair<Value&, bool> insert(std::string_view key, Value value) {
    if (2 * (size_ + 1) > slots_.size()) grow();
    std::size_t i = hash(key) & mask();
    for (; slots_[i].used; i = (i + 1) & mask())
      if (slots_[i].key == key) return {slots_[i].value, false};
    slots_[i] = Slot{std::string(key), std::move(value), true};
    ++size_;
    return {slots_[i].value, true};
  }

  std::size_t size() const { return size_; }

 private:
  struct Slot {
    std::string key;
    Value value{};
    bool used = false;
  };

  static std::size_t hash(std::string_view key) {  // FNV-1a: short keys, no setup cost
    std::uint64_t h = 0xcbf29ce484222325ull;
    for (unsigned char c : key) h = (h ^ c) * 0x100000001b3ull;
    return static_cast<std::size_t>(h ^ (h >> 29));
  }
  std::size_t mask() const { return slots_.size() - 1; }

  void grow() {
    std::vector<Slot> old = std::move(slots_);
    slots_.assign(old.empty() ? 64 : old.size() * 2, Slot{});
    for (auto& s : old) {
      if (!s.used) continue;
      std::size_t i = hash(s.key) & mask();
      while (slots_[i].used) i = (i + 1) & mask();
      slots_[i] = std::move(s);
    }
  }

  std::vector<Slot> slots_;
  std::size_t size_ = 0;
};

}  // namespace kg
