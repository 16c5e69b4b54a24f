#include "graph/knowledge_graph.h"

#include <iterator>

#include <algorithm>
#include <atomic>
#include <stdexcept>
#include <deque>
#include <map>
#include <mutex>
#include <unordered_map>

#include "extract/name_key.h"
#include "graph/edge_evidence.h"
#include "graph/edge_key_index.h"
#include "graph/evidence_texts.h"

namespace kg {

struct KnowledgeGraph::Impl {
  // Nodes and each node's edge ids, not a Boost adjacency_list: its edge records and stored
  // edges cost some 60 bytes per edge (with their vectors' growth), these 8. An edge is its
  // key and its title's number (16 bytes); its FactEdge exists only once add_fact gives it
  // evidence in memory (64 bytes and the evidence), so a graph whose evidence is on disk
  // (set_edge_evidence) holds none. FactEdges in a deque: no doubling copy beside them.
  std::vector<EntityNode> nodes;
  std::vector<std::vector<EdgeId>> out, in;  // by node: edges leaving / entering it, in creation order
  std::vector<detail::EdgeKey> keys;   // indexed by EdgeId: the ends as stored, and the relation
  std::vector<std::uint32_t> title_of;  // indexed by EdgeId: its title in `titles`
  std::deque<std::string> titles{std::string()};  // each distinct edge title once; 0 is none
  std::unordered_map<std::string_view, std::uint32_t> title_ids;
  std::deque<FactEdge> facts;          // indexed by EdgeId, up to the last edge add_fact reached
  detail::EdgeKeyIndex edge_index;
  // Built by the first find() (a build that only writes the graph out never asks, and the
  // index is some 70 bytes per name), then kept up to date by add_entity.
  std::multimap<std::string, NodeId> name_index;
  bool names_indexed = false;
  std::mutex names_mutex;
  std::vector<DocumentInfo> documents;
  std::shared_ptr<const EvidenceTexts> texts;
  std::shared_ptr<const EdgeEvidence> spilled;
  std::uint64_t spilled_serial = 0;  // tells this graph's edges in a thread's buffer from another's

  std::uint32_t title_id(std::string_view title) {
    if (title.empty()) return 0;
    if (auto it = title_ids.find(title); it != title_ids.end()) return it->second;
    const auto id = static_cast<std::uint32_t>(titles.size());
    title_ids.emplace(titles.emplace_back(title), id);
    return id;
  }
  // The FactEdge of `id` and of every edge before it, made from their keys and titles.
  FactEdge& fact(EdgeId id) {
    while (facts.size() <= id) {
      const std::size_t e = facts.size();
      facts.push_back(FactEdge{keys[e].relation, titles[title_of[e]], {}});
    }
    return facts[id];
  }

  void index_name(const std::string& name, NodeId id) {
    auto key = name_key(name);
    // Equal keys keep insertion order and ids only grow, so a repeat of this node's key (its label
    // and an alias that fold alike) can only be the last entry: no scan over every namesake.
    auto [lo, hi] = name_index.equal_range(key);
    if (lo != hi && std::prev(hi)->second == id) return;
    name_index.emplace_hint(hi, std::move(key), id);
  }
  void index_names(NodeId id) {
    index_name(nodes[id].label, id);
    for (const auto& alias : nodes[id].aliases) index_name(alias, id);
  }
};

KnowledgeGraph::KnowledgeGraph() : impl_(std::make_unique<Impl>()) {}
KnowledgeGraph::~KnowledgeGraph() = default;
KnowledgeGraph::KnowledgeGraph(KnowledgeGraph&&) noexcept = default;
KnowledgeGraph& KnowledgeGraph::operator=(KnowledgeGraph&&) noexcept = default;

NodeId KnowledgeGraph::add_entity(EntityNode node) {
  auto id = static_cast<NodeId>(impl_->nodes.size());
  impl_->nodes.push_back(std::move(node));
  impl_->out.emplace_back();
  impl_->in.emplace_back();
  if (impl_->names_indexed) impl_->index_names(id);
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
    id = static_cast<EdgeId>(impl_->keys.size());
    impl_->out[source].push_back(id);
    impl_->in[target].push_back(id);  // a self-loop is in both lists of its node
    impl_->keys.push_back(key);
    impl_->title_of.push_back(impl_->title_id(title));
    impl_->edge_index.insert(id, impl_->keys);
    return id;
  }
  id = *found;
  if (impl_->title_of[id] == 0 && !title.empty()) {  // the first title stated stays
    impl_->title_of[id] = impl_->title_id(title);
    if (id < impl_->facts.size()) impl_->facts[id].title = std::string(title);
  }
  return id;
}

