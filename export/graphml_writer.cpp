#include "export/graphml_writer.h"

#include <stdexcept>
#include <string>
#include <string_view>

#include "export/presentation.h"
#include "export/xml_escape.h"

namespace kg {
namespace {

// <key> ids equal their attr.name: Gephi shows an id like "d3" as the column name, and
// people reading the file see what each <data> is. Key ids must be unique in the whole
// document, so the one name both nodes and edges carry, `label`, is declared once with
// for="all". No edge key is called `id`: NetworkX stores the edge's id attribute there.
struct KeyDecl {
  std::string_view name, domain, type;
};
constexpr KeyDecl kKeys[] = {
    {"label", "all", "string"},     {"type", "node", "string"},      {"aliases", "node", "string"},
    {"mentions", "node", "int"},    {"documents", "node", "string"}, {"titles", "node", "string"},
    {"country", "node", "string"},  {"r", "node", "int"},            {"g", "node", "int"},
    {"b", "node", "int"},           {"size", "node", "double"},      {"relation", "edge", "string"},
    {"weight", "edge", "double"},   {"title", "edge", "string"},     {"evidence", "edge", "string"},
    {"doc", "edge", "string"},      {"date", "edge", "string"},
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

void write_edge(std::ostream& out, const KnowledgeGraph& graph, EdgeId id) {
  using namespace presentation;
  const FactEdge& edge = graph.edge(id);
  out << "    <edge id=\"e" << id << "\" source=\"n" << graph.source(id) << "\" target=\"n"
      << graph.target(id) << "\">\n";
  data(out, "label", edge_label(edge));
  data(out, "relation", to_string(edge.relation));
  data(out, "weight", format_double(edge.weight()));
  optional_data(out, "title", edge.title);
  optional_data(out, "evidence", edge_evidence(edge));
  optional_data(out, "doc", join(edge_documents(edge)));
  optional_data(out, "date", edge_date(edge));
  out << "    </edge>\n";
}

}  // namespace

void write_graphml(std::ostream& out, const KnowledgeGraph& graph) {
  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
         "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"\n"
         "    xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n"
         "    xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
         "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n";
  for (const auto& key : kKeys)
    out << "  <key id=\"" << key.name << "\" for=\"" << key.domain << "\" attr.name=\"" << key.name
        << "\" attr.type=\"" << key.type << "\"/>\n";
  out << "  <graph id=\"kgraph\" edgedefault=\"directed\">\n";
  for (std::size_t id = 0; id < graph.node_count(); ++id) write_node(out, id, graph.node(static_cast<NodeId>(id)));
  for (std::size_t id = 0; id < graph.edge_count(); ++id) write_edge(out, graph, static_cast<EdgeId>(id));
  out << "  </graph>\n</graphml>\n";
  out.flush();
  if (!out) throw std::runtime_error("GraphML: write failed");
}

}  // namespace kg
