// Extracts one sentence, resolves it into a graph and writes GraphML to stdout, through the
// installed headers and libraries only.
#include <iostream>
#include <vector>

#include <export/graphml_writer.h>
#include <extract/extractor.h>
#include <graph/resolver.h>

int main() {
  kg::Document doc;
  doc.id = "consumer";
  doc.text = "Foreign Minister Mukhtar Tileuberdi met Turkish Foreign Minister Mevlut Cavusoglu in Astana.\n";
  std::vector<kg::DocumentExtraction> extractions;
  extractions.push_back(kg::extract(doc));
  auto resolved = kg::build_graph(std::move(extractions));
  if (resolved.graph.node_count() == 0) return 1;
  kg::write_graphml(std::cout, resolved.graph);
  return std::cout ? 0 : 1;
}
