#include "export/neo4j_csv.h"

#include <stdexcept>
#include <string>

#include "export/csv_escape.h"
#include "export/presentation.h"

namespace kg {
namespace {

constexpr std::string_view kEol = "\r\n";  // RFC 4180; Neo4j accepts both

std::string upper(std::string_view text) {
  std::string out(text);
  for (char& c : out)
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  return out;
}

void finish(std::ostream& out, const char* what) {
  out.flush();
  if (!out) throw std::runtime_error(std::string(what) + ": write failed");
}

}  // namespace

void write_neo4j_nodes(std::ostream& out, const KnowledgeGraph& graph) {
  using namespace presentation;
  out << "id:ID,:LABEL,name,type,aliases,mentions:int,documents,titles,country" << kEol;
  for (NodeId id = 0; id < graph.node_count(); ++id) {
    const EntityNode& node = graph.node(id);
    out << 'n' << id << ',' << to_string(node.type) << ',' << csv_field(node.label) << ','
        << csv_field(to_string(node.type)) << ',' << csv_field(join(node.aliases)) << ',' << node.mentions << ','
        << csv_field(join(node.documents)) << ',' << csv_field(join(node.titles)) << ','
        << csv_field(node.country) << kEol;
  }
  finish(out, "Neo4j nodes CSV");
}

void write_neo4j_relationships(std::ostream& out, const KnowledgeGraph& graph) {
  using namespace presentation;
  out << ":START_ID,:END_ID,:TYPE,id,relation,label,title,weight:double,evidence,doc,date" << kEol;
  for (EdgeId id = 0; id < graph.edge_count(); ++id) {
    const FactEdge& edge = graph.edge(id);
    out << 'n' << graph.source(id) << ",n" << graph.target(id) << ',' << upper(to_string(edge.relation)) << ",e"
        << id << ',' << csv_field(to_string(edge.relation)) << ',' << csv_field(edge_label(edge)) << ','
        << csv_field(edge.title) << ',' << format_double(edge.weight()) << ',' << csv_field(edge_evidence(graph, edge))
        << ',' << csv_field(join(edge_documents(edge))) << ',' << csv_field(edge_date(edge)) << kEol;
  }
  finish(out, "Neo4j relationships CSV");
}

}  // namespace kg
