#include "graph/graph_builder.h"

#include <utility>

namespace kg {

detail::CompactDocument GraphBuilder::prepare(DocumentExtraction extraction) {
  return detail::compact(std::move(extraction));
}

void GraphBuilder::add(detail::CompactDocument prepared) { docs_.push_back(std::move(prepared)); }

ResolveResult GraphBuilder::build() {
  auto docs = std::move(docs_);
  docs_.clear();
  return detail::resolve(std::move(docs));
}

}  // namespace kg
