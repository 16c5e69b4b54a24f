#pragma once
// The edges of rank 0's outputs in `mpirun -n N kgraph build` (issue 15) when every output
// takes its edges from an EdgeSource (graph/edge_source.h: the graph file and GraphML), so
// rank 0 builds no KnowledgeGraph. Per edge it keeps its stored ends and relation and the
// number of its title, 16 bytes (a KnowledgeGraph also keeps each node's edge lists); the
// evidence is on disk (graph/edge_evidence.h), its sentences too (graph/evidence_texts.h).
// The fact merge adds the edges as KnowledgeGraph::add_edge does (the same ids, ends and
// titles), through a key index and a title lookup that end_adding() frees.
//
// Header-only, as cli/distributed_node_spill.h. Adding is not thread-safe; once the evidence is set, for_each and evidence_text may run
// on many threads at once.
#include <cstdint>
#include <deque>
#include <memory>
#include <stdexcept>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "graph/edge_evidence.h"
#include "graph/edge_key_index.h"
#include "graph/edge_source.h"
#include "graph/evidence_texts.h"

namespace kg::cli {

class EdgeList final : public EdgeSource {
 public:
  /// Edges between nodes 0 .. nodes - 1.
  explicit EdgeList(std::size_t nodes) : nodes_(nodes) {}
  /// Makes room for `edges` edges: no doubling of the key list or the index on the way.
  void reserve(std::size_t edges);
  /// KnowledgeGraph::add_edge: the edge of (source, relation, target), created on first use,
  /// a symmetric relation's ends stored smaller first (`swapped` tells), the first title
  /// stated kept. Throws std::out_of_range for an unknown node, std::logic_error after
  /// end_adding().
  EdgeId add_edge(NodeId source, NodeId target, Relation relation, std::string_view title, bool& swapped);
  /// Frees what only adding needs (the key index, the title lookup).
  void end_adding();
  /// The edges' evidence (edge_count() edges: graph/edge_evidence.h) and the sentences it
  /// cites. Throws std::logic_error if `evidence` holds another number of edges.
  void set_evidence(std::shared_ptr<const EdgeEvidence> evidence, std::shared_ptr<const EvidenceTexts> texts);

  Relation relation(EdgeId id) const { return keys_.at(id).relation; }
  std::size_t size() const override { return keys_.size(); }
  /// Each edge's evidence is read back from disk (none before set_evidence).
  void for_each(const std::function<void(EdgeId, NodeId, NodeId, const FactEdge&)>& visit) const override;
  std::string_view evidence_text(const Evidence& e) const override;

 private:
  std::uint32_t title_id(std::string_view title);

  std::size_t nodes_;
  std::vector<detail::EdgeKey> keys_;   // by edge id: the ends as stored, and the relation
  std::vector<std::uint32_t> title_of_;  // by edge id: its title in titles_
  std::deque<std::string> titles_{std::string()};  // each distinct title once; 0 is none
  std::unordered_map<std::string_view, std::uint32_t> title_ids_;
  detail::EdgeKeyIndex index_;
  bool adding_ = true;
  std::shared_ptr<const EdgeEvidence> evidence_;
  std::shared_ptr<const EvidenceTexts> texts_;
};

inline void EdgeList::reserve(std::size_t edges) {
  keys_.reserve(edges);
  title_of_.reserve(edges);
  index_.reserve(edges, keys_);
}

inline std::uint32_t EdgeList::title_id(std::string_view title) {
  if (title.empty()) return 0;
  if (auto it = title_ids_.find(title); it != title_ids_.end()) return it->second;
  const auto id = static_cast<std::uint32_t>(titles_.size());
  title_ids_.emplace(titles_.emplace_back(title), id);
  return id;
}

inline EdgeId EdgeList::add_edge(NodeId source, NodeId target, Relation relation, std::string_view title, bool& swapped) {
  if (source >= nodes_ || target >= nodes_) throw std::out_of_range("EdgeList::add_edge: unknown node");
  if (!adding_) throw std::logic_error("EdgeList::add_edge: adding has ended");
  swapped = is_symmetric(relation) && target < source;
  if (swapped) std::swap(source, target);
  const detail::EdgeKey key{source, target, relation};
  if (auto found = index_.find(key, keys_)) {
    if (title_of_[*found] == 0 && !title.empty()) title_of_[*found] = title_id(title);  // the first title stated stays
    return *found;
  }
  const auto id = static_cast<EdgeId>(keys_.size());
  keys_.push_back(key);
  title_of_.push_back(title_id(title));
  index_.insert(id, keys_);
  return id;
}

inline void EdgeList::end_adding() {
  adding_ = false;
  index_ = {};
  title_ids_ = {};
  keys_.shrink_to_fit();
  title_of_.shrink_to_fit();
}

inline void EdgeList::set_evidence(std::shared_ptr<const EdgeEvidence> evidence, std::shared_ptr<const EvidenceTexts> texts) {
  if (evidence && evidence->edge_count() != keys_.size())
    throw std::logic_error("EdgeList::set_evidence: another list's edges");
  evidence_ = std::move(evidence);
  texts_ = std::move(texts);
}

inline void EdgeList::for_each(const std::function<void(EdgeId, NodeId, NodeId, const FactEdge&)>& visit) const {
  FactEdge edge;
  for (std::size_t i = 0; i < keys_.size(); ++i) {
    const auto id = static_cast<EdgeId>(i);
    edge.relation = keys_[i].relation;
    edge.title = titles_[title_of_[i]];
    if (evidence_) evidence_->read(id, edge.evidence);
    visit(id, keys_[i].source, keys_[i].target, edge);
  }
}

inline std::string_view EdgeList::evidence_text(const Evidence& e) const {
  if (!e.text.empty() || !texts_) return e.text;
  return texts_->text(e);
}

}  // namespace kg::cli
