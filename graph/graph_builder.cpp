#include "graph/graph_builder.h"

#include <utility>

namespace kg {

detail::CompactDocument GraphBuilder::prepare(DocumentExtraction extraction) {
  return detail::compact(std::move(extraction));
}

void GraphBuilder::keep_on_disk() {
  if (!entities_) entities_ = std::make_unique<EntitySpill>();
  if (!facts_) facts_ = std::make_unique<FactSpill>();
}

void GraphBuilder::add(detail::CompactDocument prepared) {
  if (entities_) places_.push_back(entities_->add(prepared.entities));
  if (facts_) fact_places_.push_back(facts_->add(prepared.facts));
  docs_.push_back(std::move(prepared));
}

ResolveResult GraphBuilder::build() {
  auto docs = std::move(docs_);
  docs_.clear();
  if (!entities_) return detail::resolve(std::move(docs));
  auto spill = std::move(entities_);
  auto places = std::move(places_);
  places_.clear();
  auto facts = std::move(facts_);
  auto fact_places = std::move(fact_places_);
  fact_places_.clear();
  detail::EntitySource source{
      [&](std::size_t d, std::vector<detail::EntityKeys>& items) { spill->keys(places[d], items); },
      [&](std::size_t d) { return spill->load(places[d]); },
      [&](std::size_t d) { return facts->load(fact_places[d]); }, 0, nullptr, nullptr, nullptr};
  for (const auto& p : places) source.count += p.count;
  source.span = [&](std::size_t d) { return std::pair<std::size_t, std::size_t>(places[d].first, places[d].count); };
  source.key = [&](std::size_t n) { return spill->key(n); };
  source.release_keys = [&] { spill->release_keys(); };
  if (facts->has_texts()) {  // the streamed order carries no sentence text: the facts go back in memory
    for (std::size_t d = 0; d < docs.size(); ++d) docs[d].facts = facts->load(fact_places[d]);
    source.facts = nullptr;
  }
  return detail::resolve(std::move(docs), true, &source);
}

}  // namespace kg
