#include "cli/distributed_resolution.h"

#include <algorithm>
#include <functional>
#include <malloc.h>
#include <map>
#include <set>
#include <stdexcept>

#include "cli/distributed_fact_streams.h"
#include "cli/distributed_rank_documents.h"
#include "distributed/resolution_wire.h"
#include "graph/cluster_assembly.h"

#if KG_HAVE_MPI
#include "distributed/rank_exchange.h"
#endif

namespace kg::cli {

using distributed::WireReader;
using distributed::WireWriter;

#if KG_HAVE_MPI

namespace {

constexpr std::size_t kPartChunkBytes = std::size_t{1} << 20;
constexpr std::size_t kPartPassDocuments = 1024, kMaxPartPasses = 8;

// What rank 0 tells a rank about one of its documents: its place in the corpus (sorted by id),
// its first item number and the cluster of each of its entities.
struct Assignment {
  std::uint64_t local = 0, document = 0, first_item = 0;
  std::vector<std::uint64_t> clusters;
};

// A rank's assignments, after how many passes every rank sums its node parts in.
std::string encode_assignments(std::uint64_t passes, const std::vector<Assignment>& list) {
  WireWriter out;
  out.u64(passes);
  out.u64(list.size());
  for (const auto& a : list) {
    out.u64(a.local), out.u64(a.document), out.u64(a.first_item), out.u64(a.clusters.size());
    for (auto c : a.clusters) out.u64(c);
  }
  return std::move(out.bytes());
}

std::vector<Assignment> decode_assignments(const std::string& bytes, std::size_t& passes) {
  WireReader in(bytes);
  passes = static_cast<std::size_t>(in.u64());
  if (passes == 0 || passes > kMaxPartPasses) throw std::runtime_error("a message between MPI ranks is malformed");
  std::vector<Assignment> list(in.u64());
  for (auto& a : list) {
    a.local = in.u64(), a.document = in.u64(), a.first_item = in.u64();
    a.clusters.resize(in.u64());
    for (auto& c : a.clusters) c = in.u64();
  }
  return list;
}

// How many passes every rank sums its node parts in: one per kPartPassDocuments documents of
// the largest share, at most kMaxPartPasses. Each pass sums the clusters c with
// c % passes == pass, so that a rank holds a pass's parts, not all of them (their document
// sets grow with the share), and rank 0 merges and finishes a pass's nodes before the next.
std::size_t part_passes(const std::vector<std::vector<Assignment>>& assigned) {
  std::size_t most = 0;
  for (const auto& list : assigned) most = std::max(most, list.size());
  return std::clamp<std::size_t>((most + kPartPassDocuments - 1) / kPartPassDocuments, 1, kMaxPartPasses);
}

// Adds the members of `doc` whose cluster c has c % passes == pass.
void add_parts(const detail::CompactDocument& doc, const Assignment& a, std::size_t pass, std::size_t passes,
               std::map<std::uint64_t, detail::NodeParts>& parts) {
  if (doc.entities.size() != a.clusters.size())
    throw std::runtime_error("a message between MPI ranks names a document this rank does not hold");
  for (std::size_t e = 0; e < doc.entities.size(); ++e)
    if (a.clusters[e] % passes == pass) parts[a.clusters[e]].add(a.first_item + e, doc.entities[e], doc.info.id);
}

// The parts of pass `pass` of this rank's admitted documents, read one at a time, handed to
// `emit` as chunks of whole parts (each part freed once encoded), then an empty chunk: neither
// this rank nor rank 0 holds a rank's parts encoded whole. Each cluster is in one pass, so it
// is still sent once by each rank and rank 0 merges the same parts in the same order.
void stream_pass(RankDocuments& docs, const std::vector<Assignment>& assigned, std::size_t pass, std::size_t passes,
                 const std::function<void(std::string&)>& emit) {
  std::map<std::uint64_t, detail::NodeParts> parts;
  for (const auto& a : assigned)
    docs.visit(a.local, [&](const detail::CompactDocument& doc) { add_parts(doc, a, pass, passes, parts); });
  WireWriter out;
  for (auto it = parts.begin(); it != parts.end(); it = parts.erase(it)) {
    distributed::write_node_parts(out, it->first, it->second);
    if (out.bytes().size() >= kPartChunkBytes) emit(out.bytes()), out.bytes().clear();
  }
  if (!out.bytes().empty()) emit(out.bytes());
  std::string end;
  emit(end);
}

// This rank's facts in graph order, read a document at a time.
RankFacts order_facts(RankDocuments& docs, const std::vector<Assignment>& assigned,
                      const std::vector<NodeId>& node_of_cluster, std::map<NodeId, std::set<std::string>>& titles) {
  RankFacts facts;
  facts.reserve(static_cast<std::size_t>(docs.facts()));
  for (const auto& a : assigned)
    docs.visit(a.local, [&](const detail::CompactDocument& doc) {
      facts.add(
          doc, a.document,
          [&](std::uint32_t e) { return node_of_cluster.at(static_cast<std::size_t>(a.clusters.at(e))); }, titles);
    });
  facts.sort();
  return facts;
}

// Merges a chunk of pass `pass`'s parts into `parts`, where cluster c is parts[c / passes].
void merge_parts(const std::string& bytes, std::size_t pass, std::size_t passes, std::vector<detail::NodeParts>& parts) {
  for (WireReader in(bytes); !in.done();) {
    detail::NodeParts p;
    std::uint64_t cluster = distributed::read_node_parts(in, p);
    if (cluster % passes != pass || cluster / passes >= parts.size())
      throw std::runtime_error("a message between MPI ranks names an unknown cluster");
    parts[cluster / passes].merge(std::move(p));
  }
}

std::string encode_numbers(const std::vector<NodeId>& numbers) {
  WireWriter out;
  out.u64(numbers.size());
  for (auto n : numbers) out.u64(n);
  return std::move(out.bytes());
}

std::vector<NodeId> decode_numbers(const std::string& bytes) {
  WireReader in(bytes);
  std::vector<NodeId> numbers(in.u64());
  for (auto& n : numbers) n = in.u32();
  return numbers;
}

// The titles a rank's facts give nodes, after how many facts it streams (rank 0 reserves them).
std::string encode_titles(std::uint64_t facts, const std::map<NodeId, std::set<std::string>>& titles) {
  WireWriter out;
  out.u64(facts);
  out.u64(titles.size());
  for (const auto& [node, list] : titles) {
    out.u64(node), out.u64(list.size());
    for (const auto& t : list) out.str(t);
  }
  return std::move(out.bytes());
}

// Returns the rank's fact count.
std::uint64_t merge_titles(const std::string& bytes, std::map<NodeId, std::set<std::string>>& titles) {
  WireReader in(bytes);
  const std::uint64_t facts = in.u64();
  for (std::uint64_t n = in.u64(); n > 0; --n) {
    auto& list = titles[in.u32()];
    for (std::uint64_t k = in.u64(); k > 0; --k) list.emplace(in.str());
  }
  return facts;
}

// Rank 0: the corpus sorted by id, item numbers, clusters; each rank's assignments.
std::vector<std::vector<Assignment>> cluster_corpus(Replay& replay, int ranks, bool keep_merges, ResolveResult& result,
                                                    std::vector<DocumentInfo>& infos, std::size_t& cluster_count) {
  auto& admitted = replay.admitted();
  std::stable_sort(admitted.begin(), admitted.end(),
                   [](const AdmittedDocument& a, const AdmittedDocument& b) { return a.info.id < b.info.id; });
  // Every item's interned keys in item order (24 bytes an item, each document's list freed as
  // it is copied); clustering makes their views on demand: no list of 80-byte EntityKeys.
  std::size_t item_count = 0;
  for (const auto& doc : admitted) item_count += doc.entities.size();
  std::vector<InternedKeys> keys;
  keys.reserve(item_count);
  std::vector<std::uint32_t> entity_count(admitted.size());
  for (std::size_t g = 0; g < admitted.size(); ++g) {
    auto& entities = admitted[g].entities;
    keys.insert(keys.end(), entities.begin(), entities.end());
    entity_count[g] = static_cast<std::uint32_t>(entities.size());
    std::vector<InternedKeys>().swap(entities);
  }
  detail::Clustering clustering =
      detail::cluster_entities(item_count, [&](std::size_t i) { return replay.keys().view(keys[i]); });
  keys = {};
  replay.release_keys();
  if (keep_merges) result.merges = std::move(clustering.merges);  // else a record per merge, never written
  else std::vector<MergeRecord>().swap(clustering.merges);
  if (clustering.clusters.size() > UINT32_MAX) throw std::runtime_error("more than 2^32 entities under mpirun");
  std::vector<std::uint32_t> cluster_of(item_count);
  for (std::size_t c = 0; c < clustering.clusters.size(); ++c)
    for (std::size_t item : clustering.clusters[c]) cluster_of[item] = static_cast<std::uint32_t>(c);
  cluster_count = clustering.clusters.size();
  clustering = {};
  std::vector<std::vector<Assignment>> assigned(static_cast<std::size_t>(ranks));
  std::uint64_t item = 0;
  for (std::size_t g = 0; g < admitted.size(); ++g) {
    auto& doc = admitted[g];
    Assignment a{doc.local, g, item, {}};
    a.clusters.reserve(entity_count[g]);
    for (std::size_t e = 0; e < entity_count[g]; ++e) a.clusters.push_back(cluster_of[item++]);
    assigned[static_cast<std::size_t>(doc.rank)].push_back(std::move(a));
    infos.push_back(std::move(doc.info));
  }
  admitted = {};
  for (auto& list : assigned)
    std::sort(list.begin(), list.end(), [](const Assignment& a, const Assignment& b) { return a.local < b.local; });
  return assigned;
}

}  // namespace

ResolveResult resolve_distributed(Replay* replay, std::vector<detail::CompactDocument> stored, DocumentSpill spilled,
                                  bool keep_merges, int rank, int ranks, std::uint64_t& sent, PhaseClock& clock,
                                  SourcedGraph* sourced) {
  ResolveResult result;
  RankDocuments docs(std::move(stored), std::move(spilled));
  // 1. Clusters: rank 0 holds every entity's keys, nothing else of them.
  std::vector<DocumentInfo> infos;
  std::size_t cluster_count = 0;
  std::vector<Assignment> mine;
  std::size_t passes = 1;
  if (rank == 0) {
    auto assigned = cluster_corpus(*replay, ranks, keep_merges, result, infos, cluster_count);
    passes = part_passes(assigned);
    for (int r = 1; r < ranks; ++r) {
      const std::string bytes = encode_assignments(passes, assigned[static_cast<std::size_t>(r)]);
      sent += bytes.size();
      distributed::send_bytes(bytes, r, distributed::kTagAssign);
    }
    mine = std::move(assigned[0]);
    ::malloc_trim(0);  // the keys and the union-find are freed: give their pages back before the nodes
    clock.lap("cluster");
  } else {
    mine = decode_assignments(distributed::receive_bytes(0, distributed::kTagAssign), passes);
  }
  // 2. Nodes: each rank sums its members, a pass of clusters at a time; rank 0 merges each
  //    pass's parts (its own, then rank 1's, ...), finishes them into nodes, which go to disk
  //    (`finished`, read back in graph order once their titles are known), and orders them on
  //    what the order reads (type, label, first document, cluster).
  std::vector<detail::PendingNode> nodes;  // rank 0: each node's type and label only
  NodeSpill finished;
  std::vector<std::uint32_t> finished_at;  // by cluster: its node in `finished`
  std::vector<NodeId> node_of_cluster;
  if (rank == 0) {
    nodes.resize(cluster_count);
    finished_at.resize(cluster_count);
    for (std::size_t pass = 0; pass < passes; ++pass) {
      std::vector<detail::NodeParts> parts((cluster_count + passes - 1 - pass) / passes);
      stream_pass(docs, mine, pass, passes, [&](std::string& chunk) { merge_parts(chunk, pass, passes, parts); });
      for (int r = 1; r < ranks; ++r)
        for (std::string chunk; !(chunk = distributed::receive_bytes(r, distributed::kTagParts)).empty();)
          merge_parts(chunk, pass, passes, parts);
      for (std::size_t k = 0; k < parts.size(); ++k) {
        const std::size_t c = pass + k * passes;
        const EntityNode node = parts[k].finish();
        auto& pending = nodes[c];
        pending.node.label = node.label, pending.node.type = node.type;
        pending.first_doc = *parts[k].documents.begin();
        pending.cluster = c;
        finished_at[c] = static_cast<std::uint32_t>(finished.size());
        finished.add(node);
        parts[k] = {};
      }
    }
    node_of_cluster = detail::order_nodes(nodes);
    const std::string bytes = encode_numbers(node_of_cluster);
    for (int r = 1; r < ranks; ++r) sent += bytes.size(), distributed::send_bytes(bytes, r, distributed::kTagNodes);
    ::malloc_trim(0);
    clock.lap("nodes");
  } else {
    for (std::size_t pass = 0; pass < passes; ++pass)
      stream_pass(docs, mine, pass, passes, [&](std::string& chunk) {
        sent += chunk.size();
        distributed::send_bytes(chunk, 0, distributed::kTagParts);
      });
    node_of_cluster = decode_numbers(distributed::receive_bytes(0, distributed::kTagNodes));
  }
  // 3. Facts: each rank orders its own; their titles, then the fact streams, then the cited
  //    sentences go to rank 0, which keeps its own stream and every sentence on disk.
  std::map<NodeId, std::set<std::string>> titles;
  FactChunkSpill own;
  std::uint64_t fact_count = 0;  // rank 0: every rank's facts
  auto texts = rank == 0 ? std::make_shared<EvidenceTexts>() : nullptr;
  {
    RankFacts facts = order_facts(docs, mine, node_of_cluster, titles);
    fact_count = facts.size();
    node_of_cluster = {};
    if (rank != 0) {
      // Each chunk is sent as it fills: this rank never holds its whole stream encoded.
      const std::string bytes = encode_titles(facts.size(), titles);
      sent += bytes.size();
      distributed::send_bytes(bytes, 0, distributed::kTagTitles);
      facts.for_each_chunk([&](std::string& chunk) {
        sent += chunk.size();
        distributed::send_bytes(chunk, 0, distributed::kTagFacts);
      });
      facts = RankFacts();
      SentenceChunks sentences([&](std::string& chunk) {
        sent += chunk.size();
        distributed::send_bytes(chunk, 0, distributed::kTagSentences);
      });
      for (const auto& a : mine) docs.visit(a.local, [&](const detail::CompactDocument& doc) { sentences.add(doc); });
      sentences.finish();
      return result;
    }
    facts.for_each_chunk([&](std::string& chunk) { own.add(chunk); });
  }
  for (const auto& a : mine) docs.visit(a.local, [&](detail::CompactDocument& doc) { texts->spill(doc); });
  docs = {};
  mine = {};
  ::malloc_trim(0);  // this rank's facts are on disk: give their pages back before the graph
  for (int r = 1; r < ranks; ++r) fact_count += merge_titles(distributed::receive_bytes(r, distributed::kTagTitles), titles);
  KnowledgeGraph& graph = result.graph;
  std::vector<std::pair<SharedText, SharedText>> document_texts;
  document_texts.reserve(infos.size());
  for (auto& info : infos) document_texts.emplace_back(info.id, info.date);
  if (sourced) sourced->documents = std::move(infos);
  else
    for (auto& info : infos) graph.add_document(std::move(info));
  infos = {};
  std::string bytes;
  for (std::size_t n = 0; n < nodes.size(); ++n) {  // graph order
    EntityNode node = finished.node(finished_at[nodes[n].cluster], bytes);
    auto& t = titles[static_cast<NodeId>(n)];
    node.titles.assign(t.begin(), t.end());
    if (!sourced) {
      graph.add_entity(std::move(node));
      continue;
    }
    sourced->nodes.add(node);
    sourced->node_types.push_back(node.type);
  }
  const std::size_t node_count = nodes.size();
  nodes = {};
  finished = {};
  finished_at = {};
  titles = {};
  AddEdge add_edge = [&graph](NodeId s, NodeId o, Relation r, std::string_view title, bool& swapped) {
    return graph.add_edge(s, o, r, title, swapped);
  };
  std::function<void()> merged;
  if (sourced) {
    sourced->edges = std::make_unique<EdgeList>(node_count);
    EdgeList& edges = *sourced->edges;
    add_edge = [&edges](NodeId s, NodeId o, Relation r, std::string_view title, bool& swapped) {
      return edges.add_edge(s, o, r, title, swapped);
    };
    merged = [&edges] {
      edges.end_adding();  // the key index goes before the evidence is sorted by edge
      ::malloc_trim(0);
    };
  }
  auto evidence = merge_fact_streams(std::move(own), ranks, fact_count, document_texts, add_edge, merged);
  document_texts = {};
  spill_sentence_streams(ranks, *texts);
  if (sourced) sourced->edges->set_evidence(std::move(evidence), std::move(texts));
  else {
    graph.set_edge_evidence(std::move(evidence));
    graph.set_evidence_texts(std::move(texts));
  }
  clock.lap("facts");
  return result;
}

#endif

}  // namespace kg::cli
