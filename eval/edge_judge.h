#pragma once
// Internal to kg::eval: is a graph edge right? The rules are stated in eval/score.h.
#include <string>
#include <vector>

#include "eval/combined_gold.h"
#include "graph/knowledge_graph.h"

namespace kg::detail {

enum class EdgeVerdict {
  Unscored,  // no document its evidence cites has a gold file
  Correct,
  Wrong,
};

/// The documents an edge rests on: those its evidence cites, sorted and unique; an edge
/// without evidence (hand-built graphs) rests on its two nodes' documents.
std::vector<std::string> edge_documents(const KnowledgeGraph& graph, EdgeId edge);

/// One verdict per edge, indexed by edge id. `gold` must have been matched to `graph`.
std::vector<EdgeVerdict> judge_edges(const KnowledgeGraph& graph, const CombinedGold& gold);

}  // namespace kg::detail
