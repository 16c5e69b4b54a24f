#include "query/neighbors.h"

#include <algorithm>
#include <limits>
#include <unordered_map>

#include <rapidjson/ostreamwrapper.h>
#include <rapidjson/prettywriter.h>

#include "query/entity_lookup.h"

namespace kg {
namespace {

using JsonWriter = rapidjson::PrettyWriter<rapidjson::OStreamWrapper>;

void put(JsonWriter& w, std::string_view text) { w.String(text.data(), static_cast<rapidjson::SizeType>(text.size())); }

// "n<id>", built with += (GCC 12 -O3 misreads "n" + std::to_string(id) as an overlapping memcpy: -Wrestrict).
std::string node_id(NodeId id) {
  std::string s = "n";
  s += std::to_string(id);
  return s;
}

void put_node_members(JsonWriter& w, const KnowledgeGraph& graph, NodeId id) {
  put(w, "id");
  put(w, node_id(id));
  put(w, "label");
  put(w, graph.node(id).label);
  put(w, "type");
  put(w, to_string(graph.node(id).type));
}

}  // namespace

std::vector<Neighbor> find_neighbors(const KnowledgeGraph& graph, NodeId centre, std::size_t depth) {
  std::unordered_map<NodeId, std::size_t> index;  // node -> position in `result`
  std::vector<Neighbor> result;
  std::vector<NodeId> layer{centre};
  std::unordered_map<NodeId, std::size_t> distance{{centre, 0}};
  for (std::size_t d = 1; d <= depth && !layer.empty(); ++d) {
    std::vector<NodeId> next;
    auto reach = [&](NodeId other, EdgeId e) {
      auto known = distance.find(other);
      if (known == distance.end()) {
        distance.emplace(other, d);
        index.emplace(other, result.size());
        result.push_back(Neighbor{other, d, {}});
        next.push_back(other);
      } else if (known->second != d) {
        return;
      }
      result[index.at(other)].links.push_back(e);
    };
    for (NodeId v : layer) {
      for (EdgeId e : graph.out_edges(v)) reach(graph.target(e), e);
      for (EdgeId e : graph.in_edges(v)) reach(graph.source(e), e);
    }
    layer.swap(next);
  }
  std::sort(result.begin(), result.end(), [](const Neighbor& a, const Neighbor& b) {
    return std::tie(a.distance, a.node) < std::tie(b.distance, b.node);
  });
  for (auto& n : result) {
    std::sort(n.links.begin(), n.links.end());
    n.links.erase(std::unique(n.links.begin(), n.links.end()), n.links.end());
  }
  return result;
}

void write_neighbors_text(std::ostream& out, const KnowledgeGraph& graph, NodeId centre, std::size_t depth,
                          const std::vector<Neighbor>& neighbors) {
  out << describe_entity(graph, centre) << ": " << neighbors.size() << (neighbors.size() == 1 ? " entity" : " entities")
      << " within " << depth << (depth == 1 ? " hop" : " hops") << "\n";
  for (const auto& n : neighbors) {
    out << n.distance << "  " << describe_entity(graph, n.node) << "\n";
    for (EdgeId e : n.links) {
      const FactEdge& fact = graph.edge(e);
      out << "     " << graph.node(graph.source(e)).label << " \u2014" << to_string(fact.relation) << "\u2192 "
          << graph.node(graph.target(e)).label;
      if (!fact.title.empty()) out << " (" << fact.title << ")";
      out << " (" << fact.evidence.size() << " evidence)\n";
    }
  }
}

void write_neighbors_json(std::ostream& out, const KnowledgeGraph& graph, NodeId centre, std::size_t depth,
                          const std::vector<Neighbor>& neighbors) {
  rapidjson::OStreamWrapper stream(out);
  JsonWriter w(stream);
  w.SetIndent(' ', 2);
  w.StartObject();
  put(w, "entity");
  w.StartObject();
  put_node_members(w, graph, centre);
  w.EndObject();
  put(w, "depth");
  w.Uint64(depth);
  put(w, "neighbors");
  w.StartArray();
  for (const auto& n : neighbors) {
    w.StartObject();
    put_node_members(w, graph, n.node);
    put(w, "distance");
    w.Uint64(n.distance);
    put(w, "links");
    w.StartArray();
    for (EdgeId e : n.links) {
      const FactEdge& fact = graph.edge(e);
      w.StartObject();
      put(w, "source");
      put(w, node_id(graph.source(e)));
      put(w, "target");
      put(w, node_id(graph.target(e)));
      put(w, "relation");
      put(w, to_string(fact.relation));
      if (!fact.title.empty()) {
        put(w, "title");
        put(w, fact.title);
      }
      put(w, "weight");
      w.Uint64(fact.evidence.size());
      w.EndObject();
    }
    w.EndArray();
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
  out << '\n';
}

}  // namespace kg
