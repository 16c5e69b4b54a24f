#include "graph/knowledge_graph.h"

#include <algorithm>
#include <stdexcept>
#include <boost/graph/adjacency_list.hpp>

#include "extract/name_key.h"

namespace kg {

struct KnowledgeGraph::Impl {
  struct EdgeBundle {
    EdgeId id = 0;
  };
  using Graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS,
                                      EntityNode, EdgeBundle>;
  Graph graph;
  std::vector<FactEdge> facts;  // indexed by EdgeId
  std::vector<Graph::edge_descriptor> descriptors;
  std::map<std::tuple<NodeId, Relation, NodeId>, EdgeId> edge_index;
  std::multimap<std::string, NodeId> name_index;
  std::vector<DocumentInfo> documents;

  void index_name(const std::string& name, NodeId id) {
    auto key = name_key(name);
    auto [lo, hi] = name_index.equal_range(key);
    for (auto it = lo; it != hi; ++it)
      if (it->second == id) return;
    name_index.emplace(std::move(key), id);
  }
};

KnowledgeGraph::KnowledgeGraph() : impl_(std::make_unique<Impl>()) {}
KnowledgeGraph::~KnowledgeGraph() = default;
KnowledgeGraph::KnowledgeGraph(KnowledgeGraph&&) noexcept = default;
KnowledgeGraph& KnowledgeGraph::operator=(KnowledgeGraph&&) noexcept = default;

NodeId KnowledgeGraph::add_entity(EntityNode node) {
  auto id = static_cast<NodeId>(boost::add_vertex(std::move(node), impl_->graph));
  const EntityNode& stored = impl_->graph[id];
  impl_->index_name(stored.label, id);
  for (const auto& alias : stored.aliases) impl_->index_name(alias, id);
  return id;
}

EdgeId KnowledgeGraph::add_fact(NodeId source, NodeId target, Relation relation,
                                std::string_view title, Evidence evidence) {
  if (source >= node_count() || target >= node_count())
    throw std::out_of_range("KnowledgeGraph::add_fact: unknown node");
  if (is_symmetric(relation) && target < source) {
    std::swap(source, target);
    std::swap(evidence.subject_range, evidence.object_range);
  }
  auto key = std::make_tuple(source, relation, target);
  auto found = impl_->edge_index.find(key);
  EdgeId id;
  if (found == impl_->edge_index.end()) {
    id = static_cast<EdgeId>(impl_->facts.size());
    auto [descriptor, ok] = boost::add_edge(source, target, Impl::EdgeBundle{id}, impl_->graph);
    (void)ok;
    impl_->descriptors.push_back(descriptor);
    impl_->facts.push_back(FactEdge{relation, std::string(title), {}});
    impl_->edge_index.emplace(key, id);
  } else {
    id = found->second;
  }
  FactEdge& fact = impl_->facts[id];
  if (fact.title.empty()) fact.title = std::string(title);
  auto pos = std::lower_bound(fact.evidence.begin(), fact.evidence.end(), evidence);
  if (pos == fact.evidence.end() || !(*pos == evidence)) fact.evidence.insert(pos, std::move(evidence));
  return id;
}

void KnowledgeGraph::add_document(DocumentInfo doc) { impl_->documents.push_back(std::move(doc)); }

std::size_t KnowledgeGraph::node_count() const { return boost::num_vertices(impl_->graph); }
std::size_t KnowledgeGraph::edge_count() const { return impl_->facts.size(); }

const EntityNode& KnowledgeGraph::node(NodeId id) const {
  if (id >= node_count()) throw std::out_of_range("KnowledgeGraph::node: unknown node");
  return impl_->graph[id];
}

const FactEdge& KnowledgeGraph::edge(EdgeId id) const { return impl_->facts.at(id); }

NodeId KnowledgeGraph::source(EdgeId id) const {
  return static_cast<NodeId>(boost::source(impl_->descriptors.at(id), impl_->graph));
}

NodeId KnowledgeGraph::target(EdgeId id) const {
  return static_cast<NodeId>(boost::target(impl_->descriptors.at(id), impl_->graph));
}

std::vector<EdgeId> KnowledgeGraph::out_edges(NodeId id) const {
  std::vector<EdgeId> result;
  for (auto [it, end] = boost::out_edges(id, impl_->graph); it != end; ++it)
    result.push_back(impl_->graph[*it].id);
  return result;
}

std::vector<EdgeId> KnowledgeGraph::in_edges(NodeId id) const {
  std::vector<EdgeId> result;
  for (auto [it, end] = boost::in_edges(id, impl_->graph); it != end; ++it)
    result.push_back(impl_->graph[*it].id);
  return result;
}

const std::vector<DocumentInfo>& KnowledgeGraph::documents() const { return impl_->documents; }

std::vector<NodeId> KnowledgeGraph::find(std::string_view name) const {
  std::vector<NodeId> result;
  auto [lo, hi] = impl_->name_index.equal_range(name_key(name));
  for (auto it = lo; it != hi; ++it) result.push_back(it->second);
  std::sort(result.begin(), result.end());
  result.erase(std::unique(result.begin(), result.end()), result.end());
  return result;
}

}  // namespace kg
