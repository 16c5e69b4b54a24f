// libFuzzer harness for the graph file loader: any bytes either load or throw
// kg::InputError; what loads must save -> load -> save byte-identically.
#include <cstddef>
#include <cstdint>
#include <sstream>
#include <string_view>

#include "extract/input_error.h"
#include "fuzz_checks.h"
#include "graph/graph_json.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, std::size_t size) {
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  kg::KnowledgeGraph graph;
  try {
    graph = kg::parse_graph_json(bytes, "fuzz.json");
  } catch (const kg::InputError& e) {
    kg::fuzz::require(e.file() == "fuzz.json", "a loader error names the file");
    return 0;
  }
  std::ostringstream first;
  kg::write_graph_json(first, graph);
  kg::fuzz::require(kg::fuzz::valid_utf8(first.str()), "saved graph file is valid UTF-8");
  kg::KnowledgeGraph again;
  try {
    again = kg::parse_graph_json(first.str(), "saved.json");
  } catch (const kg::InputError& e) {
    kg::fuzz::fail("a saved graph file does not load again");
  }
  std::ostringstream second;
  kg::write_graph_json(second, again);
  kg::fuzz::require(first.str() == second.str(), "save -> load -> save is byte-identical");
  return 0;
}
