#include "graph/evidence_texts.h"

#include <algorithm>

namespace kg {

void EvidenceTexts::spill(detail::CompactDocument& doc) {
  std::vector<Place> places;
  for (auto& f : doc.facts) {
    if (f.text.empty()) continue;
    auto at = std::lower_bound(places.begin(), places.end(), f.sentence,
                               [](const Place& p, std::uint32_t s) { return p.sentence < s; });
    if (at == places.end() || at->sentence != f.sentence)
      places.insert(at, {f.sentence, static_cast<std::uint32_t>(f.text.size()), file_.append(f.text.str())});
    f.text = SharedText();
  }
  if (places.empty()) return;
  places.shrink_to_fit();  // held to the end of the build: no growth slack
  documents_[doc.info.id] = std::move(places);
}

std::string_view EvidenceTexts::text(const Evidence& e) const {
  thread_local std::string buffer;
  auto doc = documents_.find(e.doc.str());
  if (doc == documents_.end()) return {};
  const auto& places = doc->second;
  auto at = std::lower_bound(places.begin(), places.end(), e.sentence,
                             [](const Place& p, std::uint32_t s) { return p.sentence < s; });
  if (at == places.end() || at->sentence != e.sentence) return {};
  file_.read(at->offset, at->size, buffer);
  return buffer;
}

}  // namespace kg
