#include "graph/resolver.h"

#include <algorithm>
#include <cstdint>
#include <map>
#include <numeric>
#include <set>
#include <string_view>
#include <tuple>
#include <unordered_map>

#include "extract/name_key.h"
#include "graph/cluster_assembly.h"
#include "graph/graph_builder.h"

namespace kg {
namespace {

using detail::EntityKeys;

class UnionFind {
 public:
  explicit UnionFind(std::size_t n) : parent_(n) { std::iota(parent_.begin(), parent_.end(), 0); }
  std::size_t find(std::size_t x) {
    while (parent_[x] != x) x = parent_[x] = parent_[parent_[x]];
    return x;
  }
  bool unite(std::size_t a, std::size_t b) {
    a = find(a), b = find(b);
    if (a == b) return false;
    if (b < a) std::swap(a, b);
    parent_[b] = a;  // the smaller index wins: deterministic roots
    return true;
  }

 private:
  std::vector<std::size_t> parent_;
};

std::size_t token_count(std::string_view key) { return 1 + static_cast<std::size_t>(std::count(key.begin(), key.end(), ' ')); }
std::string_view last_token(std::string_view key) {
  auto p = key.rfind(' ');
  return p == std::string::npos ? key : key.substr(p + 1);
}
std::string_view first_token(std::string_view key) { return key.substr(0, key.find(' ')); }
std::size_t byte_gap(std::string_view a, std::string_view b) { return a.size() > b.size() ? a.size() - b.size() : b.size() - a.size(); }
bool has_upper(std::string_view s) {
  for (char c : s)
    if (c >= 'A' && c <= 'Z') return true;
  return false;
}
// May two entities of one type be the same despite different names (typos, look-alikes)?
const char* similar(const EntityKeys& a, const EntityKeys& b) {
  if (a.type == EntityType::Event || a.type == EntityType::Gpe) return nullptr;
  if (!a.key.empty() && !b.key.empty() && a.key != b.key) return nullptr;
  if (token_count(a.name_key) != token_count(b.name_key)) return nullptr;
  // Cheap tests first: a code point is at most 4 bytes, so names whose lengths differ by more
  // than 4 bytes per allowed edit cannot be that close.
  if (a.type == EntityType::Person) {
    // Same given name, surname one edit apart; never two different given names.
    if (token_count(a.name_key) < 2 || first_token(a.name_key) != first_token(b.name_key)) return nullptr;
    std::string la(last_token(a.name_key)), lb(last_token(b.name_key));
    if (byte_gap(la, lb) > 4) return nullptr;
    auto sa = to_u32(la), sb = to_u32(lb);
    if (sa.size() < 5 || edit_distance(sa, sb, 1) > 1) return nullptr;
    return "typo in surname";
  }
  if (byte_gap(a.name_key, b.name_key) > 8) return nullptr;
  auto ua = to_u32(a.name_key), ub = to_u32(b.name_key);
  std::size_t limit = ua.size() >= 8 ? 2 : ua.size() >= 6 ? 1 : 0;
  if (limit == 0 || edit_distance(ua, ub, limit) > limit) return nullptr;
  return "typo";
}

}  // namespace

ResolveResult build_graph(std::vector<DocumentExtraction> extractions) {
  GraphBuilder builder;
  for (auto& x : extractions) builder.add(std::move(x));
  extractions.clear();
  return builder.build();
}

detail::EntityKeys detail::keys_of(const CompactEntity& e) {
  static const std::vector<std::string> kNone;
  return {e.type, e.name, e.name_key, e.key, e.date, e.forms.empty() ? &kNone : &e.form_keys};
}

namespace {

// The clustering itself, over `items[i]` for i < items.size(): a vector of views, or views
// made on demand from interned keys (ItemsOnDemand), so that both give the same clusters.
template <class Items>
detail::Clustering cluster(const Items& items) {
  using detail::Clustering;
  Clustering result;
  UnionFind uf(items.size());
  auto record = [&](std::size_t a, std::size_t b, const std::string& reason) {
    if (uf.unite(a, b) && items[a].name != items[b].name)
      result.merges.push_back({std::string(items[a].name), std::string(items[b].name), reason});
  };
  // 1. Exact keys: concept keys, and any shared folded form of a multi-word or non-person name.
  std::map<std::tuple<EntityType, std::string>, std::size_t> first_with;
  for (std::size_t i = 0; i < items.size(); ++i) {
    const auto& e = items[i];
    std::vector<std::string> keys;
    if (!e.key.empty()) keys.push_back("#" + std::string(e.key));
    if (e.type == EntityType::Event) {
      if (has_upper(e.name)) keys.push_back(std::string(e.name_key) + "@" + std::string(e.date));
    } else if (e.type != EntityType::Gpe || e.key.empty()) {
      for (const auto& fk : *e.form_keys)
        if (e.type != EntityType::Person || token_count(fk) >= 2) keys.push_back(fk);
    }
    for (const auto& k : keys) {
      auto [it, fresh] = first_with.emplace(std::make_tuple(e.type, k), i);
      if (!fresh) {
        std::string reason = k[0] == '#' ? "same concept (" + k.substr(1) + ")" : "same name up to case, diacritics or look-alike letters";
        record(it->second, i, reason);
      }
    }
  }
  // 2. Near-identical names within blocks of the same type and first letters, compared once
  //    per distinct (name key, concept key): similar() depends on nothing else, so every
  //    document's mention of a name is settled by one comparison, at any corpus size.
  std::map<std::tuple<EntityType, std::string>, std::vector<std::vector<std::size_t>>> blocks;
  {
    std::unordered_map<std::string, std::size_t> group_of;
    for (std::size_t i = 0; i < items.size(); ++i) {
      const auto& e = items[i];
      if (e.type == EntityType::Event || e.type == EntityType::Gpe) continue;  // never similar()
      auto& block = blocks[{e.type, std::string(e.name_key.substr(0, 2))}];
      std::string id = std::to_string(static_cast<int>(e.type)) + '\n' + std::string(e.name_key) + '\n' + std::string(e.key);
      auto [it, fresh] = group_of.try_emplace(std::move(id), block.size());
      if (fresh) block.emplace_back();
      block[it->second].push_back(i);
    }
  }
  for (auto& [block, groups] : blocks)
    for (std::size_t x = 0; x < groups.size(); ++x)
      for (std::size_t y = x + 1; y < groups.size(); ++y) {
        std::size_t a = groups[x].front(), b = groups[y].front();
        if (items[a].name_key == items[b].name_key || uf.find(a) == uf.find(b)) continue;
        const char* why = similar(items[a], items[b]);
        if (!why) continue;
        record(a, b, why);
        for (const auto* group : {&groups[x], &groups[y]})  // the group's other mentions, as one
          for (std::size_t member : *group) record(group->front(), member, why);
      }
  // 3. A surname alone joins the one person of that surname elsewhere, if there is just one.
  std::map<std::string_view, std::set<std::size_t>> by_surname;
  for (std::size_t i = 0; i < items.size(); ++i)
    if (items[i].type == EntityType::Person && token_count(items[i].name_key) >= 2)
      by_surname[last_token(items[i].name_key)].insert(uf.find(i));
  for (std::size_t i = 0; i < items.size(); ++i)
    if (items[i].type == EntityType::Person && token_count(items[i].name_key) == 1) {
      auto it = by_surname.find(items[i].name_key);
      if (it != by_surname.end() && it->second.size() == 1) record(*it->second.begin(), i, "surname");
    }
  std::map<std::size_t, std::vector<std::size_t>> clusters;
  for (std::size_t i = 0; i < items.size(); ++i) clusters[uf.find(i)].push_back(i);
  result.clusters.reserve(clusters.size());
  for (auto& [root, members] : clusters) result.clusters.push_back(std::move(members));
  return result;
}

struct ItemsOnDemand {
  std::size_t count;
  const std::function<EntityKeys(std::size_t)>& item;
  std::size_t size() const { return count; }
  EntityKeys operator[](std::size_t i) const { return item(i); }
};

}  // namespace

detail::Clustering detail::cluster_entities(const std::vector<EntityKeys>& items) { return cluster(items); }

detail::Clustering detail::cluster_entities(std::size_t count, const std::function<EntityKeys(std::size_t)>& item) {
  return cluster(ItemsOnDemand{count, item});
}

ResolveResult detail::resolve(std::vector<CompactDocument> docs, bool evidence_on_disk, const EntitySource* entities) {
  std::vector<std::size_t> order(docs.size());  // sorted position -> index as given
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return docs[a].info.id < docs[b].info.id; });
  {
    std::vector<CompactDocument> sorted;
    sorted.reserve(docs.size());
    for (std::size_t i : order) sorted.push_back(std::move(docs[i]));
    docs = std::move(sorted);
  }
  ResolveResult result;
  std::vector<std::size_t> first_item(docs.size() + 1, 0);  // item -> (document, entity) by search
  Clustering clustering;
  if (entities && entities->span) {
    std::vector<std::uint32_t> key_of;  // item -> key number, 4 bytes an item instead of 80
    key_of.reserve(entities->count);
    for (std::size_t d = 0; d < docs.size(); ++d) {
      const auto [first, count] = entities->span(order[d]);
      for (std::size_t e = 0; e < count; ++e) key_of.push_back(static_cast<std::uint32_t>(first + e));
      first_item[d + 1] = key_of.size();
    }
    clustering = cluster_entities(key_of.size(), [&](std::size_t i) { return entities->key(key_of[i]); });
    std::vector<std::uint32_t>().swap(key_of);
    if (entities->release_keys) entities->release_keys();
  } else {
    std::vector<EntityKeys> items;
    if (entities && entities->count) items.reserve(entities->count);  // no doubling copy of 80 bytes an item
    for (std::size_t d = 0; d < docs.size(); ++d) {
      if (entities) entities->keys(order[d], items);
      else
        for (const auto& e : docs[d].entities) items.push_back(keys_of(e));
      first_item[d + 1] = items.size();
    }
    clustering = cluster_entities(items);
  }
  result.merges = std::move(clustering.merges);
  std::vector<detail::Cluster> list;
  list.reserve(clustering.clusters.size());
  for (auto& members : clustering.clusters) {
    detail::Cluster& cluster = list.emplace_back();
    cluster.reserve(members.size());
    for (std::size_t i : members) {
      const auto d = static_cast<std::size_t>(std::upper_bound(first_item.begin(), first_item.end(), i) - first_item.begin()) - 1;
      cluster.emplace_back(d, i - first_item[d]);
    }
    members = {};
  }
  first_item = {};
  std::function<std::vector<CompactEntity>(std::size_t)> load;
  if (entities) load = [&](std::size_t d) { return entities->load(order[d]); };
  std::function<std::vector<CompactFact>(std::size_t)> load_facts;
  if (entities && entities->facts) {
    // Streamed in graph order (graph/fact_order.h) when the documents' ids tell them apart,
    // as a build's do; read back into the documents otherwise.
    bool ascending = true;
    for (std::size_t d = 1; d < docs.size() && ascending; ++d) ascending = docs[d - 1].info.id < docs[d].info.id;
    if (ascending && evidence_on_disk) load_facts = [&](std::size_t d) { return entities->facts(order[d]); };
    else
      for (std::size_t d = 0; d < docs.size(); ++d) docs[d].facts = entities->facts(order[d]);
  }
  detail::assemble(docs, std::move(list), result.graph, evidence_on_disk, load, load_facts);
  return result;
}

}  // namespace kg
