#include "export/presentation.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <stdexcept>

namespace kg::presentation {
namespace {

struct TypeStyle {
  EntityType type;
  Rgb color;
  std::string_view fill;
};

// Tableau 10 hues and their light tints: distinct for colour-blind readers too.
constexpr TypeStyle kStyles[] = {
    {EntityType::Person, {78, 121, 167}, "#a0cbe8"},
    {EntityType::Org, {242, 142, 43}, "#ffbe7d"},
    {EntityType::Gpe, {89, 161, 79}, "#8cd17d"},
    {EntityType::Event, {225, 87, 89}, "#ff9d9a"},
};

const TypeStyle& style(EntityType type) {
  for (const auto& s : kStyles)
    if (s.type == type) return s;
  return kStyles[0];
}

}  // namespace

Rgb entity_color(EntityType type) { return style(type).color; }
std::string_view entity_fill(EntityType type) { return style(type).fill; }

double node_size(const EntityNode& node) {
  const double size = 10.0 + 5.0 * std::sqrt(static_cast<double>(node.mentions));
  return std::round(size * 10.0) / 10.0;  // one decimal: readable, and still exact per platform
}

std::string edge_label(const FactEdge& edge) {
  std::string text(label(edge.relation));
  if (!edge.title.empty()) text += ": " + edge.title;
  return text;
}

std::vector<std::string> edge_documents(const FactEdge& edge) {
  std::vector<std::string> docs;
  for (const auto& e : edge.evidence) docs.push_back(e.doc);
  std::sort(docs.begin(), docs.end());
  docs.erase(std::unique(docs.begin(), docs.end()), docs.end());
  return docs;
}

std::string edge_date(const FactEdge& edge) {
  std::string earliest;
  for (const auto& e : edge.evidence)
    if (!e.date.empty() && (earliest.empty() || e.date < earliest)) earliest = e.date;
  return earliest;
}

std::string_view edge_evidence(const KnowledgeGraph& graph, const FactEdge& edge) {
  return edge_evidence(GraphEdges(graph), edge);
}

std::string_view edge_evidence(const EdgeSource& edges, const FactEdge& edge) {
  return edge.evidence.empty() ? std::string_view() : edges.evidence_text(edge.evidence.front());
}

std::string join(const std::vector<std::string>& items, std::string_view separator) {
  std::string text;
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (i > 0) text += separator;
    text += items[i];
  }
  return text;
}

std::string format_double(double value) {
  char buffer[64];
  auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, value);
  if (ec != std::errc()) throw std::logic_error("format_double: buffer too small");
  return std::string(buffer, end);
}

}  // namespace kg::presentation
