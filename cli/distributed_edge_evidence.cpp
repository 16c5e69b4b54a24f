#include "cli/distributed_edge_evidence.h"

#include <algorithm>
#include <stdexcept>

namespace kg::cli {
namespace {

constexpr std::size_t kRecordBytes = 36;  // edge, document, sentence, three ranges
constexpr std::size_t kSlotBytes = kRecordBytes - 4;  // a record in a pass, without its edge
constexpr std::size_t kBufferBytes = std::size_t{1} << 20;
constexpr std::size_t kReadRecords = kBufferBytes / kRecordBytes;

void put32(std::string& out, std::uint32_t v) {
  for (int i = 0; i < 4; ++i) out.push_back(static_cast<char>(v >> (8 * i)));
}

std::uint32_t get32(const char* in) {
  std::uint32_t v = 0;
  for (int i = 0; i < 4; ++i) v |= std::uint32_t{static_cast<unsigned char>(in[i])} << (8 * i);
  return v;
}

}  // namespace

void StreamedEdgeEvidence::reserve() { buffer_.reserve(kBufferBytes + kRecordBytes); }

void StreamedEdgeEvidence::add(EdgeId edge, const Evidence& e, std::uint32_t document) {
  put32(buffer_, edge);
  put32(buffer_, document);
  put32(buffer_, e.sentence);
  for (ByteRange r : {e.sentence_range, e.subject_range, e.object_range}) put32(buffer_, r.begin), put32(buffer_, r.end);
  if (edge >= counts_.size()) counts_.resize(std::size_t{edge} + 1, 0);
  ++counts_[edge];
  ++facts_;
  if (buffer_.size() >= kBufferBytes) file_.append(buffer_), buffer_.clear();
}

std::shared_ptr<EdgeEvidence> StreamedEdgeEvidence::finish(std::size_t edge_count) {
  if (!buffer_.empty()) file_.append(buffer_);
  buffer_ = {};
  if (counts_.size() > edge_count) throw std::logic_error("StreamedEdgeEvidence: a fact of an unknown edge");
  counts_.resize(edge_count, 0);
  const std::size_t pass_facts =
      pass_facts_ ? pass_facts_
                  : std::max<std::size_t>(kMinPassFacts, static_cast<std::size_t>((facts_ + kMaxPasses - 1) / kMaxPasses));
  auto evidence = std::make_shared<EdgeEvidence>(documents_);
  std::vector<EdgeEvidence::Entry> entries;
  std::string bytes, slots;
  std::vector<std::uint32_t> start, next;
  for (std::size_t first = 0; first < edge_count;) {
    // Edges [first, last): as many as hold at most a pass's facts, one at least.
    std::size_t last = first, facts = 0;
    while (last < edge_count && (last == first || facts + counts_[last] <= pass_facts)) facts += counts_[last++];
    start.assign(1, 0);
    for (std::size_t e = first; e < last; ++e) start.push_back(start.back() + counts_[e]);
    next.assign(start.begin(), start.end() - 1);
    slots.assign(facts * kSlotBytes, '\0');
    for (std::uint64_t at = 0; at < facts_; at += kReadRecords) {  // the whole file, in stream order
      const std::uint64_t records = std::min<std::uint64_t>(kReadRecords, facts_ - at);
      file_.read(at * kRecordBytes, records * kRecordBytes, bytes);
      for (std::size_t r = 0; r + kRecordBytes <= bytes.size(); r += kRecordBytes) {
        const std::uint32_t edge = get32(bytes.data() + r);
        if (edge < first || edge >= last) continue;
        bytes.copy(slots.data() + std::size_t{next[edge - first]++} * kSlotBytes, kSlotBytes, r + 4);
      }
    }
    for (std::size_t edge = first; edge < last; ++edge) {
      entries.clear();
      for (std::uint32_t i = start[edge - first]; i < start[edge - first + 1]; ++i) {
        const char* p = slots.data() + std::size_t{i} * kSlotBytes;
        EdgeEvidence::Entry& entry = entries.emplace_back();
        entry.document = get32(p);
        if (entry.document >= documents_.size()) throw std::logic_error("StreamedEdgeEvidence: an unknown document");
        Evidence& e = entry.evidence;
        e.doc = documents_[entry.document].first;
        e.date = documents_[entry.document].second;
        e.sentence = get32(p + 4);
        ByteRange* ranges[] = {&e.sentence_range, &e.subject_range, &e.object_range};
        for (int k = 0; k < 3; ++k) ranges[k]->begin = get32(p + 8 + 8 * k), ranges[k]->end = get32(p + 12 + 8 * k);
      }
      auto before = [](const EdgeEvidence::Entry& a, const EdgeEvidence::Entry& b) { return a.evidence < b.evidence; };
      auto same = [](const EdgeEvidence::Entry& a, const EdgeEvidence::Entry& b) { return a.evidence == b.evidence; };
      std::stable_sort(entries.begin(), entries.end(), before);
      entries.erase(std::unique(entries.begin(), entries.end(), same), entries.end());
      evidence->append(entries);
    }
    first = last;
  }
  counts_ = {};
  return evidence;
}

}  // namespace kg::cli
