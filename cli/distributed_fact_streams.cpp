#include "cli/distributed_fact_streams.h"

#include <algorithm>
#include <cstring>
#include <stdexcept>

#include "cli/distributed_edge_evidence.h"
#include "distributed/resolution_wire.h"

#if KG_HAVE_MPI
#include "distributed/rank_exchange.h"
#endif

namespace kg::cli {

using distributed::WireReader;
using distributed::WireWriter;

namespace {
constexpr std::size_t kFactChunkBytes = std::size_t{1} << 20;
constexpr std::size_t kMergeBlockFacts = 4096;  // read from each run at a time
}  // namespace

void RankFacts::add(const detail::CompactDocument& doc, std::uint64_t document,
                    const std::function<NodeId(std::uint32_t)>& node_of, std::map<NodeId, std::set<std::string>>& titles) {
  if (document > UINT32_MAX) throw std::runtime_error("more than 2^32 documents under mpirun");
  for (const auto& f : doc.facts) {
    const NodeId s = node_of(f.subject), o = node_of(f.object);
    if (s == o) continue;
    const std::string& title = doc.titles.at(f.title);
    if (f.title != 0) titles[s].insert(title);
    auto [it, added] = title_ids_.try_emplace(title, static_cast<std::uint32_t>(titles_.size()));
    if (added) titles_.push_back(title);
    facts_.push_back({s, o, it->second, static_cast<std::uint32_t>(document), f.sentence, f.sentence_range,
                      f.subject_range, f.object_range, static_cast<std::uint8_t>(f.relation)});
    if (facts_.size() >= run_facts_) spill_run();
  }
}

bool RankFacts::before(const Fact& a, const Fact& b) const {
  auto fields = [](const Fact& f) {
    return std::tie(f.s, f.r, f.o, f.document, f.sentence, f.sentence_range, f.subject_range, f.object_range);
  };
  if (fields(a) != fields(b)) return fields(a) < fields(b);
  return titles_[a.title] < titles_[b.title];
}

void RankFacts::spill_run() {
  std::sort(facts_.begin(), facts_.end(), [&](const Fact& a, const Fact& b) { return before(a, b); });
  if (!runs_file_) runs_file_ = std::make_unique<SpillFile>();
  const std::string_view bytes(reinterpret_cast<const char*>(facts_.data()), facts_.size() * sizeof(Fact));
  runs_.emplace_back(runs_file_->append(bytes), facts_.size());
  spilled_ += facts_.size();
  facts_.clear();
}

void RankFacts::sort() {
  title_ids_ = {};
  std::vector<std::uint32_t> by_text(titles_.size());
  for (std::uint32_t t = 0; t < by_text.size(); ++t) by_text[t] = t;
  std::sort(by_text.begin(), by_text.end(), [&](std::uint32_t a, std::uint32_t b) { return titles_[a] < titles_[b]; });
  std::vector<std::uint32_t> rank_of(titles_.size());
  std::vector<std::string> sorted(titles_.size());
  for (std::uint32_t k = 0; k < by_text.size(); ++k) {
    rank_of[by_text[k]] = k;
    sorted[k] = std::move(titles_[by_text[k]]);
  }
  if (!runs_.empty()) {  // the runs are merged as they are streamed, their titles renumbered then
    if (!facts_.empty()) spill_run();
    std::vector<Fact>().swap(facts_);
    titles_ = std::move(sorted);
    rank_of_ = std::move(rank_of);
    return;
  }
  titles_ = std::move(sorted);
  for (auto& f : facts_) f.title = rank_of[f.title];
  std::sort(facts_.begin(), facts_.end(), [](const Fact& a, const Fact& b) { return a.key() < b.key(); });
}

void RankFacts::for_each_chunk(const std::function<void(std::string&)>& emit) const {
  WireWriter out;
  out.bytes().reserve(kFactChunkBytes + 4096);  // a chunk is sent once it holds kFactChunkBytes
  auto write = [&](const Fact& f) {
    distributed::write_fact(out, {f.s, f.o, static_cast<Relation>(f.r), titles_[f.title], f.document, f.sentence,
                                  f.sentence_range, f.subject_range, f.object_range});
    if (out.bytes().size() >= kFactChunkBytes) emit(out.bytes()), out.bytes().clear();
  };
  for (const auto& f : facts_) write(f);
  // The runs on disk, merged: each read a block at a time, its titles renumbered as read.
  struct Cursor {
    std::uint64_t offset = 0;
    std::size_t left = 0, at = 0;
    std::vector<Fact> block;
  };
  std::vector<Cursor> cursors;
  std::string bytes;
  auto refill = [&](Cursor& c) {
    const std::size_t n = std::min(c.left, kMergeBlockFacts);
    runs_file_->read(c.offset, n * sizeof(Fact), bytes);
    c.block.resize(n);
    std::memcpy(c.block.data(), bytes.data(), n * sizeof(Fact));
    for (auto& f : c.block) f.title = rank_of_.at(f.title);
    c.offset += n * sizeof(Fact), c.left -= n, c.at = 0;
  };
  for (const auto& [offset, count] : runs_) {
    cursors.push_back({offset, count, 0, {}});
    refill(cursors.back());
  }
  for (;;) {
    Cursor* next = nullptr;
    for (auto& c : cursors)
      if (c.at < c.block.size() && (!next || c.block[c.at].key() < next->block[next->at].key())) next = &c;
    if (!next) break;
    write(next->block[next->at]);
    if (++next->at == next->block.size() && next->left > 0) refill(*next);
  }
  if (!out.bytes().empty()) emit(out.bytes());
  std::string end;
  emit(end);
}

void FactChunkSpill::add(const std::string& chunk) {
  if (chunk.empty()) return;
  if (!file_) file_ = std::make_unique<SpillFile>();
  spans_.emplace_back(file_->append(chunk), chunk.size());
}

std::string FactChunkSpill::next() {
  std::string chunk;
  if (next_ < spans_.size()) file_->read(spans_[next_].first, spans_[next_].second, chunk), ++next_;
  return chunk;
}

void SentenceChunks::add(const detail::CompactDocument& doc) {
  WireWriter out;
  out.bytes() = std::move(out_);
  distributed::write_cited_sentences(out, doc);
  out_ = std::move(out.bytes());
  if (out_.size() >= kFactChunkBytes) emit_(out_), out_.clear();
}

void SentenceChunks::finish() {
  if (!out_.empty()) emit_(out_), out_.clear();
  std::string end;
  emit_(end);
}

#if KG_HAVE_MPI

namespace {

// One rank's fact stream as rank 0 reads it: its chunks arrive as they are needed.
class FactCursor {
 public:
  FactCursor(int rank, FactChunkSpill own, const std::vector<std::pair<SharedText, SharedText>>& docs)
      : rank_(rank), own_(std::move(own)), docs_(docs) {
    advance();
  }
  bool done() const { return done_; }
  distributed::StreamFact& fact() { return fact_; }
  void advance() {
    while (!done_ && in_.done()) {
      if (rank_ == 0) {
        chunk_ = own_.next();
      } else {
        chunk_ = distributed::receive_bytes(rank_, distributed::kTagFacts);
      }
      done_ = chunk_.empty();
      in_ = WireReader(chunk_);
    }
    if (!done_) fact_ = distributed::read_fact(in_, docs_);
  }

