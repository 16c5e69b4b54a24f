#include "graph/knowledge_graph.h"

#include <iterator>

#include <algorithm>
#include <atomic>
#include <stdexcept>
#include <boost/graph/adjacency_list.hpp>

#include "extract/name_key.h"
#include "graph/edge_evidence.h"
#include "graph/edge_key_index.h"
#include "graph/evidence_texts.h"

namespace kg {

struct KnowledgeGraph::Impl {
  struct EdgeBundle {
    EdgeId id = 0;
  };
  // Edges in a vector, not the default list: nodes and edges are never removed, and a
  // list node per edge costs an allocation and 40 bytes.
  using Graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS,
                                      EntityNode, EdgeBundle, boost::no_property, boost::vecS>;
  Graph graph;
  std::vector<FactEdge> facts;         // indexed by EdgeId
  std::vector<detail::EdgeKey> keys;   // indexed by EdgeId: the ends as stored, and the relation
  detail::EdgeKeyIndex edge_index;
  std::multimap<std::string, NodeId> name_index;
  std::vector<DocumentInfo> documents;
  std::shared_ptr<const EvidenceTexts> texts;
  std::shared_ptr<const EdgeEvidence> spilled;
  std::uint64_t spilled_serial = 0;  // tells this graph's edges in a thread's buffer from another's

  void index_name(const std::string& name, NodeId id) {
    auto key = name_key(name);
    // Equal keys keep insertion order and ids only grow, so a repeat of this node's key (its label
    // and an alias that fold alike) can only be the last entry: no scan over every namesake.
    auto [lo, hi] = name_index.equal_range(key);
    if (lo != hi && std::prev(hi)->second == id) return;
    name_index.emplace_hint(hi, std::move(key), id);
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

EdgeId KnowledgeGraph::add_edge(NodeId source, NodeId target, Relation relation, std::string_view title,
                                bool& swapped) {
  if (source >= node_count() || target >= node_count())
    throw std::out_of_range("KnowledgeGraph::add_fact: unknown node");
  if (impl_->spilled) throw std::logic_error("KnowledgeGraph::add_fact: the evidence was moved out of memory");
  swapped = is_symmetric(relation) && target < source;
  if (swapped) std::swap(source, target);
  const detail::EdgeKey key{source, target, relation};
  auto found = impl_->edge_index.find(key, impl_->keys);
  EdgeId id;
  if (!found) {
    id = static_cast<EdgeId>(impl_->facts.size());
    boost::add_edge(source, target, Impl::EdgeBundle{id}, impl_->graph);
    impl_->keys.push_back(key);
    impl_->facts.push_back(FactEdge{relation, std::string(title), {}});
    impl_->edge_index.insert(id, impl_->keys);
  } else {
    id = *found;
  }
  FactEdge& fact = impl_->facts[id];
  if (fact.title.empty()) fact.title = std::string(title);
  return id;
}

EdgeId KnowledgeGraph::add_fact(NodeId source, NodeId target, Relation relation,
                                std::string_view title, Evidence evidence) {
  bool swapped = false;
  EdgeId id = add_edge(source, target, relation, title, swapped);
  if (swapped) std::swap(evidence.subject_range, evidence.object_range);
  auto& list = impl_->facts[id].evidence;
  if (list.empty() || list.back() < evidence) {  // evidence usually arrives in order
    list.push_back(std::move(evidence));
    return id;
  }
  auto pos = std::lower_bound(list.begin(), list.end(), evidence);
  if (!(*pos == evidence)) list.insert(pos, std::move(evidence));
  return id;
}

void KnowledgeGraph::reserve_edges(std::size_t edges) {
  impl_->facts.reserve(edges);
  impl_->keys.reserve(edges);
  impl_->edge_index.reserve(edges, impl_->keys);
}

void KnowledgeGraph::add_document(DocumentInfo doc) { impl_->documents.push_back(std::move(doc)); }

std::size_t KnowledgeGraph::node_count() const { return boost::num_vertices(impl_->graph); }
std::size_t KnowledgeGraph::edge_count() const { return impl_->facts.size(); }

const EntityNode& KnowledgeGraph::node(NodeId id) const {
  if (id >= node_count()) throw std::out_of_range("KnowledgeGraph::node: unknown node");
  return impl_->graph[id];
}

const FactEdge& KnowledgeGraph::edge(EdgeId id) const {
  const FactEdge& fact = impl_->facts.at(id);
  if (!impl_->spilled) return fact;
  struct Buffer {
    std::uint64_t serial = 0;
    EdgeId id = 0;
    FactEdge edge;
  };
  thread_local Buffer buffer;
  if (buffer.serial != impl_->spilled_serial || buffer.id != id) {
    buffer.serial = 0;  // a read that throws leaves no half-filled edge behind
    buffer.edge.relation = fact.relation;
    buffer.edge.title = fact.title;
    impl_->spilled->read(id, buffer.edge.evidence);
    buffer.serial = impl_->spilled_serial, buffer.id = id;
  }
  return buffer.edge;
}

std::size_t KnowledgeGraph::evidence_count(EdgeId id) const {
  const FactEdge& fact = impl_->facts.at(id);
  return impl_->spilled ? impl_->spilled->count(id) : fact.evidence.size();
}

void KnowledgeGraph::set_edge_evidence(std::shared_ptr<const EdgeEvidence> evidence) {
  static std::atomic<std::uint64_t> serials{0};
  if (evidence && evidence->edge_count() != edge_count())
    throw std::logic_error("KnowledgeGraph::set_edge_evidence: another graph's edges");
  impl_->spilled = std::move(evidence);
  impl_->spilled_serial = impl_->spilled ? ++serials : 0;
}

NodeId KnowledgeGraph::source(EdgeId id) const { return impl_->keys.at(id).source; }

NodeId KnowledgeGraph::target(EdgeId id) const { return impl_->keys.at(id).target; }

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

void KnowledgeGraph::set_evidence_texts(std::shared_ptr<const EvidenceTexts> texts) { impl_->texts = std::move(texts); }

std::string_view KnowledgeGraph::evidence_text(const Evidence& e) const {
  if (!e.text.empty() || !impl_->texts) return e.text;
  return impl_->texts->text(e);
}

}  // namespace kg
