#include "extract/document_reader.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <iostream>
#include <iterator>
#include <map>
#include <sstream>

#include "extract/input_error.h"

namespace kg {
namespace fs = std::filesystem;

std::vector<InputSource> expand_inputs(const std::vector<std::string>& inputs) {
  std::vector<InputSource> sources;
  for (const auto& input : inputs) {
    if (input == "-") {
      sources.push_back({"-", "stdin"});
      continue;
    }
    fs::path path(input);
    std::error_code ec;
    auto status = fs::status(path, ec);
    if (ec || !fs::exists(status)) throw InputError("no such file or directory", input);
    if (fs::is_directory(status)) {
      std::vector<fs::path> found;
      for (auto it = fs::recursive_directory_iterator(path, fs::directory_options::skip_permission_denied, ec);
           !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
        if (it->is_regular_file() && it->path().extension() == ".txt") found.push_back(it->path());
      }
      if (ec) throw InputError(std::string("cannot list directory: ") + ec.message(), input);
      std::sort(found.begin(), found.end());
      for (auto& f : found) sources.push_back({f, f.stem().string()});
    } else if (fs::is_regular_file(status)) {
      sources.push_back({path, path.stem().string()});
    } else {
      throw InputError("not a regular file or directory", input);
    }
  }
  // Ids must be unique: qualify clashing ones with their parent folder.
  std::map<std::string, int> count;
  for (const auto& s : sources) ++count[s.id];
  for (auto& s : sources)
    if (count[s.id] > 1 && s.path != "-")
      s.id = (s.path.parent_path().filename() / s.path.stem()).generic_string();
  return sources;
}

Document read_document(const InputSource& source) {
  Document doc;
  doc.id = source.id;
  doc.path = source.path.string();
  if (source.path == "-") {
    doc.text.assign(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
    return doc;
  }
  std::ifstream in(source.path, std::ios::binary);
  if (!in) throw InputError(std::string("cannot open: ") + std::strerror(errno), doc.path);
  std::ostringstream buffer;
  buffer << in.rdbuf();
  if (in.bad()) throw InputError("read error", doc.path);
  doc.text = std::move(buffer).str();
  return doc;
}

}  // namespace kg
