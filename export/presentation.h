#pragma once
// What every writer shows the same way: colours per entity type, node sizes, the
// human-readable edge label, the documents and date behind an edge. Kept in one place so
// that GraphML, GEXF, DOT and CSV agree with each other.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "graph/edge_source.h"
#include "graph/knowledge_graph.h"

namespace kg::presentation {

struct Rgb {
  std::uint8_t r = 0, g = 0, b = 0;
};

/// A saturated colour per type (Gephi node colour).
Rgb entity_color(EntityType type);
/// A light tint of the same hue as "#rrggbb", readable as a fill behind black text (DOT).
std::string_view entity_fill(EntityType type);

/// Node size for viewers: grows with the square root of mentions so that one
/// much-mentioned person does not dwarf everyone; rounded to one decimal. sqrt and round
/// are correctly rounded, so the value is the same on every platform.
double node_size(const EntityNode& node);

/// "holds position: Deputy Foreign Minister", or the relation label alone when untitled.
std::string edge_label(const FactEdge& edge);
/// Distinct document ids of the edge's evidence, sorted.
std::vector<std::string> edge_documents(const FactEdge& edge);
/// Earliest known evidence date (YYYY-MM-DD), or "" when none is known.
std::string edge_date(const FactEdge& edge);
/// The sentence shown for an edge: the first evidence in evidence order (earliest
/// document, then sentence), or "" for an edge without evidence; valid until the next call
/// on this thread (KnowledgeGraph::evidence_text).
std::string_view edge_evidence(const KnowledgeGraph& graph, const FactEdge& edge);
/// The same for an edge of `edges` (EdgeSource::evidence_text).
std::string_view edge_evidence(const EdgeSource& edges, const FactEdge& edge);

/// Joins with " | ", the separator every list-valued text attribute uses.
std::string join(const std::vector<std::string>& items, std::string_view separator = " | ");
/// Shortest text that reads back as the same double ("2", "17.5"): locale-free, stable.
std::string format_double(double value);

}  // namespace kg::presentation
