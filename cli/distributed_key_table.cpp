#include "cli/distributed_key_table.h"

namespace kg::cli {

std::uint32_t KeyTable::intern(const std::string& text) {
  auto found = string_ids_.find(text);
  if (found != string_ids_.end()) return found->second;
  const auto id = static_cast<std::uint32_t>(strings_.size());
  strings_.push_back(text);
  string_ids_.emplace(strings_.back(), id);
  return id;
}

std::uint32_t KeyTable::intern(const std::vector<std::string>& list) {
  auto [at, fresh] = list_ids_.try_emplace(list, static_cast<std::uint32_t>(lists_.size()));
  if (fresh) lists_.push_back(&at->first);
  return at->second;
}

InternedKeys KeyTable::intern(const distributed::EntityKeyFields& e) {
  return {e.type, intern(e.name), intern(e.name_key), intern(e.key), intern(e.date), intern(e.form_keys)};
}

detail::EntityKeys KeyTable::view(const InternedKeys& k) const {
  return {k.type, strings_[k.name], strings_[k.name_key], strings_[k.key], strings_[k.date], lists_[k.form_keys]};
}

}  // namespace kg::cli
