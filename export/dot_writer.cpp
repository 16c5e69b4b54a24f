#include "export/dot_writer.h"

#include <algorithm>
#include <map>
#include <stdexcept>
#include <string>
#include <vector>

#include "export/dot_escape.h"
#include "export/label_wrap.h"
#include "export/presentation.h"

namespace kg {
namespace {

// Graphviz never wraps text, so long names and titles are wrapped here; tooltips (shown
// on hover in SVG) carry the longer text.
constexpr std::size_t kWrapWidth = 30;
constexpr std::size_t kNodeLines = 3;
constexpr std::size_t kEdgeLines = 2;
constexpr std::size_t kTooltipMax = 400;

std::string_view shape(EntityType type) {
  switch (type) {
    case EntityType::Person: return "ellipse";
    case EntityType::Org: return "box";
    case EntityType::Gpe: return "hexagon";
    case EntityType::Event: return "note";
  }
  return "ellipse";
}

std::string node_id(NodeId id) {
  std::string name = "n";  // not "n" + to_string(): GCC 12 -O3 warns falsely (-Wrestrict) on that
  name += std::to_string(id);
  return dot_quote(name);
}

std::string node_tooltip(const EntityNode& node) {
  std::string text(to_string(node.type));
  if (!node.titles.empty()) text += " \xE2\x80\x94 " + presentation::join(node.titles, "; ");
  if (!node.aliases.empty()) text += "\nalso: " + presentation::join(node.aliases);
  return text;
}

void write_node(std::ostream& out, NodeId id, const EntityNode& node, std::string_view indent) {
  out << indent << node_id(id) << " [label=" << dot_quote(wrap_label(node.label, kWrapWidth, kNodeLines))
      << ", shape=" << shape(node.type) << ", fillcolor=" << dot_quote(presentation::entity_fill(node.type))
      << ", tooltip=" << dot_quote(node_tooltip(node), kTooltipMax) << "];\n";
}

void write_edge(std::ostream& out, const KnowledgeGraph& graph, EdgeId id) {
  const FactEdge& edge = graph.edge(id);
  // Thicker lines for better-supported facts, capped so hubs stay legible.
  const double penwidth = std::min(1.0 + 0.5 * (edge.weight() - 1.0), 5.0);
  out << "  " << node_id(graph.source(id)) << " -> " << node_id(graph.target(id))
      << " [label=" << dot_quote(wrap_label(presentation::edge_label(edge), kWrapWidth, kEdgeLines))
      << ", penwidth=" << presentation::format_double(std::max(penwidth, 1.0));
  if (is_symmetric(edge.relation)) out << ", dir=none";
  const auto evidence = presentation::edge_evidence(graph, edge);
  if (!evidence.empty()) out << ", tooltip=" << dot_quote(evidence, kTooltipMax);
  out << "];\n";
}

// dot puts every node without edges in the first rank: with rankdir=LR, one column as
// tall as all of them together. Invisible edges chain them into rows of about sqrt(n), so
// they form a block beside the connected part. (Graphviz's pack=true would do this but
// drops edge labels in dot.) The edges are style=invis and layout-only.
void write_isolated_rows(std::ostream& out, const std::vector<NodeId>& isolated) {
  std::size_t row = 4;
  while (row * row < isolated.size()) ++row;
  for (std::size_t start = 0; start + 1 < isolated.size(); start += row) {
    out << "  " << node_id(isolated[start]);
    for (std::size_t i = start + 1; i < std::min(start + row, isolated.size()); ++i) out << " -> " << node_id(isolated[i]);
    out << " [style=invis];\n";
  }
}

}  // namespace

void write_dot(std::ostream& out, const KnowledgeGraph& graph) {
  // newrank: dot's default ranking fails on some graphs with clusters ("trouble in
  // init_rank", the seeds do it with Graphviz 2.43); the global ranking its maintainers
  // give as the workaround does not.
  out << "digraph \"kgraph\" {\n"
         "  graph [charset=\"UTF-8\", newrank=\"true\", rankdir=\"LR\", overlap=\"false\", splines=\"true\", "
         "nodesep=\"0.3\", ranksep=\"0.8\", fontname=\"Helvetica\", fontsize=\"12\"];\n"
         "  node [style=\"filled\", fontname=\"Helvetica\", fontsize=\"10\", color=\"#555555\", "
         "margin=\"0.1,0.05\"];\n"
         "  edge [fontname=\"Helvetica\", fontsize=\"8\", color=\"#777777\", fontcolor=\"#333333\", "
         "arrowsize=\"0.7\"];\n";

  // Nodes with a country are drawn inside a box per country; std::map keeps the order of
  // clusters stable (bytewise by code), nodes inside keep graph order.
  std::map<std::string, std::vector<NodeId>> clusters;
  std::vector<NodeId> loose, isolated;
  for (std::size_t i = 0; i < graph.node_count(); ++i) {
    const auto id = static_cast<NodeId>(i);
    const auto& country = graph.node(id).country;
    if (!country.empty()) clusters[country].push_back(id);
    else if (graph.out_edges(id).empty() && graph.in_edges(id).empty()) isolated.push_back(id);
    else loose.push_back(id);
  }
  for (const auto& [country, members] : clusters) {
    out << "  subgraph " << dot_quote("cluster_" + country, 64) << " {\n"
        << "    label=" << dot_quote(country, 64)
        << "; style=\"rounded,dashed\"; color=\"#999999\"; fontcolor=\"#666666\";\n";
    for (NodeId id : members) write_node(out, id, graph.node(id), "    ");
    out << "  }\n";
  }
  for (NodeId id : loose) write_node(out, id, graph.node(id), "  ");
  for (NodeId id : isolated) write_node(out, id, graph.node(id), "  ");
  for (std::size_t i = 0; i < graph.edge_count(); ++i) write_edge(out, graph, static_cast<EdgeId>(i));
  write_isolated_rows(out, isolated);
  out << "}\n";
  out.flush();
  if (!out) throw std::runtime_error("DOT: write failed");
}

}  // namespace kg
