#include "cli/graph_loader.h"

#include <algorithm>
#include <cctype>
#include <string>

#include "graph/graph_json.h"
#include "store/store_reader.h"

namespace kg::cli {

bool is_store_path(const std::filesystem::path& path) {
  std::string ext = path.extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return ext == ".kgdb" || is_sqlite_file(path);
}

KnowledgeGraph load_graph(const std::filesystem::path& path) {
  return is_store_path(path) ? load_store(path) : load_graph_json(path);
}

}  // namespace kg::cli
