#pragma once
// Our GraphML read back by Boost.Graph's read_graphml (the compiled libboost_graph), the
// reader C++ users of the file have.
#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/graphml.hpp>
#include <istream>
#include <set>
#include <string>
#include <tuple>

#include "graph/knowledge_graph.h"

namespace kg::test {

struct BoostNode {
  std::string label, type;
  int mentions = 0;
};
struct BoostEdge {
  std::string label, relation;
  double weight = 0;
};
// listS would lose the file's vertex order; vecS keeps n0..nN at indices 0..N. Parallel
// edges are kept (the out-edge list is a vector).
using BoostGraph = boost::adjacency_list<boost::vecS, boost::vecS, boost::directedS, BoostNode, BoostEdge>;

/// Reads GraphML into `read` (empty) with the attributes the tests look at; the rest are
/// ignored. Throws what read_graphml throws (boost::parse_error, ...). Filled in place, as
/// copying an adjacency_list trips GCC 12's -Wmaybe-uninitialized inside Boost.
inline void read_with_boost(std::istream& in, BoostGraph& read) {
  boost::dynamic_properties properties(boost::ignore_other_properties);
  properties.property("label", boost::get(&BoostNode::label, read));
  properties.property("type", boost::get(&BoostNode::type, read));
  properties.property("mentions", boost::get(&BoostNode::mentions, read));
  properties.property("label", boost::get(&BoostEdge::label, read));
  properties.property("relation", boost::get(&BoostEdge::relation, read));
  properties.property("weight", boost::get(&BoostEdge::weight, read));
  boost::read_graphml(in, read, properties);
}

using EdgeSet = std::multiset<std::tuple<std::size_t, std::size_t, std::string, double>>;

/// (source, target, relation, weight) of every edge: Boost does not keep edge ids, so
/// edges are compared as a multiset.
inline EdgeSet edge_set(const BoostGraph& read) {
  EdgeSet edges;
  for (std::size_t v = 0; v < boost::num_vertices(read); ++v)
    for (auto [it, end] = boost::out_edges(v, read); it != end; ++it)
      edges.emplace(v, boost::target(*it, read), read[*it].relation, read[*it].weight);
  return edges;
}

inline EdgeSet edge_set(const KnowledgeGraph& graph) {
  EdgeSet edges;
  for (EdgeId id = 0; id < graph.edge_count(); ++id)
    edges.emplace(graph.source(id), graph.target(id), std::string(to_string(graph.edge(id).relation)),
                  graph.edge(id).weight());
  return edges;
}

}  // namespace kg::test
