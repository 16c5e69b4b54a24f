// Placeholder: implemented by the export owner.
#include <stdexcept>
#include "export/dot_writer.h"
#include "export/graphml_writer.h"
namespace kg {
void write_graphml(std::ostream&, const KnowledgeGraph&) { throw std::runtime_error("GraphML not implemented"); }
void write_dot(std::ostream&, const KnowledgeGraph&) { throw std::runtime_error("DOT not implemented"); }
}  // namespace kg
