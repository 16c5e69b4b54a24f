#include "graph/fact_order.h"

#include <algorithm>
#include <memory>
#include <numeric>
#include <stdexcept>
#include <tuple>

#include "graph/edge_evidence.h"

namespace kg::detail {
namespace {

auto fields(const FactOrder::Record& r) {
  return std::tie(r.source, r.relation, r.target, r.document, r.sentence, r.sentence_range, r.subject_range,
                  r.object_range, r.title_rank, r.title);
}

auto fields(const FactOrder::EdgeRecord& r) {
  return std::tie(r.edge, r.document, r.sentence, r.sentence_range, r.subject_range, r.object_range);
}

static_assert(sizeof(FactOrder::Record) == 52 && sizeof(FactOrder::EdgeRecord) == 36, "records have no padding");

}  // namespace

bool FactOrder::RecordLess::operator()(const Record& a, const Record& b) const { return fields(a) < fields(b); }
bool FactOrder::EdgeRecordLess::operator()(const EdgeRecord& a, const EdgeRecord& b) const {
  return fields(a) < fields(b);
}

FactOrder::FactOrder(const std::vector<CompactDocument>& docs,
                     const std::function<NodeId(std::size_t, std::uint32_t)>& node_of,
                     const std::function<std::vector<CompactFact>(std::size_t)>& load,
                     std::map<NodeId, std::set<std::string>>& titles)
    : docs_(docs) {
  std::vector<std::uint32_t> by_title, rank;
  for (std::size_t d = 0; d < docs.size(); ++d) {
    if (d > 0 && !(docs[d - 1].info.id < docs[d].info.id))
      throw std::logic_error("FactOrder: document ids repeat or are out of order");
    const auto& doc_titles = docs[d].titles;
    // fact_before compares titles as strings; within one document (compared first) a rank does.
    by_title.resize(doc_titles.size());
    std::iota(by_title.begin(), by_title.end(), 0u);
    std::sort(by_title.begin(), by_title.end(),
              [&](std::uint32_t a, std::uint32_t b) { return doc_titles[a] < doc_titles[b]; });
    rank.resize(doc_titles.size());
    for (std::uint32_t i = 0; i < by_title.size(); ++i) rank[by_title[i]] = i;
    for (const CompactFact& f : load(d)) {
      if (!f.text.empty()) throw std::logic_error("FactOrder: a fact kept its sentence text");
      const NodeId s = node_of(d, f.subject), o = node_of(d, f.object);
      if (s == o) continue;
      facts_.add({s, static_cast<std::uint32_t>(f.relation), o, static_cast<std::uint32_t>(d), f.sentence,
                  f.sentence_range, f.subject_range, f.object_range, rank.at(f.title), f.title});
      if (f.title != 0) titles[s].insert(doc_titles[f.title]);
    }
  }
}

void FactOrder::add_to(KnowledgeGraph& graph) {
  std::vector<std::pair<SharedText, SharedText>> documents;
  documents.reserve(docs_.size());
  for (const auto& d : docs_) documents.emplace_back(d.id, d.date);
  auto evidence = std::make_shared<EdgeEvidence>(std::move(documents));
  ExternalSort<EdgeRecord, EdgeRecordLess> by_edge(kRunBytes);
  facts_.each([&](const Record& f) {
    bool swapped = false;
    const EdgeId edge =
        graph.add_edge(f.source, f.target, static_cast<Relation>(f.relation), docs_[f.document].titles[f.title], swapped);
    by_edge.add({edge, f.document, f.sentence, f.sentence_range, swapped ? f.object_range : f.subject_range,
                 swapped ? f.subject_range : f.object_range});
  });
  // Each edge's records are together, sorted as its Evidence sorts (document ids ascend with
  // their index; the text is moved out and the date is the document's): repeats are adjacent.
  std::vector<EdgeEvidence::Entry> entries;
  EdgeRecord last{};
  bool any = false;
  by_edge.each([&](const EdgeRecord& r) {
    if (any && r.edge == last.edge && fields(r) == fields(last)) return;
    if (any && r.edge != last.edge) {
      evidence->append(entries);
      entries.clear();
    }
    if (entries.empty() && r.edge != evidence->edge_count()) throw std::logic_error("FactOrder: an edge without evidence");
    const CompactDocument& doc = docs_[r.document];
    entries.push_back({Evidence{doc.id, r.sentence, r.sentence_range, r.subject_range, r.object_range, SharedText(), doc.date},
                       r.document});
    last = r, any = true;
  });
  if (any) evidence->append(entries);
  graph.set_edge_evidence(std::move(evidence));
}

}  // namespace kg::detail
