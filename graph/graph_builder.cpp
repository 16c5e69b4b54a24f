#include "graph/graph_builder.h"

#include <utility>

namespace kg {

detail::CompactDocument GraphBuilder::prepare(DocumentExtraction extraction) {
  return detail::compact(std::move(extraction));
}

void GraphBuilder::keep_on_disk() {
  if (!entities_) entities_ = std::make_unique<EntitySpill>();
}

void GraphBuilder::add(detail::CompactDocument prepared) {
  if (entities_) places_.push_back(entities_->add(prepared.entities));
  docs_.push_back(std::move(prepared));
}

ResolveResult GraphBuilder::build() {
  auto docs = std::move(docs_);
  docs_.clear();
  if (!entities_) return detail::resolve(std::move(docs));
  auto spill = std::move(entities_);
  auto places = std::move(places_);
  places_.clear();
  detail::EntitySource source{
      [&](std::size_t d, std::vector<detail::EntityKeys>& items) { spill->keys(places[d], items); },
      [&](std::size_t d) { return spill->load(places[d]); }};
  return detail::resolve(std::move(docs), true, &source);
}

}  // namespace kg
