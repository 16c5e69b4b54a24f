#include "cli/distributed_edge_evidence.h"

#include <algorithm>
#include <stdexcept>

namespace kg::cli {
namespace {

constexpr std::size_t kRecordBytes = 32;  // document, sentence, three ranges
constexpr std::size_t kBufferBytes = std::size_t{1} << 20;

void put32(std::string& out, std::uint32_t v) {
  for (int i = 0; i < 4; ++i) out.push_back(static_cast<char>(v >> (8 * i)));
}

std::uint32_t get32(const char* in) {
  std::uint32_t v = 0;
  for (int i = 0; i < 4; ++i) v |= std::uint32_t{static_cast<unsigned char>(in[i])} << (8 * i);
  return v;
}

}  // namespace

void StreamedEdgeEvidence::reserve(std::size_t facts) {
  edge_of_.reserve(facts);
  buffer_.reserve(kBufferBytes + kRecordBytes);
}

void StreamedEdgeEvidence::add(EdgeId edge, const Evidence& e, std::uint32_t document) {
  put32(buffer_, document);
  put32(buffer_, e.sentence);
  for (ByteRange r : {e.sentence_range, e.subject_range, e.object_range}) put32(buffer_, r.begin), put32(buffer_, r.end);
  edge_of_.push_back(edge);
  if (buffer_.size() >= kBufferBytes) file_.append(buffer_), buffer_.clear();
}

std::shared_ptr<EdgeEvidence> StreamedEdgeEvidence::finish(std::size_t edge_count) {
  if (!buffer_.empty()) file_.append(buffer_);
  buffer_ = {};
  // The facts grouped by edge, each edge's in stream order (a counting sort).
  std::vector<std::uint32_t> start(edge_count + 1, 0);
  for (EdgeId e : edge_of_) {
    if (e >= edge_count) throw std::logic_error("StreamedEdgeEvidence: a fact of an unknown edge");
    ++start[e + 1];
  }
  for (std::size_t e = 0; e < edge_count; ++e) start[e + 1] += start[e];
  std::vector<std::uint32_t> facts(edge_of_.size());
  {
    std::vector<std::uint32_t> next(start.begin(), start.end() - 1);
    for (std::size_t i = 0; i < edge_of_.size(); ++i) facts[next[edge_of_[i]]++] = static_cast<std::uint32_t>(i);
  }
  edge_of_ = {};
  auto evidence = std::make_shared<EdgeEvidence>(documents_);
  std::vector<EdgeEvidence::Entry> entries;
  std::string bytes;
  for (std::size_t edge = 0; edge < edge_count; ++edge) {
    entries.clear();
    for (std::uint32_t at = start[edge]; at < start[edge + 1];) {
      std::uint32_t end = at + 1;  // a run of consecutive facts is one read
      while (end < start[edge + 1] && facts[end] == facts[end - 1] + 1) ++end;
      file_.read(std::uint64_t{facts[at]} * kRecordBytes, std::uint64_t{end - at} * kRecordBytes, bytes);
      for (std::size_t r = 0; r + kRecordBytes <= bytes.size(); r += kRecordBytes) {
        const char* p = bytes.data() + r;
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
      at = end;
    }
    auto before = [](const EdgeEvidence::Entry& a, const EdgeEvidence::Entry& b) { return a.evidence < b.evidence; };
    auto same = [](const EdgeEvidence::Entry& a, const EdgeEvidence::Entry& b) { return a.evidence == b.evidence; };
    std::stable_sort(entries.begin(), entries.end(), before);
    entries.erase(std::unique(entries.begin(), entries.end(), same), entries.end());
    evidence->append(entries);
  }
  return evidence;
}

}  // namespace kg::cli
