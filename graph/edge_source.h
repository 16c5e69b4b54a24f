#pragma once
// EdgeSource: the edges a writer writes, handed over one at a time in id order with their
// ends and evidence, from wherever they are kept: a KnowledgeGraph's own (GraphEdges), or
// the compact edge list of the rank that writes a distributed build's outputs
// (cli/distributed_edge_list.h), which holds no graph. With graph/node_source.h it is all a
// writer of the graph file (graph/graph_json_writer.h) or GraphML (export/graphml_writer.h)
// reads besides the documents.
#include <cstddef>
#include <functional>
#include <string_view>

#include "graph/knowledge_graph.h"

namespace kg {

class EdgeSource {
 public:
  virtual ~EdgeSource() = default;
  virtual std::size_t size() const = 0;
  /// Calls `visit(id, source, target, edge)` for ids 0 .. size() - 1 in order, with the ends
  /// as stored (for a symmetric relation the smaller node id first); `edge` is valid during
  /// the call only. May be called many times, also from several threads at once.
  virtual void for_each(const std::function<void(EdgeId, NodeId, NodeId, const FactEdge&)>& visit) const = 0;
  /// The sentence of `e`, one of these edges' evidence (KnowledgeGraph::evidence_text),
  /// valid until the next call on this thread. Thread-safe.
  virtual std::string_view evidence_text(const Evidence& e) const = 0;
};

/// The edges of `graph`, as they are.
class GraphEdges final : public EdgeSource {
 public:
  explicit GraphEdges(const KnowledgeGraph& graph) : graph_(graph) {}
  std::size_t size() const override { return graph_.edge_count(); }
  void for_each(const std::function<void(EdgeId, NodeId, NodeId, const FactEdge&)>& visit) const override;
  std::string_view evidence_text(const Evidence& e) const override { return graph_.evidence_text(e); }

 private:
  const KnowledgeGraph& graph_;
};

}  // namespace kg
