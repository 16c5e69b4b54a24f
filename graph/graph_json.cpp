// Placeholder: implemented by the graph-file owner.
#include "graph/graph_json.h"

#include <stdexcept>

namespace kg {
void write_graph_json(std::ostream&, const KnowledgeGraph&) { throw std::runtime_error("graph JSON not implemented"); }
KnowledgeGraph parse_graph_json(std::string_view, const std::string&) { throw std::runtime_error("graph JSON not implemented"); }
KnowledgeGraph load_graph_json(const std::filesystem::path&) { throw std::runtime_error("graph JSON not implemented"); }
}  // namespace kg