 private:
  int rank_;
  FactChunkSpill own_;
  std::string chunk_;
  WireReader in_{""};
  const std::vector<std::pair<SharedText, SharedText>>& docs_;
  distributed::StreamFact fact_;
  bool done_ = false;
};

}  // namespace

std::shared_ptr<EdgeEvidence> merge_fact_streams(FactChunkSpill own, int ranks, std::uint64_t facts,
                                                 const std::vector<std::pair<SharedText, SharedText>>& document_texts,
                                                 const AddEdge& add_edge, const std::function<void()>& merged) {
  std::vector<FactCursor> cursors;
  cursors.reserve(static_cast<std::size_t>(ranks));
  cursors.emplace_back(0, std::move(own), document_texts);
  for (int r = 1; r < ranks; ++r) cursors.emplace_back(r, FactChunkSpill{}, document_texts);
  StreamedEdgeEvidence evidence(document_texts);  // the edges' evidence goes to disk
  evidence.reserve();
  std::size_t edges = 0;
  std::uint64_t merged_facts = 0;  // ids are handed out 0, 1, ...: one more than the largest seen
  for (;;) {  // the N ordered streams merged: the graph order of one process
    FactCursor* next = nullptr;
    for (auto& c : cursors)
      if (!c.done() && (!next || c.fact() < next->fact())) next = &c;
    if (!next) break;
    auto& f = next->fact();
    bool swapped = false;
    const EdgeId edge = add_edge(f.s, f.o, f.r, f.title, swapped);
    if (swapped) std::swap(f.evidence.subject_range, f.evidence.object_range);
    evidence.add(edge, f.evidence, static_cast<std::uint32_t>(f.document));
    edges = std::max<std::size_t>(edges, std::size_t{edge} + 1);
    ++merged_facts;
    next->advance();
  }
  if (merged_facts != facts) throw std::runtime_error("the MPI ranks' fact streams hold other facts than they announced");
  std::vector<FactCursor>().swap(cursors);  // their chunks go before the evidence is sorted
  if (merged) merged();
  return evidence.finish(edges);
}

void spill_sentence_streams(int ranks, EvidenceTexts& texts) {
  for (int r = 1; r < ranks; ++r)
    for (;;) {
      const std::string chunk = distributed::receive_bytes(r, distributed::kTagSentences);
      if (chunk.empty()) break;
      for (WireReader in(chunk); !in.done();) {
        detail::CompactDocument doc = distributed::read_cited_sentences(in);
        texts.spill(doc);
      }
    }
}

#endif

}  // namespace kg::cli
