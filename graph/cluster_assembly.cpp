#include "graph/cluster_assembly.h"

#include <algorithm>
#include <map>
#include <memory>
#include <set>
#include <stdexcept>
#include <tuple>

#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/utf8.h>

#include "extract/fold.h"
#include "extract/gazetteer.h"
#include "extract/name_key.h"
#include "graph/edge_evidence.h"
#include "graph/fact_order.h"

namespace kg::detail {
namespace {

// Look-alike letters: Cyrillic and Greek capitals and small letters with a Latin twin.
constexpr std::pair<char32_t, char> kLookalikes[] = {
    {U'а', 'a'}, {U'е', 'e'}, {U'о', 'o'}, {U'р', 'p'}, {U'с', 'c'}, {U'у', 'y'}, {U'х', 'x'}, {U'і', 'i'},
    {U'ј', 'j'}, {U'ѕ', 's'}, {U'А', 'A'}, {U'В', 'B'}, {U'Е', 'E'}, {U'К', 'K'}, {U'М', 'M'}, {U'Н', 'H'},
    {U'О', 'O'}, {U'Р', 'P'}, {U'С', 'C'}, {U'Т', 'T'}, {U'Х', 'X'}, {U'І', 'I'}, {U'Ј', 'J'}, {U'Ѕ', 'S'},
    {U'ο', 'o'}, {U'α', 'a'}, {U'ι', 'i'}, {U'κ', 'k'}, {U'ν', 'v'}, {U'ρ', 'p'}, {U'τ', 't'}, {U'υ', 'u'},
    {U'Α', 'A'}, {U'Β', 'B'}, {U'Ε', 'E'}, {U'Ζ', 'Z'}, {U'Η', 'H'}, {U'Ι', 'I'}, {U'Κ', 'K'}, {U'Μ', 'M'},
    {U'Ν', 'N'}, {U'Ο', 'O'}, {U'Ρ', 'P'}, {U'Τ', 'T'}, {U'Υ', 'Y'}, {U'Χ', 'X'},
};

bool all_caps(const std::string& s) {
  bool letter = false;
  for (char c : s) {
    if (c >= 'a' && c <= 'z') return false;
    letter |= (c >= 'A' && c <= 'Z');
  }
  return letter;
}

}  // namespace

namespace {

// What add_fact does for each of `facts` (in graph order), with each edge's evidence written
// to a temp file instead of memory: the edges are created in the same order (so with the same
// ids and titles), then each edge's evidence, gathered, sorted and without repeats as add_fact
// keeps it, goes to the file in edge order.
void add_facts_to_disk(const std::vector<CompactDocument>& docs, const std::vector<FactRef>& facts,
                       KnowledgeGraph& graph) {
  std::vector<std::pair<SharedText, SharedText>> documents;
  documents.reserve(docs.size());
  for (const auto& d : docs) documents.emplace_back(d.id, d.date);
  auto evidence = std::make_shared<EdgeEvidence>(std::move(documents));
  std::vector<std::pair<EdgeId, std::uint32_t>> by_edge;  // (edge, fact), the facts in graph order
  std::vector<bool> swapped(facts.size());
  by_edge.reserve(facts.size());
  for (std::size_t i = 0; i < facts.size(); ++i) {
    const FactRef& f = facts[i];
    bool swap = false;
    by_edge.emplace_back(graph.add_edge(f.s, f.o, f.r, f.doc->titles[f.f->title], swap), static_cast<std::uint32_t>(i));
    swapped[i] = swap;
  }
  std::sort(by_edge.begin(), by_edge.end());
  std::vector<EdgeEvidence::Entry> entries;
  for (std::size_t at = 0; at < by_edge.size();) {
    entries.clear();
    const EdgeId edge = by_edge[at].first;
    for (; at < by_edge.size() && by_edge[at].first == edge; ++at) {
      const FactRef& f = facts[by_edge[at].second];
      Evidence e = f.doc->evidence(*f.f);
      if (swapped[by_edge[at].second]) std::swap(e.subject_range, e.object_range);
      entries.push_back({std::move(e), static_cast<std::uint32_t>(f.doc - docs.data())});
    }
    auto before = [](const EdgeEvidence::Entry& a, const EdgeEvidence::Entry& b) { return a.evidence < b.evidence; };
    auto same = [](const EdgeEvidence::Entry& a, const EdgeEvidence::Entry& b) { return a.evidence == b.evidence; };
    std::stable_sort(entries.begin(), entries.end(), before);
    entries.erase(std::unique(entries.begin(), entries.end(), same), entries.end());
    evidence->append(entries);
  }
  graph.set_edge_evidence(std::move(evidence));
}

}  // namespace

std::string repair_lookalikes(const std::string& name) {
  std::u32string text = to_u32(name);
  bool latin = false, other = false;
  for (char32_t c : text) {
    UErrorCode st = U_ZERO_ERROR;
    UScriptCode script = uscript_getScript(static_cast<UChar32>(c), &st);
    latin |= script == USCRIPT_LATIN;
    other |= script == USCRIPT_CYRILLIC || script == USCRIPT_GREEK;
  }
  if (!latin || !other) return name;
  std::string out;
  for (char32_t c : text) {
    auto it = std::find_if(std::begin(kLookalikes), std::end(kLookalikes), [&](const auto& p) { return p.first == c; });
    if (it != std::end(kLookalikes)) {
      out.push_back(it->second);
      continue;
    }
    char buf[4];
    int32_t len = 0;
    U8_APPEND_UNSAFE(buf, len, static_cast<UChar32>(c));
    out.append(buf, static_cast<std::size_t>(len));
  }
  return out;
}

void NodeParts::add(std::uint64_t item, const CompactEntity& ent, const std::string& doc_id) {
  add_entity(item, ent);
  documents.insert(doc_id);
}

void NodeParts::add_entity(std::uint64_t item, const CompactEntity& ent) {
  if (item < first_item) first_item = item, type = ent.type, first_key = ent.key, first_country = ent.country;
  mentions += ent.mentions;
  if (!ent.country.empty()) ++countries[ent.country];
  references.insert(ent.references.begin(), ent.references.end());
  std::vector<std::string> scratch;
  const auto& all = label_forms(ent, scratch);
  for (std::size_t i = 0; i < all.size(); ++i) {
    const auto& f = all[i];
    forms.insert(f);
    std::size_t weight = 1 + ent.form_mentions[i];
    // A surname never labels a person, hyphenated ("Szőke-Varga") or not. (A cluster's members
    // all have its type: every merge compares entities of one type.)
    bool multiword = f.find(' ') != std::string::npos || (ent.type != EntityType::Person && f.find('-') != std::string::npos);
    if (ent.type == EntityType::Person && !multiword) weight = 0;
    form_weights[ent.form_keys[i]][f] += weight;
  }
}

void NodeParts::merge(NodeParts other) {
  if (other.first_item < first_item)
    first_item = other.first_item, type = other.type, first_key = std::move(other.first_key),
    first_country = std::move(other.first_country);
  mentions += other.mentions;
  documents.merge(other.documents);
  forms.merge(other.forms);
  references.merge(other.references);
  for (const auto& [cc, n] : other.countries) countries[cc] += n;
  for (auto& [key, weights] : other.form_weights)
    for (const auto& [f, n] : weights) form_weights[key][f] += n;
}

EntityNode NodeParts::finish() const {
  EntityNode node;
  node.type = type;
  node.mentions = mentions;
  // Label: the folded spelling used most (counting every mention), then its best-cased form.
  // A country is labelled by the name the texts use most, never by an adjective or a dateline.
  const bool country = type == EntityType::Gpe && !first_key.empty();
  std::map<std::string, std::map<std::string, std::size_t>> forms_of_key = form_weights;
  std::map<std::string, std::size_t> key_count;
  for (auto& [key, weights] : forms_of_key) {
    std::size_t& sum = key_count[key];
    for (auto& [f, n] : weights) {
      if (country && (all_caps(f) || country_of_adjective(fold(f)))) n = 0;
      sum += n;
    }
  }
  std::string best_key;
  std::size_t best = 0;
  for (const auto& [k, n] : key_count)
    if (n > best || best_key.empty()) best = n, best_key = k;
  std::string label;
  std::size_t label_weight = 0;
  for (const auto& [f, n] : forms_of_key[best_key]) {
    bool better = label.empty() || (all_caps(label) && !all_caps(f)) ||
                  (all_caps(label) == all_caps(f) && n > label_weight);
    if (better) label = f, label_weight = n;
  }
  if (country && best == 0) label = country_name(first_country);
  if (type == EntityType::Gpe && all_caps(label))  // a city only named in a dateline ("JEDDAH")
    if (const Place* p = find_place(fold(label))) label = p->name;
  std::set<std::string> all_forms = forms;
  std::string repaired = repair_lookalikes(label);
  if (repaired != label) all_forms.insert(label), label = repaired;
  node.label = label;
  // Generic references ("the meeting") are aliases, never labels, of the event they resolved to.
  all_forms.insert(references.begin(), references.end());
  for (const auto& f : all_forms)
    if (f != label) node.aliases.push_back(f);
  node.documents.assign(documents.begin(), documents.end());
  std::size_t most = 0;
  for (const auto& [cc, n] : countries)
    if (n > most) most = n, node.country = cc;
  return node;
}

std::vector<NodeId> order_nodes(std::vector<PendingNode>& nodes) {
  std::sort(nodes.begin(), nodes.end(), [](const PendingNode& a, const PendingNode& b) {
    return std::tie(a.node.type, a.node.label, a.first_doc, a.cluster) < std::tie(b.node.type, b.node.label, b.first_doc, b.cluster);
  });
  std::vector<NodeId> node_of_cluster(nodes.size());
  for (std::size_t n = 0; n < nodes.size(); ++n) node_of_cluster[nodes[n].cluster] = static_cast<NodeId>(n);
  return node_of_cluster;
}

bool fact_before(const FactRef& a, const FactRef& b) {
  auto order = [](const FactRef& x) {
    const CompactFact& f = *x.f;
    return std::tie(x.s, x.r, x.o, x.doc->info.id, f.sentence, f.sentence_range, f.subject_range, f.object_range,
                    f.text, x.doc->info.date, x.doc->titles[f.title]);
  };
  return order(a) < order(b);
}

std::vector<FactRef> order_facts(const std::vector<CompactDocument>& docs,
                                 const std::function<NodeId(std::size_t, std::uint32_t)>& node_of,
                                 std::map<NodeId, std::set<std::string>>& titles) {
  std::vector<FactRef> facts;
  std::size_t fact_count = 0;
  for (const auto& d : docs) fact_count += d.facts.size();
  facts.reserve(fact_count);
  for (std::size_t d = 0; d < docs.size(); ++d)
    for (const auto& f : docs[d].facts) {
      NodeId s = node_of(d, f.subject), o = node_of(d, f.object);
      if (s == o) continue;
      facts.push_back({s, o, f.relation, &docs[d], &f});
      if (f.title != 0) titles[s].insert(docs[d].titles[f.title]);
    }
  std::sort(facts.begin(), facts.end(), fact_before);
  return facts;
}

void assemble(std::vector<CompactDocument>& docs, std::vector<Cluster> clusters, KnowledgeGraph& graph,
              bool evidence_on_disk, const std::function<std::vector<CompactEntity>(std::size_t)>& load_entities,
              const std::function<std::vector<CompactFact>(std::size_t)>& load_facts) {
  // (doc, entity) -> first_item[doc] + entity. Every entity is in one cluster: the clusters
  // count each document's entities, wherever the entities are.
  std::vector<std::size_t> first_item(docs.size() + 1, 0);
  for (const auto& cluster : clusters)
    for (const auto& member : cluster) ++first_item[member.first + 1];
  for (std::size_t d = 0; d < docs.size(); ++d) {
    graph.add_document(docs[d].info);
    first_item[d + 1] += first_item[d];
  }
  std::vector<std::size_t> cluster_of(first_item.back());
  for (std::size_t c = 0; c < clusters.size(); ++c)
    for (const auto& [d, e] : clusters[c]) cluster_of[first_item[d] + e] = c;
  const std::size_t cluster_count = clusters.size();
  clusters = {};
  // Document by document, so that each document's entities are freed as soon as they are
  // counted: the facts and the graph never share memory with them. Each cluster still sees
  // its members in item order (NodeParts does not depend on it anyway).
  // A cluster's documents are listed as indices (4 bytes each, ascending as d is) and become
  // the id set NodeParts::finish() reads only when the cluster is finished, one at a time.
  std::vector<NodeParts> parts(cluster_count);
  std::vector<std::vector<std::uint32_t>> documents_of(cluster_count);
  for (std::size_t d = 0; d < docs.size(); ++d) {
    std::vector<CompactEntity> entities = load_entities ? load_entities(d) : std::move(docs[d].entities);
    std::vector<CompactEntity>().swap(docs[d].entities);
    if (entities.size() != first_item[d + 1] - first_item[d])
      throw std::logic_error("assemble: the clusters do not hold every entity of document " + docs[d].info.id);
    for (std::size_t e = 0; e < entities.size(); ++e) {
      const std::size_t c = cluster_of[first_item[d] + e];
      parts[c].add_entity(first_item[d] + e, entities[e]);
      auto& list = documents_of[c];
      if (list.empty() || list.back() != d) list.push_back(static_cast<std::uint32_t>(d));
    }
  }
  std::vector<PendingNode> nodes;
  nodes.reserve(cluster_count);
  for (std::size_t c = 0; c < cluster_count; ++c) {
    for (std::uint32_t d : documents_of[c]) parts[c].documents.insert(parts[c].documents.end(), docs[d].info.id);
    std::vector<std::uint32_t>().swap(documents_of[c]);
    nodes.push_back({parts[c].finish(), *parts[c].documents.begin(), c});
    parts[c] = NodeParts();
  }
  parts = {};
  documents_of = {};
  const std::vector<NodeId> node_of_cluster = order_nodes(nodes);
  // Titles per person come from its holds_position facts.
  std::map<NodeId, std::set<std::string>> titles;
  auto node_of = [&](std::size_t d, std::uint32_t e) { return node_of_cluster[cluster_of[first_item[d] + e]]; };
  if (load_facts && evidence_on_disk) {
    FactOrder ordered(docs, node_of, load_facts, titles);
    std::vector<std::size_t>().swap(cluster_of);
    for (std::size_t n = 0; n < nodes.size(); ++n) {
      auto& t = titles[static_cast<NodeId>(n)];
      nodes[n].node.titles.assign(t.begin(), t.end());
      graph.add_entity(std::move(nodes[n].node));
    }
    std::vector<PendingNode>().swap(nodes);
    titles.clear();
    return ordered.add_to(graph);
  }
  auto facts = order_facts(docs, node_of, titles);
  for (std::size_t n = 0; n < nodes.size(); ++n) {
    auto& t = titles[static_cast<NodeId>(n)];
    nodes[n].node.titles.assign(t.begin(), t.end());
    graph.add_entity(std::move(nodes[n].node));
  }
  if (evidence_on_disk) return add_facts_to_disk(docs, facts, graph);
  for (const auto& f : facts) graph.add_fact(f.s, f.o, f.r, f.doc->titles[f.f->title], f.doc->evidence(*f.f));
}

}  // namespace kg::detail
