#include "store/adjacency.h"

#include <algorithm>
#include <tuple>

namespace kg::store {
namespace {

constexpr std::uint32_t kRelationCount = static_cast<std::uint32_t>(Relation::Chaired) + 1;
constexpr std::uint32_t kOutgoing = 1u << 8;

void put32(std::vector<unsigned char>& out, std::uint32_t v) {
  for (int shift = 0; shift < 32; shift += 8) out.push_back(static_cast<unsigned char>(v >> shift));
}

std::uint32_t get32(const unsigned char* p) {
  return std::uint32_t{p[0]} | std::uint32_t{p[1]} << 8 | std::uint32_t{p[2]} << 16 | std::uint32_t{p[3]} << 24;
}

}  // namespace

std::vector<std::vector<StoredArc>> build_adjacency(const KnowledgeGraph& graph) {
  std::vector<std::vector<StoredArc>> arcs(graph.node_count());
  for (EdgeId e = 0; e < graph.edge_count(); ++e) {
    NodeId s = graph.source(e), t = graph.target(e);
    const Relation relation = graph.relation(e);
    auto weight = static_cast<std::uint32_t>(graph.evidence_count(e));
    arcs[s].push_back({t, e, weight, relation, true});
    if (s != t) arcs[t].push_back({s, e, weight, relation, false});
  }
  // Edges were visited in id order, so a stable sort keeps ties in edge-id order.
  for (auto& list : arcs)
    std::stable_sort(list.begin(), list.end(), [](const StoredArc& a, const StoredArc& b) {
      return std::tie(a.to, b.weight) < std::tie(b.to, a.weight);
    });
  return arcs;
}

void node_arcs(const KnowledgeGraph& graph, NodeId id, std::vector<StoredArc>& out) {
  out.clear();
  for (EdgeId e : graph.out_edges(id))
    out.push_back({graph.target(e), e, static_cast<std::uint32_t>(graph.evidence_count(e)), graph.relation(e), true});
  for (EdgeId e : graph.in_edges(id))
    if (graph.source(e) != id)
      out.push_back({graph.source(e), e, static_cast<std::uint32_t>(graph.evidence_count(e)), graph.relation(e), false});
  // A node meets each edge once here, so ordering ties by edge id is build_adjacency's stable order.
  std::sort(out.begin(), out.end(), [](const StoredArc& a, const StoredArc& b) {
    return std::tie(a.to, b.weight, a.edge) < std::tie(b.to, a.weight, b.edge);
  });
}

void encode_arcs(std::span<const StoredArc> arcs, std::vector<unsigned char>& out) {
  out.reserve(out.size() + arcs.size() * kArcBytes);
  for (const StoredArc& a : arcs) {
    put32(out, a.to);
    put32(out, a.edge);
    put32(out, a.weight);
    put32(out, static_cast<std::uint32_t>(a.relation) | (a.outgoing ? kOutgoing : 0u));
  }
}

bool decode_arc(const unsigned char* p, StoredArc& out) {
  std::uint32_t flags = get32(p + 12);
  if ((flags & 0xffu) >= kRelationCount || (flags & ~(0xffu | kOutgoing)) != 0) return false;
  out = {get32(p), get32(p + 4), get32(p + 8), static_cast<Relation>(flags & 0xffu), (flags & kOutgoing) != 0};
  return true;
}

bool decode_arcs(std::span<const unsigned char> blob, std::vector<StoredArc>& out) {
  if (blob.size() % kArcBytes != 0) return false;
  StoredArc arc;
  for (std::size_t i = 0; i < blob.size(); i += kArcBytes) {
    if (!decode_arc(blob.data() + i, arc)) return false;
    out.push_back(arc);
  }
  return true;
}

}  // namespace kg::store
