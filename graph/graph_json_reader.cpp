// Reading the graph file (graph/graph_json.h); the SAX state machine is in
// graph_json_handler.cpp, writing in graph_json_writer.cpp.
#include "graph/graph_json.h"

#include <cctype>
#include <fstream>

#include <rapidjson/error/en.h>
#include <rapidjson/memorystream.h>
#include <rapidjson/reader.h>

#include "extract/input_error.h"
#include "graph/graph_json_handler.h"

namespace kg {
namespace {

std::string parse_error_message(rapidjson::ParseErrorCode code) {
  std::string text = rapidjson::GetParseError_En(code);
  if (!text.empty()) text[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(text[0])));
  if (!text.empty() && text.back() == '.') text.pop_back();
  return "invalid JSON: " + text;
}

}  // namespace

KnowledgeGraph parse_graph_json(std::string_view bytes, const std::string& file_name) {
  // rapidjson reads a NUL as the end of input; JSON never allows a raw one.
  if (auto nul = bytes.find('\0'); nul != std::string_view::npos)
    throw detail::error_at(bytes, file_name, nul, "invalid JSON: NUL byte");
  rapidjson::MemoryStream stream(bytes.data(), bytes.size());
  detail::GraphJsonHandler handler(bytes, file_name, stream);
  rapidjson::Reader reader;
  // Iterative: the recursive parser overflows the stack on deeply nested input.
  auto result = reader.Parse<rapidjson::kParseIterativeFlag | rapidjson::kParseValidateEncodingFlag>(stream, handler);
  if (handler.error()) throw *handler.error();
  if (result.IsError()) throw detail::error_at(bytes, file_name, result.Offset(), parse_error_message(result.Code()));
  return handler.finish();
}

KnowledgeGraph load_graph_json(const std::filesystem::path& path) {
  std::error_code ec;
  auto status = std::filesystem::status(path, ec);
  if (!std::filesystem::exists(status)) throw InputError("no such graph file", path.string());
  if (std::filesystem::is_directory(status)) throw InputError("is a directory, not a graph file", path.string());
  std::ifstream in(path, std::ios::binary | std::ios::ate);
  if (!in) throw InputError("cannot open graph file", path.string());
  std::string bytes(static_cast<std::size_t>(in.tellg()), '\0');
  in.seekg(0);
  if (!in.read(bytes.data(), static_cast<std::streamsize>(bytes.size())))
    throw InputError("cannot read graph file", path.string());
  return parse_graph_json(bytes, path.string());
}

}  // namespace kg
