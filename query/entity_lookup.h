#pragma once
// Turns a name a user typed into one graph node, forgiving spelling the way the resolver
// does: case, diacritics and look-alike letters are folded (extract/name_key.h).
#include <string>
#include <string_view>
#include <vector>

#include "graph/knowledge_graph.h"

namespace kg {

/// Resolves `name` to one node:
///  1. a node whose label or alias equals `name` after folding;
///  2. otherwise the one node whose label or an alias contains every word of `name`
///     ("Vassilenko" finds "Roman Vassilenko").
/// Throws kg::InputError when `name` is empty, matches nothing (the message suggests up
/// to three close spellings) or matches several nodes (the message lists them with their
/// type and titles).
NodeId lookup_entity(const KnowledgeGraph& graph, std::string_view name);

/// Up to `limit` labels or aliases closest to `name` by edit distance over folded names,
/// closest first (ties by spelling), one per node; empty when nothing is close.
std::vector<std::string> suggest_names(const KnowledgeGraph& graph, std::string_view name, std::size_t limit = 3);

/// `"Label" (TYPE, title, title)`: how candidates are shown to users.
std::string describe_entity(const KnowledgeGraph& graph, NodeId id);

}  // namespace kg
