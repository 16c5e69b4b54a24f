#pragma once
// NodeSource: the nodes a writer writes, handed over one at a time in id order, from wherever
// they are kept: a KnowledgeGraph's own (GraphNodes), or a temp file on the rank that writes a
// distributed build's outputs (cli/distributed_node_spill.h), which then never holds the
// nodes whole. The writers that take one (graph/graph_json_writer.h, export/graphml_writer.h)
// do not read the nodes of the graph beside it.
#include <cstddef>
#include <functional>

#include "graph/knowledge_graph.h"

namespace kg {

class NodeSource {
 public:
  virtual ~NodeSource() = default;
  virtual std::size_t size() const = 0;
  /// Calls `visit(id, node)` for ids 0 .. size() - 1 in order; `node` is valid during the call
  /// only. May be called many times, also from several threads at once (a writer per thread).
  virtual void for_each(const std::function<void(NodeId, const EntityNode&)>& visit) const = 0;
};

/// The nodes of `graph`, as they are.
class GraphNodes final : public NodeSource {
 public:
  explicit GraphNodes(const KnowledgeGraph& graph) : graph_(graph) {}
  std::size_t size() const override { return graph_.node_count(); }
  void for_each(const std::function<void(NodeId, const EntityNode&)>& visit) const override {
    for (std::size_t id = 0; id < graph_.node_count(); ++id) visit(static_cast<NodeId>(id), graph_.node(static_cast<NodeId>(id)));
  }

 private:
  const KnowledgeGraph& graph_;
};

}  // namespace kg
