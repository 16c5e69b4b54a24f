#include "export/gexf_writer.h"

#include <catch2/catch.hpp>
#include <sstream>

#include "consumers.h"
#include "golden.h"
#include "sample_graphs.h"

namespace {

std::string gexf(const kg::KnowledgeGraph& graph) {
  std::ostringstream out;
  kg::write_gexf(out, graph);
  return out.str();
}

// NetworkX 2.8 knows GEXF 1.1draft and 1.2draft only; the 1.3 format differs from 1.2 in
// the namespaces and in attributes NetworkX ignores (such as `kind`), so the script
// registers the 1.3 namespaces and lets NetworkX's own parser do the rest.
constexpr const char* kNetworkxScript = R"PY(
import sys, networkx as nx
from networkx.readwrite.gexf import GEXF
if '1.3' not in GEXF.versions:
    GEXF.versions['1.3'] = {
        'NS_GEXF': 'http://gexf.net/1.3', 'NS_VIZ': 'http://gexf.net/1.3/viz',
        'NS_XSI': 'http://www.w3.org/2001/XMLSchema-instance',
        'SCHEMALOCATION': 'http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd', 'VERSION': '1.3'}
g = nx.read_gexf(sys.argv[1], version='1.3')
h = lambda s: s.encode('utf-8').hex()
print('nodes', g.number_of_nodes())
print('edges', g.number_of_edges())
for n in sorted(g.nodes, key=lambda n: int(n[1:])):
    d = g.nodes[n]
    c = d['viz']['color']
    print('node', n, h(d['label']), d['type'], d['mentions'], c['r'], c['g'], c['b'], d['viz']['size'])
for u, v, k, d in sorted(g.edges(keys=True, data=True), key=lambda e: int(e[2][1:])):
    print('edge', k, u, v, d['relation'], d['weight'], h(d['label']))
)PY";

}  // namespace

TEST_CASE("GEXF of a graph with hostile names matches the golden file", "[export][gexf]") {
  kg::test::check_golden("hostile.gexf", gexf(kg::test::hostile_graph()));
}

TEST_CASE("GEXF of the empty and the one-node graph match the golden files", "[export][gexf]") {
  kg::test::check_golden("empty.gexf", gexf(kg::KnowledgeGraph()));
  kg::test::check_golden("one-node.gexf", gexf(kg::test::one_node_graph()));
}

TEST_CASE("GEXF output is the same bytes every time", "[export][gexf]") {
  CHECK(gexf(kg::test::hostile_graph()) == gexf(kg::test::hostile_graph()));
}

TEST_CASE("GEXF edges carry their relation as kind so parallel relations stay apart", "[export][gexf]") {
  auto text = gexf(kg::test::hostile_graph());
  CHECK(text.find(R"(source="n5" target="n1" kind="member_of")") != std::string::npos);
  CHECK(text.find(R"(source="n5" target="n1" kind="holds_position")") != std::string::npos);
}

TEST_CASE("GEXF writer throws when the stream fails", "[export][gexf]") {
  std::ostringstream out;
  out.setstate(std::ios::badbit);
  CHECK_THROWS_AS(kg::write_gexf(out, kg::test::one_node_graph()), std::runtime_error);
}

TEST_CASE("xmllint accepts GEXF with hostile names", "[export][gexf][consumer]") {
  auto xmllint = kg::test::xmllint();
  if (xmllint.empty()) return;
  kg::test::TempDir dir("kg-gexf");
  kg::test::write_file(dir / "graph.gexf", gexf(kg::test::hostile_graph()));
  auto result = kg::test::run(kg::test::shell_quote(xmllint) + " --noout " +
                              kg::test::shell_quote((dir / "graph.gexf").string()));
  INFO(result.err);
  CHECK(result.exit_code == 0);
  CHECK(result.err.empty());
}

TEST_CASE("NetworkX reads GEXF back with labels, colours, sizes and parallel edges", "[export][gexf][consumer]") {
  auto python = kg::test::python_with_networkx();
  if (python.empty()) return;
  auto graph = kg::test::hostile_graph();
  kg::test::TempDir dir("kg-gexf");
  kg::test::write_file(dir / "graph.gexf", gexf(graph));
  kg::test::write_file(dir / "read.py", kNetworkxScript);
  auto result = kg::test::run(kg::test::shell_quote(python) + " " + kg::test::shell_quote((dir / "read.py").string()) +
                              " " + kg::test::shell_quote((dir / "graph.gexf").string()));
  INFO(result.err);
  REQUIRE(result.exit_code == 0);

  const std::string R = "\xEF\xBF\xBD";
  std::ostringstream expected;
  expected << "nodes " << graph.node_count() << "\nedges " << graph.edge_count() << "\n";
  const char* colors[] = {"78 121 167", "242 142 43", "89 161 79", "78 121 167", "225 87 89", "78 121 167"};
  const char* sizes[] = {"21.2", "18.7", "15.0", "15.0", "17.1", "20.0"};
  for (kg::NodeId id = 0; id < graph.node_count(); ++id) {
    std::string label = id == 4 ? "Summit" + R + " 2024 " + R : graph.node(id).label;
    expected << "node n" << id << " " << kg::test::hex(label) << " " << kg::to_string(graph.node(id).type) << " "
             << graph.node(id).mentions << " " << colors[id] << " " << sizes[id] << "\n";
  }
  for (kg::EdgeId id = 0; id < graph.edge_count(); ++id) {
    const auto& edge = graph.edge(id);
    std::string label(kg::label(edge.relation));
    if (!edge.title.empty()) label += ": " + edge.title;
    expected << "edge e" << id << " n" << graph.source(id) << " n" << graph.target(id) << " "
             << kg::to_string(edge.relation) << " " << edge.evidence.size() << ".0 " << kg::test::hex(label) << "\n";
  }
  CHECK(result.out == expected.str());
}
