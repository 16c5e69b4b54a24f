#include "graph/entity_spill.h"

#include <stdexcept>
#include <utility>

#include "graph/compact_codec.h"

namespace kg {

std::uint32_t EntitySpill::intern(const std::string& text) {
  if (auto it = string_ids_.find(text); it != string_ids_.end()) return it->second;
  const auto id = static_cast<std::uint32_t>(strings_.size());
  string_ids_.emplace(strings_.emplace_back(text), id);
  return id;
}

std::uint32_t EntitySpill::intern(const std::vector<std::string>& list) {
  auto [it, fresh] = list_ids_.try_emplace(list, static_cast<std::uint32_t>(lists_.size()));
  if (fresh) lists_.push_back(&it->first);
  return it->second;
}

EntitySpill::Place EntitySpill::add(std::vector<detail::CompactEntity>& entities) {
  static const std::vector<std::string> kNone;
  Place place;
  place.first = static_cast<std::uint32_t>(keys_.size());
  place.count = static_cast<std::uint32_t>(entities.size());
  for (const auto& e : entities)  // as detail::keys_of sees them
    keys_.push_back({e.type, intern(e.name), intern(e.name_key), intern(e.key), intern(e.date),
                     intern(e.forms.empty() ? kNone : e.form_keys)});
  detail::CompactDocument holder;  // the compact codec's form, without document or facts
  holder.titles.emplace_back();
  holder.entities = std::move(entities);
  entities.clear();
  const std::string bytes = encode_compact(holder);
  place.offset = file_.append(bytes);
  place.size = bytes.size();
  return place;
}

void EntitySpill::keys(const Place& place, std::vector<detail::EntityKeys>& items) const {
  for (std::uint32_t i = place.first; i < place.first + place.count; ++i) items.push_back(key(i));
}

detail::EntityKeys EntitySpill::key(std::size_t n) const {
  const Keys& k = keys_[n];
  return {k.type, strings_[k.name], strings_[k.name_key], strings_[k.key], strings_[k.date], lists_[k.form_keys]};
}

void EntitySpill::release_keys() {
  std::vector<Keys>().swap(keys_);
  std::vector<const std::vector<std::string>*>().swap(lists_);
  list_ids_.clear();
  decltype(string_ids_)().swap(string_ids_);
  std::deque<std::string>().swap(strings_);
}

std::vector<detail::CompactEntity> EntitySpill::load(const Place& place) const {
  thread_local std::string bytes;
  file_.read(place.offset, place.size, bytes);
  auto entities = std::move(decode_compact(bytes, "the build's temp file").entities);
  if (entities.size() != place.count) throw std::logic_error("EntitySpill: entities read back do not match");
  return entities;
}

}  // namespace kg
