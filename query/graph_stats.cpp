#include "query/graph_stats.h"

#include <algorithm>

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/betweenness_centrality.hpp>
#include <boost/graph/connected_components.hpp>
#include <rapidjson/ostreamwrapper.h>
#include <rapidjson/prettywriter.h>

#include "query/entity_lookup.h"

namespace kg {
namespace {

using Undirected = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS>;

// Facts as a simple undirected graph: several facts between two entities make one link,
// so that degree and betweenness count connections, not statements.
Undirected simple_graph(const KnowledgeGraph& graph) {
  std::vector<std::pair<NodeId, NodeId>> pairs;
  for (EdgeId e = 0; e < graph.edge_count(); ++e) {
    auto s = graph.source(e), t = graph.target(e);
    if (s != t) pairs.emplace_back(std::min(s, t), std::max(s, t));
  }
  std::sort(pairs.begin(), pairs.end());
  pairs.erase(std::unique(pairs.begin(), pairs.end()), pairs.end());
  return Undirected(pairs.begin(), pairs.end(), graph.node_count());
}

std::vector<RankedEntity> top(std::vector<double> scores, std::size_t count) {
  std::vector<RankedEntity> ranked;
  for (NodeId n = 0; n < scores.size(); ++n) ranked.push_back({n, scores[n]});
  auto better = [](const RankedEntity& a, const RankedEntity& b) {
    return a.score != b.score ? a.score > b.score : a.node < b.node;
  };
  count = std::min(count, ranked.size());
  std::partial_sort(ranked.begin(), ranked.begin() + static_cast<std::ptrdiff_t>(count), ranked.end(), better);
  ranked.resize(count);
  return ranked;
}

using JsonWriter = rapidjson::PrettyWriter<rapidjson::OStreamWrapper>;
void put(JsonWriter& w, std::string_view text) { w.String(text.data(), static_cast<rapidjson::SizeType>(text.size())); }

void put_counts(JsonWriter& w, std::string_view name, const std::map<std::string, std::size_t>& counts) {
  put(w, name);
  w.StartObject();
  for (const auto& [key, n] : counts) {
    put(w, key);
    w.Uint64(n);
  }
  w.EndObject();
}

void put_ranking(JsonWriter& w, const KnowledgeGraph& graph, std::string_view name,
                 const std::vector<RankedEntity>& ranking) {
  put(w, name);
  w.StartArray();
  for (const auto& r : ranking) {
    w.StartObject();
    put(w, "id");
    std::string id = "n";
    id += std::to_string(r.node);
    put(w, id);
    put(w, "label");
    put(w, graph.node(r.node).label);
    put(w, "type");
    put(w, to_string(graph.node(r.node).type));
    put(w, "score");
    w.Double(r.score);
    w.EndObject();
  }
  w.EndArray();
}

void write_ranking_text(std::ostream& out, const KnowledgeGraph& graph, const std::vector<RankedEntity>& ranking) {
  for (const auto& r : ranking) out << "  " << r.score << "\t" << describe_entity(graph, r.node) << "\n";
}

}  // namespace

GraphStats compute_stats(const KnowledgeGraph& graph, const StatsOptions& options) {
  GraphStats stats;
  stats.nodes = graph.node_count();
  stats.edges = graph.edge_count();
  stats.documents = graph.documents().size();
  for (NodeId n = 0; n < stats.nodes; ++n) ++stats.by_type[std::string(to_string(graph.node(n).type))];
  for (EdgeId e = 0; e < stats.edges; ++e) {
    ++stats.by_relation[std::string(to_string(graph.edge(e).relation))];
    stats.evidence += graph.edge(e).evidence.size();
  }
  Undirected simple = simple_graph(graph);
  std::vector<int> component(stats.nodes);
  stats.components = stats.nodes ? static_cast<std::size_t>(boost::connected_components(simple, component.data())) : 0;
  std::vector<std::size_t> sizes(stats.components);
  for (int c : component) ++sizes[static_cast<std::size_t>(c)];
  stats.largest_component = sizes.empty() ? 0 : *std::max_element(sizes.begin(), sizes.end());
  std::vector<double> degree(stats.nodes);
  for (NodeId n = 0; n < stats.nodes; ++n) {
    degree[n] = static_cast<double>(boost::degree(n, simple));
    if (degree[n] == 0) ++stats.isolated;
  }
  stats.by_degree = top(degree, options.top);
  if (stats.nodes > options.betweenness_max_nodes) {
    stats.betweenness_skipped = true;
  } else {
    std::vector<double> centrality(stats.nodes);
    boost::brandes_betweenness_centrality(
        simple, boost::centrality_map(boost::make_iterator_property_map(centrality.begin(),
                                                                         boost::get(boost::vertex_index, simple))));
    stats.by_betweenness = top(centrality, options.top);
  }
  return stats;
}

void write_stats_text(std::ostream& out, const KnowledgeGraph& graph, const GraphStats& s) {
  out << s.nodes << " entities, " << s.edges << " relations, " << s.evidence << " evidence, " << s.documents
      << " documents\n";
  out << "entities by type:";
  for (const auto& [type, n] : s.by_type) out << ' ' << type << ' ' << n;
  out << "\nrelations:";
  for (const auto& [relation, n] : s.by_relation) out << ' ' << relation << ' ' << n;
  out << "\nconnected components: " << s.components << " (largest " << s.largest_component << ", isolated entities "
      << s.isolated << ")\n";
  out << "top entities by degree:\n";
  write_ranking_text(out, graph, s.by_degree);
  out << "top entities by betweenness:\n";
  if (s.betweenness_skipped) out << "  (skipped: too many entities)\n";
  write_ranking_text(out, graph, s.by_betweenness);
}

void write_stats_json(std::ostream& out, const KnowledgeGraph& graph, const GraphStats& s) {
  rapidjson::OStreamWrapper stream(out);
  JsonWriter w(stream);
  w.SetIndent(' ', 2);
  w.StartObject();
  for (auto [name, value] : {std::pair<std::string_view, std::size_t>{"entities", s.nodes}, {"relations", s.edges},
                             {"evidence", s.evidence}, {"documents", s.documents}, {"components", s.components},
                             {"largest_component", s.largest_component}, {"isolated", s.isolated}}) {
    put(w, name);
    w.Uint64(value);
  }
  put_counts(w, "entities_by_type", s.by_type);
  put_counts(w, "relations_by_name", s.by_relation);
  put_ranking(w, graph, "top_degree", s.by_degree);
  if (s.betweenness_skipped) {
    put(w, "top_betweenness");
    w.Null();
  } else {
    put_ranking(w, graph, "top_betweenness", s.by_betweenness);
  }
  w.EndObject();
  out << '\n';
}

}  // namespace kg
