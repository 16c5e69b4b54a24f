#include "cli/output_formats.h"

#include <array>
#include <map>
#include <ostream>
#include <stdexcept>
#include <string_view>

#include "cli/output_file.h"
#include "export/dot_writer.h"
#include "export/gexf_writer.h"
#include "export/graphml_writer.h"
#include "export/graphviz_render.h"
#include "export/neo4j_csv.h"
#include "extract/input_error.h"
#include "graph/graph_json.h"
#include "store/store_writer.h"

namespace kg::cli {
namespace {

namespace fs = std::filesystem;
using StreamWriter = void (*)(std::ostream&, const KnowledgeGraph&);

void write_svg(std::ostream& out, const KnowledgeGraph& graph) { render_image(out, graph, ImageFormat::Svg); }
void write_png(std::ostream& out, const KnowledgeGraph& graph) { render_image(out, graph, ImageFormat::Png); }

// Every format writes one file, except Neo4j's import, which wants nodes and
// relationships apart. A null `write` marks that case.
struct Format {
  std::string_view extension;
  StreamWriter write;
  bool needs_graphviz = false;
};

constexpr std::array<Format, 8> kFormats{{
    {".graphml", &write_graphml},
    {".gexf", &write_gexf},
    {".dot", &write_dot},
    {".svg", &write_svg, true},
    {".png", &write_png, true},
    {".csv", nullptr},
    {".json", &write_graph_json},
    {".kgdb", &write_store},
}};

const Format* find_format(const fs::path& path) {
  auto ext = path.extension().string();
  for (char& c : ext)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  for (const auto& f : kFormats)
    if (f.extension == ext) return &f;
  return nullptr;
}

OutputJob job(const fs::path& path, StreamWriter write, const KnowledgeGraph& graph) {
  return {path, [write, &graph](std::ostream& out) { write(out, graph); }};
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

void check_output_path(const fs::path& path) {
  const Format* format = find_format(path);
  if (!format) throw InputError("unknown output format (expected " + known_output_extensions() + ")", path.string());
  if (format->needs_graphviz) {
    try {
      require_graphviz();
    } catch (const std::runtime_error& e) {
      throw InputError(e.what(), path.string());
    }
  }
}

void check_output_list(const std::vector<std::string>& outputs) {
  std::map<std::string, std::string> named_by;
  for (const auto& out : outputs) {
    check_output_path(out);
    for (const auto& file : output_files(out)) {
      check_output_target(file);
      auto [it, fresh] = named_by.emplace(fs::weakly_canonical(file).string(), out);
      if (!fresh)
        throw InputError("the same output file is named twice (by -o " + it->second + " and -o " + out + ")",
                         file.string());
    }
  }
}

std::vector<fs::path> output_files(const fs::path& path) {
  const Format* format = find_format(path);
  if (!format || format->write) return {path};
  fs::path stem = path.parent_path() / path.stem();
  for (std::string_view part : {".nodes", ".relationships"})
    if (stem.extension() == part) stem.replace_extension();
  const std::string ext = path.extension().string();
  return {stem.string() + ".nodes" + ext, stem.string() + ".relationships" + ext};
}

std::vector<OutputJob> output_jobs(const fs::path& path, const KnowledgeGraph& graph) {
  check_output_path(path);
  const Format* format = find_format(path);
  if (format->write) return {job(path, format->write, graph)};
  const auto files = output_files(path);
  return {job(files.at(0), &write_neo4j_nodes, graph), job(files.at(1), &write_neo4j_relationships, graph)};
}

void stage_output(OutputSet& set, const fs::path& path, const KnowledgeGraph& graph) {
  for (const auto& j : output_jobs(path, graph)) set.stage(j.target, j.write);
}

void write_output(const fs::path& path, const KnowledgeGraph& graph) {
  OutputSet set;
  stage_output(set, path, graph);
  set.commit();
}

}  // namespace kg::cli
