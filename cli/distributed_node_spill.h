#pragma once
// The finished nodes of `mpirun -n N kgraph build` (issue 15), kept by rank 0 in an unlinked
// temp file (graph/spill_file.h) instead of in memory: each cluster's node as the nodes phase
// finishes it (cli/distributed_resolution.cpp), then, when every output's writer takes its
// nodes from a NodeSource (graph/node_source.h: the graph file and GraphML), the nodes in
// graph order with their titles, which the writers read back one at a time.
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "distributed/wire_buffer.h"
#include "graph/node_source.h"
#include "graph/spill_file.h"

namespace kg::cli {

class NodeSpill final : public NodeSource {
 public:
  /// Appends the next node. Throws kg::InputError when the temp file cannot be written.
  void add(const EntityNode& node) {
    distributed::WireWriter out;
    out.str(node.label);
    out.u64(static_cast<std::uint64_t>(node.type));
    list(out, node.aliases);
    out.u64(node.mentions);
    list(out, node.documents);
    out.str(node.country);
    list(out, node.titles);
    if (!file_) file_ = std::make_unique<SpillFile>();
    spans_.emplace_back(file_->append(out.bytes()), out.bytes().size());
  }
  std::size_t size() const override { return spans_.size(); }
  /// Node `id` (0 .. size() - 1), read back with `bytes` as the buffer. Thread-safe. Throws
  /// kg::InputError when the temp file cannot be read.
  EntityNode node(std::size_t id, std::string& bytes) const {
    file_->read(spans_.at(id).first, spans_[id].second, bytes);
    distributed::WireReader in(bytes);
    EntityNode node;
    node.label = in.str();
    node.type = static_cast<EntityType>(in.u64());
    node.aliases = list(in);
    node.mentions = in.u32();
    node.documents = list(in);
    node.country = in.str();
    node.titles = list(in);
    return node;
  }
  /// Thread-safe (each call reads with its own buffer). Throws kg::InputError when the temp
  /// file cannot be read.
  void for_each(const std::function<void(NodeId, const EntityNode&)>& visit) const override {
    std::string bytes;
    for (std::size_t id = 0; id < spans_.size(); ++id) visit(static_cast<NodeId>(id), node(id, bytes));
  }

 private:
  static void list(distributed::WireWriter& out, const std::vector<std::string>& items) {
    out.u64(items.size());
    for (const auto& s : items) out.str(s);
  }
  static std::vector<std::string> list(distributed::WireReader& in) {
    std::vector<std::string> items(in.u64());
    for (auto& s : items) s = in.str();
    return items;
  }
  std::unique_ptr<SpillFile> file_;
  std::vector<std::pair<std::uint64_t, std::uint64_t>> spans_;  // (offset, size) of each node
};

}  // namespace kg::cli
