#include "export/gexf_writer.h"

#include <stdexcept>
#include <string>
#include <string_view>

#include "export/presentation.h"
#include "export/xml_escape.h"

namespace kg {
namespace {

// Attribute ids equal their titles, as in our GraphML, so the file reads on its own.
struct AttributeDecl {
  std::string_view name, type;
};
constexpr AttributeDecl kNodeAttributes[] = {
    {"type", "string"},      {"aliases", "string"}, {"mentions", "integer"},
    {"documents", "string"}, {"titles", "string"},  {"country", "string"},
};
constexpr AttributeDecl kEdgeAttributes[] = {
    {"relation", "string"}, {"title", "string"}, {"evidence", "string"}, {"doc", "string"}, {"date", "string"},
};

void declare(std::ostream& out, std::string_view element_class, const auto& attributes) {
  out << "    <attributes class=\"" << element_class << "\" mode=\"static\">\n";
  for (const auto& a : attributes)
    out << "      <attribute id=\"" << a.name << "\" title=\"" << a.name << "\" type=\"" << a.type << "\"/>\n";
  out << "    </attributes>\n";
}

// Collects <attvalue>s, leaving out empty text so readers see "no value" rather than "".
class AttValues {
 public:
  void add(std::string_view name, std::string_view value) {
    if (!value.empty()) text_ += "          <attvalue for=\"" + std::string(name) + "\" value=\"" + xml_escape(value) + "\"/>\n";
  }
  void write(std::ostream& out) const {
    if (!text_.empty()) out << "        <attvalues>\n" << text_ << "        </attvalues>\n";
  }

 private:
  std::string text_;
};

void write_node(std::ostream& out, std::size_t id, const EntityNode& node) {
  using namespace presentation;
  out << "      <node id=\"n" << id << "\" label=\"" << xml_escape(node.label) << "\">\n";
  AttValues values;
  values.add("type", to_string(node.type));
  values.add("aliases", join(node.aliases));
  values.add("mentions", std::to_string(node.mentions));
  values.add("documents", join(node.documents));
  values.add("titles", join(node.titles));
  values.add("country", node.country);
  values.write(out);
  const Rgb color = entity_color(node.type);
  out << "        <viz:color r=\"" << int{color.r} << "\" g=\"" << int{color.g} << "\" b=\"" << int{color.b}
      << "\"/>\n"
      << "        <viz:size value=\"" << format_double(node_size(node)) << "\"/>\n"
      << "      </node>\n";
}

void write_edge(std::ostream& out, const KnowledgeGraph& graph, EdgeId id) {
  using namespace presentation;
  const FactEdge& edge = graph.edge(id);
  out << "      <edge id=\"e" << id << "\" source=\"n" << graph.source(id) << "\" target=\"n" << graph.target(id)
      << "\" kind=\"" << to_string(edge.relation) << "\" label=\"" << xml_escape(edge_label(edge))
      << "\" weight=\"" << format_double(edge.weight()) << "\">\n";
  AttValues values;
  values.add("relation", to_string(edge.relation));
  values.add("title", edge.title);
  values.add("evidence", edge_evidence(graph, edge));
  values.add("doc", join(edge_documents(edge)));
  values.add("date", edge_date(edge));
  values.write(out);
  out << "      </edge>\n";
}

}  // namespace

void write_gexf(std::ostream& out, const KnowledgeGraph& graph) {
  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
         "<gexf xmlns=\"http://gexf.net/1.3\" xmlns:viz=\"http://gexf.net/1.3/viz\"\n"
         "    xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n"
         "    xsi:schemaLocation=\"http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd\" version=\"1.3\">\n"
         "  <meta>\n"
         "    <creator>kgraph</creator>\n"
         "    <description>Persons, organizations, places and events from news texts, "
         "with typed relations and their evidence</description>\n"
         "  </meta>\n"
         "  <graph defaultedgetype=\"directed\" mode=\"static\">\n";
  declare(out, "node", kNodeAttributes);
  declare(out, "edge", kEdgeAttributes);
  out << "    <nodes>\n";
  for (std::size_t id = 0; id < graph.node_count(); ++id) write_node(out, id, graph.node(static_cast<NodeId>(id)));
  out << "    </nodes>\n    <edges>\n";
  for (std::size_t id = 0; id < graph.edge_count(); ++id) write_edge(out, graph, static_cast<EdgeId>(id));
  out << "    </edges>\n  </graph>\n</gexf>\n";
  out.flush();
  if (!out) throw std::runtime_error("GEXF: write failed");
}

}  // namespace kg
