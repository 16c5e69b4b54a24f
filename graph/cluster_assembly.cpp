#include "graph/cluster_assembly.h"

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/utf8.h>

#include "extract/fold.h"
#include "extract/gazetteer.h"
#include "extract/name_key.h"

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

void assemble(const std::vector<CompactDocument>& docs, std::vector<Cluster> clusters, KnowledgeGraph& graph) {
  std::vector<std::size_t> first_item(docs.size() + 1, 0);  // (doc, entity) -> first_item[doc] + entity
  for (std::size_t d = 0; d < docs.size(); ++d) {
    graph.add_document(docs[d].info);
    first_item[d + 1] = first_item[d] + docs[d].entities.size();
  }
  struct Pending { EntityNode node; std::string first_doc; std::size_t cluster; };
  std::vector<Pending> nodes;
  std::vector<std::size_t> cluster_of(first_item.back());
  std::vector<std::string> scratch;
  for (std::size_t c = 0; c < clusters.size(); ++c) {
    const auto& members = clusters[c];
    EntityNode node;
    const CompactEntity& first = docs[members[0].first].entities[members[0].second];
    node.type = first.type;
    // Label: the folded spelling used most (counting every mention), then its best-cased form.
    std::map<std::string, std::size_t> key_count;
    std::map<std::string, std::map<std::string, std::size_t>> forms_of_key;
    std::set<std::string> docs_seen, all_forms, references;
    std::map<std::string, std::size_t> countries;
    for (const auto& [d, e] : members) {
      cluster_of[first_item[d] + e] = c;
      const auto& ent = docs[d].entities[e];
      node.mentions += ent.mentions;
      docs_seen.insert(docs[d].info.id);
      if (!ent.country.empty()) ++countries[ent.country];
      references.insert(ent.references.begin(), ent.references.end());
      const auto& forms = label_forms(ent, scratch);
      for (std::size_t i = 0; i < forms.size(); ++i) {
        const auto& f = forms[i];
        all_forms.insert(f);
        std::size_t weight = 1 + ent.form_mentions[i];
        // A surname never labels a person, hyphenated ("Szőke-Varga") or not.
        bool multiword = f.find(' ') != std::string::npos || (node.type != EntityType::Person && f.find('-') != std::string::npos);
        if (node.type == EntityType::Person && !multiword) weight = 0;
        // A country is labelled by the name the texts use most, never by an adjective or a dateline.
        if (node.type == EntityType::Gpe && !first.key.empty() && (all_caps(f) || country_of_adjective(fold(f)))) weight = 0;
        const std::string& key = ent.form_keys[i];
        key_count[key] += weight;
        forms_of_key[key][f] += weight;
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
    if (node.type == EntityType::Gpe && !first.key.empty() && best == 0) label = country_name(first.country);
    if (node.type == EntityType::Gpe && all_caps(label))  // a city only named in a dateline ("JEDDAH")
      if (const Place* p = find_place(fold(label))) label = p->name;
    std::string repaired = repair_lookalikes(label);
    if (repaired != label) all_forms.insert(label), label = repaired;
    node.label = label;
    // Generic references ("the meeting") are aliases, never labels, of the event they resolved to.
    all_forms.insert(references.begin(), references.end());
    for (const auto& f : all_forms)
      if (f != label) node.aliases.push_back(f);
    node.documents.assign(docs_seen.begin(), docs_seen.end());
    std::size_t most = 0;
    for (const auto& [cc, n] : countries)
      if (n > most) most = n, node.country = cc;
    nodes.push_back({std::move(node), *docs_seen.begin(), c});
  }
  std::sort(nodes.begin(), nodes.end(), [](const Pending& a, const Pending& b) {
    return std::tie(a.node.type, a.node.label, a.first_doc, a.cluster) < std::tie(b.node.type, b.node.label, b.first_doc, b.cluster);
  });
  // Titles per person come from its holds_position facts.
  std::vector<NodeId> node_of_cluster(clusters.size());
  for (std::size_t n = 0; n < nodes.size(); ++n) node_of_cluster[nodes[n].cluster] = static_cast<NodeId>(n);
  std::map<NodeId, std::set<std::string>> titles;
  struct FactRef { NodeId s, o; Relation r; const CompactDocument* doc; const CompactFact* f; };
  std::vector<FactRef> facts;
  std::size_t fact_count = 0;
  for (const auto& d : docs) fact_count += d.facts.size();
  facts.reserve(fact_count);
  for (std::size_t d = 0; d < docs.size(); ++d)
    for (const auto& f : docs[d].facts) {
      NodeId s = node_of_cluster[cluster_of[first_item[d] + f.subject]];
      NodeId o = node_of_cluster[cluster_of[first_item[d] + f.object]];
      if (s == o) continue;
      facts.push_back({s, o, f.relation, &docs[d], &f});
      if (f.title != 0) titles[s].insert(docs[d].titles[f.title]);
    }
  for (std::size_t n = 0; n < nodes.size(); ++n) {
    auto& t = titles[static_cast<NodeId>(n)];
    nodes[n].node.titles.assign(t.begin(), t.end());
    graph.add_entity(std::move(nodes[n].node));
  }
  // In the order of (source, relation, target, evidence, title), Evidence's own order.
  auto order = [](const FactRef& x) {
    const CompactFact& f = *x.f;
    return std::tie(x.s, x.r, x.o, x.doc->info.id, f.sentence, f.sentence_range, f.subject_range, f.object_range,
                    f.text, x.doc->info.date, x.doc->titles[f.title]);
  };
  std::sort(facts.begin(), facts.end(), [&](const FactRef& a, const FactRef& b) { return order(a) < order(b); });
  for (const auto& f : facts) graph.add_fact(f.s, f.o, f.r, f.doc->titles[f.f->title], f.doc->evidence(*f.f));
}

}  // namespace kg::detail
