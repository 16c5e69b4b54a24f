#pragma once
// The facts of `mpirun -n N kgraph build` (issue 15): each rank orders its own facts in graph
// order (RankFacts, read a document at a time) and sends them to rank 0 as a stream of 1 MiB
// chunks (distributed/resolution_wire.h); rank 0 merges the N ordered streams into the graph
// as the chunks arrive. Facts are ordered by a key of their own, so the merged order is one
// process's, and no rank holds another's facts whole. The sentences the facts cite follow,
// a document at a time, and rank 0 moves them to a temp file (graph/evidence_texts.h) as one
// process does: its graph holds no sentence text.
#include <algorithm>
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <string_view>
#include <tuple>
#include <unordered_map>
#include <utility>
#include <vector>

#include "graph/compact_document.h"
#include "graph/edge_evidence.h"
#include "graph/evidence_texts.h"
#include "graph/knowledge_graph.h"
#include "graph/spill_file.h"

namespace kg::cli {

/// A rank's facts between nodes in graph order, without their documents: per fact the fields
/// the stream carries (distributed/resolution_wire.h WireFact), 48 bytes, its title interned.
/// Ordered on those fields alone, which is graph order (graph/cluster_assembly.h fact_before):
/// the corpus number of a document follows its id (the corpus is sorted by id, and ids are
/// unique), and a fact's date and sentence text are those of its document and sentence. Facts
/// equal on every field are written as the same bytes, so their order does not matter.
/// Facts are held a run of kRunFacts at a time: each full run is sorted and written to a temp
/// file, and the stream merges the runs, so a rank never holds its facts whole.
class RankFacts {
 public:
  /// Adds the facts of `doc` (corpus number `document`) between different nodes
  /// (`node_of(e)`: the node of its entity e), and to `titles` the titles they give nodes.
  void add(const detail::CompactDocument& doc, std::uint64_t document,
           const std::function<NodeId(std::uint32_t)>& node_of, std::map<NodeId, std::set<std::string>>& titles);
  static constexpr std::size_t kRunFacts = std::size_t{1} << 16;  // 3 MiB
  /// `run_facts`: how many facts a run holds (fewer in tests).
  explicit RankFacts(std::size_t run_facts = kRunFacts) : run_facts_(std::max<std::size_t>(1, run_facts)) {}
  /// Makes room for `facts` facts (at most a run): no doubling vector of 48-byte facts.
  void reserve(std::size_t facts) { facts_.reserve(std::min(facts, run_facts_)); }
  /// Puts the facts in graph order: once, after the last add().
  void sort();
  std::size_t size() const { return spilled_ + facts_.size(); }
  /// The facts as chunks of whole facts handed to `emit` as each fills (emit may take the
  /// string's bytes), the last one empty (the end of the stream).
  void for_each_chunk(const std::function<void(std::string&)>& emit) const;

 private:
  struct Fact {
    NodeId s = 0, o = 0;
    std::uint32_t title = 0;  // into titles_; after sort(), in the titles' string order
    std::uint32_t document = 0, sentence = 0;
    ByteRange sentence_range, subject_range, object_range;
    std::uint8_t r = 0;
    auto key() const {
      return std::tie(s, r, o, document, sentence, sentence_range, subject_range, object_range, title);
    }
  };
  // Graph order within a run, whose titles are still numbered as they came: by their text.
  bool before(const Fact& a, const Fact& b) const;
  void spill_run();
  std::vector<Fact> facts_;  // the run being filled; after sort() with no run on disk, all
  std::vector<std::string> titles_;
  std::unordered_map<std::string, std::uint32_t> title_ids_;
  std::unique_ptr<SpillFile> runs_file_;
  std::vector<std::pair<std::uint64_t, std::size_t>> runs_;  // (offset, facts) of each sorted run
  std::vector<std::uint32_t> rank_of_;  // with runs: a title's number in string order
  std::size_t run_facts_, spilled_ = 0;
};

/// Rank 0's own stream, kept in a temp file until it is merged.
class FactChunkSpill {
 public:
  /// Throws kg::InputError when the temp file cannot be written.
  void add(const std::string& chunk);
  /// The next chunk, empty after the last. Throws kg::InputError when it cannot be read.
  std::string next();

 private:
  std::unique_ptr<SpillFile> file_;
  std::vector<std::pair<std::uint64_t, std::uint64_t>> spans_;
  std::size_t next_ = 0;
};

/// Where rank 0's merged facts go, as KnowledgeGraph::add_edge takes them: a graph's edges or
/// a compact edge list (cli/distributed_edge_list.h).
using AddEdge = std::function<EdgeId(NodeId source, NodeId target, Relation relation, std::string_view title,
                                     bool& swapped)>;

/// Rank 0 (built with MPI only): adds through `add_edge` the facts of its own chunks and of
/// the streams ranks 1..ranks-1 send, merged in graph order, and returns the edges' evidence,
/// kept on disk (cli/distributed_edge_evidence.h), for KnowledgeGraph::set_edge_evidence;
/// `merged()` runs once the last edge is added, before the evidence is sorted by edge.
/// `document_texts[g]` is the (id, date) of corpus document g; `facts`: how many facts the
/// streams hold in all, as the ranks announced them (std::runtime_error if not).
std::shared_ptr<EdgeEvidence> merge_fact_streams(FactChunkSpill own, int ranks, std::uint64_t facts,
                                                 const std::vector<std::pair<SharedText, SharedText>>& document_texts,
                                                 const AddEdge& add_edge, const std::function<void()>& merged);

/// The sentence texts a rank's facts cite, as chunks of whole documents handed to `emit` as
/// each fills, then an empty one (finish()).
class SentenceChunks {
 public:
  explicit SentenceChunks(std::function<void(std::string&)> emit) : emit_(std::move(emit)) {}
  void add(const detail::CompactDocument& doc);
  void finish();

 private:
  std::function<void(std::string&)> emit_;
  std::string out_;
};

/// Rank 0 (built with MPI only): moves into `texts` the sentences ranks 1..ranks-1 send, a
/// rank after another.
void spill_sentence_streams(int ranks, EvidenceTexts& texts);

}  // namespace kg::cli
