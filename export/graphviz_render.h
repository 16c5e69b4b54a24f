#pragma once
// Pictures of the graph: our DOT piped through the Graphviz programs.
#include <cstddef>
#include <ostream>
#include <string>
#include <string_view>

#include "graph/knowledge_graph.h"

namespace kg {

enum class ImageFormat { Svg, Png };

struct RenderOptions {
  /// Directories searched for the Graphviz programs, PATH-style; empty means $PATH.
  std::string search_path;
  /// `dot`'s layered layout reads best but grows slow and tangled on big graphs; above
  /// this many nodes the force-directed `sfdp` is used instead.
  std::size_t sfdp_above = 150;
};

/// "dot" or "sfdp", whichever render_image runs for a graph of `node_count` nodes.
std::string_view layout_program(std::size_t node_count, const RenderOptions& options = {});

/// Throws std::runtime_error saying how to install Graphviz unless `dot` and `sfdp` are
/// found; lets a caller fail before doing any work.
void require_graphviz(const RenderOptions& options = {});

/// Writes `graph` as an SVG or PNG image drawn by Graphviz. Runs the layout program on a
/// temporary DOT file (never through a shell) and copies its output to `out`. Throws
/// std::runtime_error when the program is not installed, fails, or is killed, with its
/// first error lines; or when the stream fails.
void render_image(std::ostream& out, const KnowledgeGraph& graph, ImageFormat format,
                  const RenderOptions& options = {});

}  // namespace kg
