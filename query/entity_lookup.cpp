#include "query/entity_lookup.h"

#include <algorithm>
#include <sstream>
#include <tuple>

#include "extract/input_error.h"
#include "extract/name_key.h"

namespace kg {
namespace {

std::vector<std::string> words(const std::string& key) {
  std::vector<std::string> result;
  std::istringstream in(key);
  for (std::string w; in >> w;) result.push_back(w);
  std::sort(result.begin(), result.end());
  return result;
}

// Every word of `wanted` (sorted) is a word of `have` (sorted).
bool contains_words(const std::vector<std::string>& have, const std::vector<std::string>& wanted) {
  return std::includes(have.begin(), have.end(), wanted.begin(), wanted.end());
}

template <class F>
void for_each_name(const EntityNode& node, F f) {
  f(node.label);
  for (const auto& alias : node.aliases) f(alias);
}

std::vector<NodeId> word_matches(const KnowledgeGraph& graph, const std::string& key) {
  auto wanted = words(key);
  std::vector<NodeId> result;
  for (NodeId id = 0; id < graph.node_count(); ++id) {
    bool match = false;
    for_each_name(graph.node(id), [&](const std::string& name) {
      if (!match) match = contains_words(words(name_key(name)), wanted);
    });
    if (match) result.push_back(id);
  }
  return result;
}

std::string quote(std::string_view s) {
  std::string quoted = "\"";
  quoted += s;
  quoted += '"';
  return quoted;
}

std::string join_or(const std::vector<std::string>& items) {
  std::string text;
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (i) text += i + 1 == items.size() ? " or " : ", ";
    text += quote(items[i]);
  }
  return text;
}

[[noreturn]] void ambiguous(const KnowledgeGraph& graph, std::string_view name, const std::vector<NodeId>& ids) {
  constexpr std::size_t kShown = 10;
  std::string text = "ambiguous entity " + quote(name) + " could be ";
  for (std::size_t i = 0; i < ids.size() && i < kShown; ++i) text += (i ? ", " : "") + describe_entity(graph, ids[i]);
  if (ids.size() > kShown) text += " and " + std::to_string(ids.size() - kShown) + " more";
  throw InputError(text);
}

}  // namespace

std::string describe_entity(const KnowledgeGraph& graph, NodeId id) {
  const EntityNode& node = graph.node(id);
  std::string text = quote(node.label) + " (" + std::string(to_string(node.type));
  for (const auto& title : node.titles) text += ", " + title;
  return text + ")";
}

std::vector<std::string> suggest_names(const KnowledgeGraph& graph, std::string_view name, std::size_t limit) {
  auto wanted = to_u32(name_key(name));
  // Beyond about a third of the name, a "suggestion" is a different name.
  std::size_t max_distance = std::max<std::size_t>(2, wanted.size() / 3);
  std::vector<std::tuple<std::size_t, std::string>> best;  // (distance, spelling), one per node
  for (NodeId id = 0; id < graph.node_count(); ++id) {
    std::size_t node_best = max_distance + 1;
    std::string spelling;
    for_each_name(graph.node(id), [&](const std::string& form) {
      auto d = edit_distance(wanted, to_u32(name_key(form)), max_distance);
      if (d < node_best || (d == node_best && form < spelling)) node_best = d, spelling = form;
    });
    if (node_best <= max_distance) best.emplace_back(node_best, spelling);
  }
  std::sort(best.begin(), best.end());
  std::vector<std::string> result;
  for (auto& [distance, spelling] : best) {
    if (result.size() == limit) break;
    if (std::find(result.begin(), result.end(), spelling) == result.end()) result.push_back(spelling);
  }
  return result;
}

NodeId lookup_entity(const KnowledgeGraph& graph, std::string_view name) {
  auto key = name_key(name);
  if (key.find_first_not_of(' ') == std::string::npos) throw InputError("empty entity name");
  auto exact = graph.find(name);
  if (exact.size() == 1) return exact.front();
  if (exact.size() > 1) ambiguous(graph, name, exact);
  auto partial = word_matches(graph, key);
  if (partial.size() == 1) return partial.front();
  if (partial.size() > 1) ambiguous(graph, name, partial);
  auto suggestions = suggest_names(graph, name);
  std::string text = "unknown entity " + quote(name);
  if (!suggestions.empty()) text += "; did you mean " + join_or(suggestions) + "?";
  throw InputError(text);
}

}  // namespace kg
