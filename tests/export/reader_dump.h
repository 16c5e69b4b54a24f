#pragma once
// What a reader of our GraphML or GEXF gives back, as text a test can compare in one CHECK.
// readers/dump_graph.py (NetworkX, igraph) and js/dump_graph.js (graphology) read a file
// and print one line per node and edge in this format; expected_dump() prints the same
// from the KnowledgeGraph that was written, so a difference names the node or edge.
#include <filesystem>
#include <sstream>
#include <string>
#include <string_view>

#include "consumers.h"
#include "export/presentation.h"
#include "export/xml_escape.h"
#include "graph/knowledge_graph.h"

namespace kg::test {

/// `text` as any XML reader returns it after our writer escaped it: characters XML 1.0
/// forbids became U+FFFD, everything else survives.
inline std::string xml_read_back(std::string_view text) {
  std::string escaped = xml_escape(text), out;
  static constexpr std::pair<std::string_view, char> kEntities[] = {
      {"&amp;", '&'}, {"&lt;", '<'}, {"&gt;", '>'}, {"&quot;", '"'},
      {"&apos;", '\''}, {"&#9;", '\t'}, {"&#10;", '\n'}, {"&#13;", '\r'}};
  for (std::size_t pos = 0; pos < escaped.size();) {
    bool replaced = false;
    for (const auto& [entity, c] : kEntities) {
      if (std::string_view(escaped).substr(pos, entity.size()) == entity) {
        out += c;
        pos += entity.size();
        replaced = true;
        break;
      }
    }
    if (!replaced) out += escaped[pos++];
  }
  return out;
}

/// The dump every reader must print for a file written from `graph`.
inline std::string expected_dump(const KnowledgeGraph& graph) {
  using namespace presentation;
  std::ostringstream out;
  out << "nodes " << graph.node_count() << "\nedges " << graph.edge_count() << "\n";
  for (NodeId id = 0; id < graph.node_count(); ++id) {
    const EntityNode& node = graph.node(id);
    const Rgb color = entity_color(node.type);
    const std::string aliases = hex(xml_read_back(join(node.aliases)));
    out << "node n" << id << " " << hex(xml_read_back(node.label)) << " " << (aliases.empty() ? "-" : aliases) << " "
        << to_string(node.type) << " "
        << node.mentions << " " << int{color.r} << "," << int{color.g} << "," << int{color.b} << " "
        << format_double(node_size(node)) << "\n";
  }
  for (EdgeId id = 0; id < graph.edge_count(); ++id) {
    const FactEdge& edge = graph.edge(id);
    out << "edge e" << id << " n" << graph.source(id) << " n" << graph.target(id) << " " << to_string(edge.relation)
        << " " << format_double(edge.weight()) << " " << hex(xml_read_back(edge_label(edge))) << "\n";
  }
  return out.str();
}

/// Checks that a dump script ran and printed expected_dump(graph).
inline void check_dump(const RunResult& result, const KnowledgeGraph& graph) {
  INFO(result.err);
  REQUIRE(result.exit_code == 0);
  CHECK(result.out == expected_dump(graph));
}

/// Runs `interpreter script reader file`: the dump of `file` as `reader` sees it.
inline RunResult run_dump(const std::string& interpreter, const std::filesystem::path& script, std::string_view reader,
                          const std::filesystem::path& file) {
  return run(shell_quote(interpreter) + " " + shell_quote(script.string()) + " " + std::string(reader) + " " +
             shell_quote(file.string()));
}

/// readers/dump_graph.py with `reader` networkx-graphml, networkx-gexf or igraph-graphml.
inline RunResult python_dump(const std::string& python, std::string_view reader, const std::filesystem::path& file) {
  return run_dump(python, source_dir() / "tests" / "export" / "readers" / "dump_graph.py", reader, file);
}

/// js/dump_graph.js with `reader` graphology-graphml or graphology-gexf.
inline RunResult graphology_dump(const std::string& node, std::string_view reader, const std::filesystem::path& file) {
  return run_dump(node, graphology_dir() / "dump_graph.js", reader, file);
}

}  // namespace kg::test
