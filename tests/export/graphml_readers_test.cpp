// GraphML read back by the programs our users use: xmllint, NetworkX and Boost.Graph.
#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/graphml.hpp>
#include <catch2/catch.hpp>
#include <fstream>
#include <sstream>

#include "consumers.h"
#include "export/graphml_writer.h"
#include "sample_graphs.h"

namespace {

const std::string R = "\xEF\xBF\xBD";

// The labels of hostile_graph() as any XML reader must return them: forbidden characters
// became U+FFFD, everything else survived.
std::vector<std::string> expected_labels(const kg::KnowledgeGraph& graph) {
  std::vector<std::string> labels;
  for (kg::NodeId id = 0; id < graph.node_count(); ++id) labels.push_back(graph.node(id).label);
  labels.at(4) = "Summit" + R + " 2024 " + R;
  return labels;
}

std::filesystem::path write_graphml_file(const kg::test::TempDir& dir, const kg::KnowledgeGraph& graph,
                                         const std::string& name = "graph.graphml") {
  std::ostringstream out;
  kg::write_graphml(out, graph);
  auto path = dir / name;
  kg::test::write_file(path, out.str());
  return path;
}

// Prints counts, then one line per node and edge with hex-encoded text.
constexpr const char* kNetworkxScript = R"PY(
import sys, networkx as nx
g = nx.read_graphml(sys.argv[1])
h = lambda s: s.encode('utf-8').hex()
print('nodes', g.number_of_nodes())
print('edges', g.number_of_edges())
print('multigraph', int(g.is_multigraph()))
for n in sorted(g.nodes, key=lambda n: int(n[1:])):
    d = g.nodes[n]
    print('node', n, h(d['label']), d['type'], d['mentions'], h(d.get('aliases', '')))
# parallel edges make NetworkX build a multigraph keyed by our edge ids
for u, v, k, d in sorted(g.edges(keys=True, data=True), key=lambda e: int(e[2][1:])):
    print('edge', k, u, v, d['relation'], repr(d['weight']), h(d['label']))
)PY";

}  // namespace

TEST_CASE("xmllint accepts GraphML with hostile names, empty and one-node graphs", "[export][graphml][consumer]") {
  auto xmllint = kg::test::xmllint();
  if (xmllint.empty()) return;
  kg::test::TempDir dir("kg-graphml");
  for (auto* which : {"hostile", "empty", "one"}) {
    kg::KnowledgeGraph graph = std::string(which) == "hostile" ? kg::test::hostile_graph()
                               : std::string(which) == "one"   ? kg::test::one_node_graph()
                                                               : kg::KnowledgeGraph();
    auto path = write_graphml_file(dir, graph, std::string(which) + ".graphml");
    auto result = kg::test::run(kg::test::shell_quote(xmllint) + " --noout " + kg::test::shell_quote(path.string()));
    INFO(which << ": " << result.err);
    CHECK(result.exit_code == 0);
    CHECK(result.err.empty());
  }
}

TEST_CASE("NetworkX reads GraphML back with all nodes, edges and labels", "[export][graphml][consumer]") {
  auto python = kg::test::python_with_networkx();
  if (python.empty()) return;
  kg::test::TempDir dir("kg-graphml");
  auto graph = kg::test::hostile_graph();
  auto path = write_graphml_file(dir, graph);
  kg::test::write_file(dir / "read.py", kNetworkxScript);
  auto result = kg::test::run(kg::test::shell_quote(python) + " " + kg::test::shell_quote((dir / "read.py").string()) +
                              " " + kg::test::shell_quote(path.string()));
  INFO(result.err);
  REQUIRE(result.exit_code == 0);

  std::ostringstream expected;
  expected << "nodes " << graph.node_count() << "\nedges " << graph.edge_count() << "\nmultigraph 1\n";
  auto labels = expected_labels(graph);
  for (kg::NodeId id = 0; id < graph.node_count(); ++id) {
    const auto& node = graph.node(id);
    std::string aliases;
    for (const auto& a : node.aliases) aliases += (aliases.empty() ? "" : " | ") + a;
    if (id == 4) aliases = "bad " + R + " surrogate";
    expected << "node n" << id << " " << kg::test::hex(labels[id]) << " " << kg::to_string(node.type) << " "
             << node.mentions << " " << kg::test::hex(aliases) << "\n";
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

namespace {
struct BoostNode {
  std::string label, type;
  int mentions = 0;
};
struct BoostEdge {
  std::string label, relation;
  double weight = 0;
};
using BoostGraph = boost::adjacency_list<boost::vecS, boost::vecS, boost::directedS, BoostNode, BoostEdge>;
}  // namespace

TEST_CASE("Boost read_graphml reads GraphML back with labels and relations", "[export][graphml][consumer]") {
  auto graph = kg::test::hostile_graph();
  std::ostringstream out;
  kg::write_graphml(out, graph);
  std::istringstream in(out.str());

  BoostGraph read;
  boost::dynamic_properties properties(boost::ignore_other_properties);
  properties.property("label", boost::get(&BoostNode::label, read));
  properties.property("type", boost::get(&BoostNode::type, read));
  properties.property("mentions", boost::get(&BoostNode::mentions, read));
  properties.property("label", boost::get(&BoostEdge::label, read));
  properties.property("relation", boost::get(&BoostEdge::relation, read));
  properties.property("weight", boost::get(&BoostEdge::weight, read));
  REQUIRE_NOTHROW(boost::read_graphml(in, read, properties));

  REQUIRE(boost::num_vertices(read) == graph.node_count());
  REQUIRE(boost::num_edges(read) == graph.edge_count());
  auto labels = expected_labels(graph);
  for (kg::NodeId id = 0; id < graph.node_count(); ++id) {
    CHECK(read[id].label == labels[id]);
    CHECK(read[id].type == kg::to_string(graph.node(id).type));
    CHECK(read[id].mentions == static_cast<int>(graph.node(id).mentions));
  }
  std::multiset<std::tuple<std::size_t, std::size_t, std::string, double>> expected_edges, read_edges;
  for (kg::EdgeId id = 0; id < graph.edge_count(); ++id)
    expected_edges.emplace(graph.source(id), graph.target(id), std::string(kg::to_string(graph.edge(id).relation)),
                           graph.edge(id).weight());
  for (auto [it, end] = boost::edges(read); it != end; ++it)
    read_edges.emplace(boost::source(*it, read), boost::target(*it, read), read[*it].relation, read[*it].weight);
  CHECK(read_edges == expected_edges);
}
