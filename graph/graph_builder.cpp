#include "graph/graph_builder.h"

#include <utility>

namespace kg {

void GraphBuilder::add(DocumentExtraction extraction) { docs_.push_back(detail::compact(std::move(extraction))); }

ResolveResult GraphBuilder::build() {
  auto docs = std::move(docs_);
  docs_.clear();
  return detail::resolve(std::move(docs));
}

}  // namespace kg
