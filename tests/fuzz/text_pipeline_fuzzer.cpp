// libFuzzer harness for the text pipeline: any bytes as a document go through the input
// checks, extraction, the name cap, resolution and every text writer. Refusals must be kg::InputError;
// outputs must be valid: XML without forbidden characters, JSON that loads back, UTF-8.
#include <cstddef>
#include <cstdint>
#include <sstream>
#include <string_view>
#include <vector>

#include "export/dot_writer.h"
#include "export/gexf_writer.h"
#include "export/graphml_writer.h"
#include "export/neo4j_csv.h"
#include "extract/extractor.h"
#include "extract/input_error.h"
#include "extract/name_cap.h"
#include "extract/text_check.h"
#include "fuzz_checks.h"
#include "graph/graph_json.h"
#include "graph/resolver.h"

namespace {

using kg::fuzz::require;

template <typename Writer>
std::string render(Writer write, const kg::KnowledgeGraph& graph) {
  std::ostringstream out;
  write(out, graph);
  return std::move(out).str();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, std::size_t size) {
  kg::Document doc;
  doc.id = "fuzz";
  doc.path = "fuzz.txt";
  doc.text.assign(reinterpret_cast<const char*>(data), size);
  try {
    kg::refuse_non_text(doc.text, doc.path);
  } catch (const kg::InputError& e) {
    require(e.file() == "fuzz.txt", "a refusal names the file");
    return 0;
  }
  auto facts = kg::scan_text(doc.text);
  require(facts.invalid_sequences == 0 || facts.first_invalid < size, "the first invalid sequence lies inside");
  auto extraction = kg::extract(doc);
  require(extraction.invalid_utf8 == facts.invalid_sequences, "scan_text counts what NormalizedText replaces");
  kg::cap_entity_names(extraction);
  for (const auto& entity : extraction.entities) {
    require(!entity.name.empty() && entity.name.size() <= kg::kMaxNameBytes, "entity names are 1..max bytes");
    require(kg::fuzz::xml_safe_utf8(entity.name), "entity names are XML-safe UTF-8");
    for (const auto& m : entity.mentions)
      require(m.range.begin <= m.range.end && m.range.end <= size, "mention ranges lie inside the input");
  }
  std::vector<kg::DocumentExtraction> all;
  all.push_back(std::move(extraction));
  auto resolved = kg::build_graph(std::move(all));
  const auto& graph = resolved.graph;

  require(kg::fuzz::xml_safe_utf8(render(&kg::write_graphml, graph)), "GraphML is XML-safe UTF-8");
  require(kg::fuzz::xml_safe_utf8(render(&kg::write_gexf, graph)), "GEXF is XML-safe UTF-8");
  require(kg::fuzz::valid_utf8(render(&kg::write_dot, graph)), "DOT is UTF-8");
  require(kg::fuzz::valid_utf8(render(&kg::write_neo4j_nodes, graph)), "CSV nodes are UTF-8");
  require(kg::fuzz::valid_utf8(render(&kg::write_neo4j_relationships, graph)), "CSV relationships are UTF-8");
  std::string json = render(&kg::write_graph_json, graph);
  try {
    auto again = kg::parse_graph_json(json, "fuzz.json");
    require(render(&kg::write_graph_json, again) == json, "graph file round trip is byte-identical");
  } catch (const kg::InputError&) {
    kg::fuzz::fail("the graph file written for a document does not load");
  }
  return 0;
}
