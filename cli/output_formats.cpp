#include "cli/output_formats.h"

#include <array>
#include <functional>
#include <ostream>
#include <string_view>

#include "cli/output_file.h"
#include "export/dot_writer.h"
#include "export/graphml_writer.h"
#include "extract/input_error.h"
#include "graph/graph_json.h"

namespace kg::cli {
namespace {

struct Format {
  std::string_view extension;
  void (*write)(std::ostream&, const KnowledgeGraph&);
};

constexpr std::array<Format, 3> kFormats{{
    {".graphml", &write_graphml},
    {".dot", &write_dot},
    {".json", &write_graph_json},
}};

const Format* find_format(const std::filesystem::path& path) {
  auto ext = path.extension().string();
  for (const auto& f : kFormats)
    if (f.extension == ext) return &f;
  return nullptr;
}

}  // namespace

std::string known_output_extensions() {
  std::string list;
  for (const auto& f : kFormats) {
    if (!list.empty()) list += ", ";
    list += f.extension;
  }
  return list;
}

void check_output_path(const std::filesystem::path& path) {
  if (!find_format(path))
    throw InputError("unknown output format (expected " + known_output_extensions() + ")", path.string());
}

void write_output(const std::filesystem::path& path, const KnowledgeGraph& graph) {
  check_output_path(path);
  const Format* format = find_format(path);
  write_atomically(path, [&](std::ostream& out) { format->write(out, graph); });
}

}  // namespace kg::cli
