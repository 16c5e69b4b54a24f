#include "cli/distributed_fact_streams.h"

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
}  // namespace

void for_each_fact_chunk(const std::vector<detail::CompactDocument>& docs, const std::vector<std::uint64_t>& document_of,
                         const std::vector<detail::FactRef>& facts, const std::function<void(std::string&)>& emit) {
  WireWriter out;
  const detail::CompactDocument* first = docs.data();
  for (const auto& f : facts) {
    distributed::write_fact(out, f, document_of.at(static_cast<std::size_t>(f.doc - first)));
    if (out.bytes().size() >= kFactChunkBytes) emit(out.bytes()), out.bytes().clear();
  }
  if (!out.bytes().empty()) emit(out.bytes());
  std::string end;
  emit(end);
}

void for_each_sentence_chunk(const std::vector<detail::CompactDocument>& docs,
                             const std::function<void(std::string&)>& emit) {
  WireWriter out;
  for (const auto& doc : docs) {
    distributed::write_cited_sentences(out, doc);
    if (out.bytes().size() >= kFactChunkBytes) emit(out.bytes()), out.bytes().clear();
  }
  if (!out.bytes().empty()) emit(out.bytes());
  std::string end;
  emit(end);
}

std::vector<std::string> encode_fact_chunks(const std::vector<detail::CompactDocument>& docs,
                                            const std::vector<std::uint64_t>& document_of,
                                            const std::vector<detail::FactRef>& facts) {
  std::vector<std::string> chunks;
  for_each_fact_chunk(docs, document_of, facts, [&](std::string& chunk) { chunks.push_back(std::move(chunk)); });
  return chunks;
}

#if KG_HAVE_MPI

namespace {

// One rank's fact stream as rank 0 reads it: its chunks arrive as they are needed.
class FactCursor {
 public:
  FactCursor(int rank, std::vector<std::string> own, const std::vector<std::pair<SharedText, SharedText>>& docs)
      : rank_(rank), own_(std::move(own)), docs_(docs) {
    advance();
  }
  bool done() const { return done_; }
  distributed::StreamFact& fact() { return fact_; }
  void advance() {
    while (!done_ && in_.done()) {
      if (rank_ == 0) {
        chunk_ = next_own_ < own_.size() ? std::move(own_[next_own_++]) : std::string();
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
  std::vector<std::string> own_;
  std::size_t next_own_ = 0;
  std::string chunk_;
  WireReader in_{""};
  const std::vector<std::pair<SharedText, SharedText>>& docs_;
  distributed::StreamFact fact_;
  bool done_ = false;
};

}  // namespace

void merge_fact_streams(std::vector<std::string> own, int ranks,
                        const std::vector<std::pair<SharedText, SharedText>>& document_texts, KnowledgeGraph& graph) {
  std::vector<FactCursor> cursors;
  cursors.reserve(static_cast<std::size_t>(ranks));
  cursors.emplace_back(0, std::move(own), document_texts);
  for (int r = 1; r < ranks; ++r) cursors.emplace_back(r, std::vector<std::string>{}, document_texts);
  StreamedEdgeEvidence evidence(document_texts);  // the edges' evidence goes to disk
  for (;;) {  // the N ordered streams merged: the graph order of one process
    FactCursor* next = nullptr;
    for (auto& c : cursors)
      if (!c.done() && (!next || c.fact() < next->fact())) next = &c;
    if (!next) break;
    auto& f = next->fact();
    bool swapped = false;
    const EdgeId edge = graph.add_edge(f.s, f.o, f.r, f.title, swapped);
    if (swapped) std::swap(f.evidence.subject_range, f.evidence.object_range);
    evidence.add(edge, f.evidence, static_cast<std::uint32_t>(f.document));
    next->advance();
  }
  graph.set_edge_evidence(evidence.finish(graph.edge_count()));
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