EdgeId KnowledgeGraph::add_fact(NodeId source, NodeId target, Relation relation,
                                std::string_view title, Evidence evidence) {
  bool swapped = false;
  EdgeId id = add_edge(source, target, relation, title, swapped);
  if (swapped) std::swap(evidence.subject_range, evidence.object_range);
  auto& list = impl_->fact(id).evidence;
  if (list.empty() || list.back() < evidence) {  // evidence usually arrives in order
    list.push_back(std::move(evidence));
    return id;
  }
  auto pos = std::lower_bound(list.begin(), list.end(), evidence);
  if (!(*pos == evidence)) list.insert(pos, std::move(evidence));
  return id;
}

void KnowledgeGraph::reserve_edges(std::size_t edges) {
  impl_->keys.reserve(edges);
  impl_->title_of.reserve(edges);
  impl_->edge_index.reserve(edges, impl_->keys);
}

void KnowledgeGraph::add_document(DocumentInfo doc) { impl_->documents.push_back(std::move(doc)); }

std::size_t KnowledgeGraph::node_count() const { return impl_->nodes.size(); }
std::size_t KnowledgeGraph::edge_count() const { return impl_->keys.size(); }

const EntityNode& KnowledgeGraph::node(NodeId id) const {
  if (id >= node_count()) throw std::out_of_range("KnowledgeGraph::node: unknown node");
  return impl_->nodes[id];
}

const FactEdge& KnowledgeGraph::edge(EdgeId id) const {
  const detail::EdgeKey& key = impl_->keys.at(id);
  if (!impl_->spilled && id < impl_->facts.size()) return impl_->facts[id];
  struct Buffer {
    std::uint64_t serial = 0;
    EdgeId id = 0;
    FactEdge edge;
  };
  thread_local Buffer buffer;
  if (!impl_->spilled) {  // an edge add_fact never reached: no evidence
    buffer.serial = 0;
    buffer.edge = FactEdge{key.relation, impl_->titles[impl_->title_of[id]], {}};
    return buffer.edge;
  }
  if (buffer.serial != impl_->spilled_serial || buffer.id != id) {
    buffer.serial = 0;  // a read that throws leaves no half-filled edge behind
    buffer.edge.relation = key.relation;
    buffer.edge.title = impl_->titles[impl_->title_of[id]];
    impl_->spilled->read(id, buffer.edge.evidence);
    buffer.serial = impl_->spilled_serial, buffer.id = id;
  }
  return buffer.edge;
}

std::size_t KnowledgeGraph::evidence_count(EdgeId id) const {
  impl_->keys.at(id);  // an unknown edge throws std::out_of_range
  if (impl_->spilled) return impl_->spilled->count(id);
  return id < impl_->facts.size() ? impl_->facts[id].evidence.size() : 0;
}

Relation KnowledgeGraph::relation(EdgeId id) const { return impl_->keys.at(id).relation; }

void KnowledgeGraph::set_edge_evidence(std::shared_ptr<const EdgeEvidence> evidence) {
  static std::atomic<std::uint64_t> serials{0};
  if (evidence && evidence->edge_count() != edge_count())
    throw std::logic_error("KnowledgeGraph::set_edge_evidence: another graph's edges");
  impl_->spilled = std::move(evidence);
  impl_->spilled_serial = impl_->spilled ? ++serials : 0;
}

NodeId KnowledgeGraph::source(EdgeId id) const { return impl_->keys.at(id).source; }

NodeId KnowledgeGraph::target(EdgeId id) const { return impl_->keys.at(id).target; }

std::vector<EdgeId> KnowledgeGraph::out_edges(NodeId id) const { return impl_->out.at(id); }

std::vector<EdgeId> KnowledgeGraph::in_edges(NodeId id) const { return impl_->in.at(id); }

const std::vector<DocumentInfo>& KnowledgeGraph::documents() const { return impl_->documents; }

std::vector<NodeId> KnowledgeGraph::find(std::string_view name) const {
  std::vector<NodeId> result;
  const std::lock_guard<std::mutex> lock(impl_->names_mutex);
  if (!impl_->names_indexed) {  // the same index add_entity would have built, node by node
    for (NodeId id = 0; id < impl_->nodes.size(); ++id) impl_->index_names(id);
    impl_->names_indexed = true;
  }
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
