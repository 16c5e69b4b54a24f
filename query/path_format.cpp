#include "query/path_format.h"

#include <rapidjson/ostreamwrapper.h>
#include <rapidjson/prettywriter.h>

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

// Node ids as the whole graph numbers them (see write_paths_json).
struct Ids {
  std::span<const NodeId> of;
  NodeId operator()(NodeId n) const { return of.empty() ? n : of[n]; }
};

void put_node(JsonWriter& w, const KnowledgeGraph& graph, NodeId id, Ids ids) {
  w.StartObject();
  put(w, "id");
  put(w, node_id(ids(id)));
  put(w, "label");
  put(w, graph.node(id).label);
  put(w, "type");
  put(w, to_string(graph.node(id).type));
  w.EndObject();
}

void put_edge(JsonWriter& w, const KnowledgeGraph& graph, EdgeId id, Ids ids) {
  const FactEdge& fact = graph.edge(id);
  w.StartObject();
  put(w, "source");
  put(w, node_id(ids(graph.source(id))));
  put(w, "target");
  put(w, node_id(ids(graph.target(id))));
  put(w, "relation");
  put(w, to_string(fact.relation));
  if (!fact.title.empty()) {
    put(w, "title");
    put(w, fact.title);
  }
  const Evidence* first = fact.evidence.empty() ? nullptr : &fact.evidence.front();
  put(w, "evidence");
  put(w, first ? std::string_view(first->text) : std::string_view());
  put(w, "doc");
  put(w, first ? std::string_view(first->doc) : std::string_view());
  put(w, "sentence");
  w.Uint(first ? first->sentence : 0);
  put(w, "weight");
  w.Uint64(fact.evidence.size());
  w.EndObject();
}

}  // namespace

void write_paths_text(std::ostream& out, const KnowledgeGraph& graph, const std::vector<Path>& paths) {
  for (std::size_t p = 0; p < paths.size(); ++p) {
    const Path& path = paths[p];
    if (paths.size() > 1) {
      if (p) out << '\n';
      std::size_t hops = path.edges.size();
      out << "Path " << p + 1 << " (" << hops << (hops == 1 ? " hop" : " hops") << "):\n";
    }
    if (path.edges.empty()) out << graph.node(path.nodes.front()).label << " (same entity at both ends)\n";
    for (std::size_t i = 0; i < path.edges.size(); ++i) {
      const FactEdge& fact = graph.edge(path.edges[i]);
      // met_with has no direction: it reads the same either way.
      bool forward = graph.source(path.edges[i]) == path.nodes[i] || is_symmetric(fact.relation);
      const auto& a = graph.node(path.nodes[i]).label;
      const auto& b = graph.node(path.nodes[i + 1]).label;
      if (forward) out << a << " \u2014" << to_string(fact.relation) << "\u2192 " << b;
      else out << a << " \u2190" << to_string(fact.relation) << "\u2014 " << b;
      if (!fact.title.empty()) out << " (" << fact.title << ")";
      out << '\n';
      if (!fact.evidence.empty()) {
        const Evidence& e = fact.evidence.front();
        out << "  \"" << e.text << "\" (" << e.doc << ", sentence " << e.sentence + 1 << ")";
        if (fact.evidence.size() > 1) out << " +" << fact.evidence.size() - 1 << " more";
        out << '\n';
      }
    }
  }
}

void write_paths_json(std::ostream& out, const KnowledgeGraph& graph, NodeId from, NodeId to,
                      const std::vector<Path>& paths, std::span<const NodeId> node_ids) {
  const Ids ids{node_ids};
  rapidjson::OStreamWrapper stream(out);
  JsonWriter w(stream);
  w.SetIndent(' ', 2);
  w.StartObject();
  put(w, "from");
  put_node(w, graph, from, ids);
  put(w, "to");
  put_node(w, graph, to, ids);
  put(w, "paths");
  w.StartArray();
  for (const Path& path : paths) {
    w.StartObject();
    put(w, "hops");
    w.Uint64(path.edges.size());
    put(w, "cost");
    w.Double(path.cost);
    put(w, "nodes");
    w.StartArray();
    for (NodeId n : path.nodes) put_node(w, graph, n, ids);
    w.EndArray();
    put(w, "edges");
    w.StartArray();
    for (EdgeId e : path.edges) put_edge(w, graph, e, ids);
    w.EndArray();
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
  out << '\n';
}

}  // namespace kg
