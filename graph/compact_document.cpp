#include "graph/compact_document.h"

#include <algorithm>
#include <map>
#include <tuple>

#include "extract/name_key.h"

namespace kg::detail {

CompactDocument compact(DocumentExtraction x) {
  CompactDocument doc;
  doc.info = {std::move(x.doc_id), std::move(x.date), std::move(x.source), std::move(x.url), x.sentence_count};
  doc.entities.reserve(x.entities.size());
  for (auto& e : x.entities) {
    CompactEntity c;
    c.type = e.type;
    c.forms = std::move(e.forms);
    c.name = std::move(e.name);
    std::vector<std::string> scratch;
    const auto& forms = label_forms(c, scratch);
    c.name_key = name_key(c.name);
    c.form_keys.reserve(forms.size());
    for (const auto& f : forms) c.form_keys.push_back(name_key(f));
    c.form_mentions.reserve(forms.size());
    for (const auto& f : forms)
      c.form_mentions.push_back(static_cast<std::uint32_t>(
          std::count_if(e.mentions.begin(), e.mentions.end(), [&](const Mention& m) { return m.text == f; })));
    c.mentions = static_cast<std::uint32_t>(e.mentions.size());
    c.references = std::move(e.references);
    c.key = std::move(e.key);
    c.country = std::move(e.country);
    c.date = std::move(e.date);
    doc.entities.push_back(std::move(c));
  }
  doc.id = doc.info.id;
  doc.date = doc.info.date;
  doc.titles.emplace_back();
  std::map<std::string, std::uint32_t> title_index;
  doc.facts.reserve(x.facts.size());
  for (auto& f : x.facts) {
    std::uint32_t title = 0;
    if (!f.title.empty()) {
      auto [it, fresh] = title_index.try_emplace(f.title, static_cast<std::uint32_t>(doc.titles.size()));
      if (fresh) doc.titles.push_back(f.title);
      title = it->second;
    }
    const Evidence& e = f.evidence;
    doc.facts.push_back({f.subject, f.object, f.relation, title, e.sentence, e.sentence_range, e.subject_range,
                         e.object_range, e.text});
  }
  // A fact stated twice by one sentence (two rules finding it) is one fact.
  auto fields = [&](const CompactFact& f) {
    return std::tie(f.subject, f.relation, f.object, f.sentence, f.sentence_range, f.subject_range, f.object_range,
                    doc.titles[f.title]);
  };
  std::sort(doc.facts.begin(), doc.facts.end(), [&](const auto& a, const auto& b) { return fields(a) < fields(b); });
  doc.facts.erase(std::unique(doc.facts.begin(), doc.facts.end(),
                              [&](const auto& a, const auto& b) { return fields(a) == fields(b); }),
                  doc.facts.end());
  doc.facts.shrink_to_fit();
  return doc;
}

}  // namespace kg::detail
