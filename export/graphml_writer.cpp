#include "export/graphml_writer.h"

#include <stdexcept>
#include <string>
#include <string_view>

#include "export/presentation.h"
#include "export/xml_escape.h"

namespace kg {
namespace {

// <key> ids equal their attr.name: Gephi maps some ids to built-in properties whatever
// the name says (yEd's "d3" becomes the node label, "id" the edge id), and people reading
// the file see what each <data> is. The one exception is the edge label: key ids must be
// unique in the document and the node label already uses "label", so the edge label's id
// is "edgelabel", which Gephi also reads as the edge label; its attr.name stays "label"
// for NetworkX, igraph and Boost. (for="all" would avoid the split, but Gephi then drops
// the edge labels.) No edge key is named `id`: Gephi would take it for the edge id.
struct KeyDecl {
  std::string_view id, name, domain, type;
};
constexpr KeyDecl kKeys[] = {
    {"label", "label", "node", "string"},       {"type", "type", "node", "string"},
    {"aliases", "aliases", "node", "string"},   {"mentions", "mentions", "node", "int"},
    {"documents", "documents", "node", "string"}, {"titles", "titles", "node", "string"},
    {"country", "country", "node", "string"},   {"r", "r", "node", "int"},
    {"g", "g", "node", "int"},                  {"b", "b", "node", "int"},
    {"size", "size", "node", "double"},         {"edgelabel", "label", "edge", "string"},
    {"relation", "relation", "edge", "string"}, {"weight", "weight", "edge", "double"},
    {"title", "title", "edge", "string"},       {"evidence", "evidence", "edge", "string"},
    {"doc", "doc", "edge", "string"},           {"date", "date", "edge", "string"},
};

void data(std::ostream& out, std::string_view key, std::string_view value) {
  out << "      <data key=\"" << key << "\">" << xml_escape(value) << "</data>\n";
}
// Optional text attributes are left out when empty, so readers see "no value", not "".
void optional_data(std::ostream& out, std::string_view key, std::string_view value) {
  if (!value.empty()) data(out, key, value);
}

void write_node(std::ostream& out, std::size_t id, const EntityNode& node) {
  using namespace presentation;
  out << "    <node id=\"n" << id << "\">\n";
  data(out, "label", node.label);
  data(out, "type", to_string(node.type));
  optional_data(out, "aliases", join(node.aliases));
  data(out, "mentions", std::to_string(node.mentions));
  optional_data(out, "documents", join(node.documents));
  optional_data(out, "titles", join(node.titles));
  optional_data(out, "country", node.country);
  const Rgb color = entity_color(node.type);
  data(out, "r", std::to_string(color.r));
  data(out, "g", std::to_string(color.g));
  data(out, "b", std::to_string(color.b));
  data(out, "size", format_double(node_size(node)));
  out << "    </node>\n";
}

void write_edge(std::ostream& out, const EdgeSource& edges, EdgeId id, NodeId source, NodeId target,
                const FactEdge& edge) {
  using namespace presentation;
  out << "    <edge id=\"e" << id << "\" source=\"n" << source << "\" target=\"n" << target << "\">\n";
  data(out, "edgelabel", edge_label(edge));
  data(out, "relation", to_string(edge.relation));
  data(out, "weight", format_double(edge.weight()));
  optional_data(out, "title", edge.title);
  optional_data(out, "evidence", edge_evidence(edges, edge));
  optional_data(out, "doc", join(edge_documents(edge)));
  optional_data(out, "date", edge_date(edge));
  out << "    </edge>\n";
}

}  // namespace

void write_graphml(std::ostream& out, const KnowledgeGraph& graph) {
  write_graphml_from(out, GraphNodes(graph), GraphEdges(graph));
}

void write_graphml_from(std::ostream& out, const NodeSource& nodes, const EdgeSource& edges) {
  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
         "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"\n"
         "    xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n"
         "    xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
         "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n";
  for (const auto& key : kKeys)
    out << "  <key id=\"" << key.id << "\" for=\"" << key.domain << "\" attr.name=\"" << key.name
        << "\" attr.type=\"" << key.type << "\"/>\n";
  out << "  <graph id=\"kgraph\" edgedefault=\"directed\">\n";
  nodes.for_each([&](NodeId id, const EntityNode& node) { write_node(out, id, node); });
  edges.for_each([&](EdgeId id, NodeId source, NodeId target, const FactEdge& edge) {
    write_edge(out, edges, id, source, target, edge);
  });
  out << "  </graph>\n</graphml>\n";
  out.flush();
  if (!out) throw std::runtime_error("GraphML: write failed");
}

}  // namespace kg
