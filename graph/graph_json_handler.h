#pragma once
// The SAX handler behind parse_graph_json (graph/graph_json.h). Graph files reach millions
// of links and a DOM would hold several times the file size, so the reader is a small state
// machine keyed by nesting depth (root → lists → entries → evidence). Values the schema
// does not know are skipped with a depth counter, never by recursion, so deep nesting
// cannot overflow. Entries go into the graph as they are read: when "nodes" comes before
// "links" (as kgraph writes it), no link is held beyond its own object.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include <rapidjson/memorystream.h>
#include <rapidjson/reader.h>

#include "extract/input_error.h"
#include "graph/graph_json_schema.h"
#include "graph/knowledge_graph.h"

namespace kg::detail {

/// An InputError at byte `offset` of `bytes`, as line:column (columns count code points).
InputError error_at(std::string_view bytes, const std::string& file, std::size_t offset, std::string message);

class GraphJsonHandler {
 public:
  GraphJsonHandler(std::string_view bytes, const std::string& file, const rapidjson::MemoryStream& stream)
      : bytes_(bytes), file_(file), stream_(stream) {}

  bool Null() { return value(JsonValue{JsonKind::Null, {}, {}, false}); }
  bool Bool(bool b) { return value(JsonValue{JsonKind::Bool, {}, {}, b}); }
  bool Int(int i) { return Int64(i); }
  bool Uint(unsigned u) { return Uint64(u); }
  bool Int64(std::int64_t i) { return i < 0 ? Double(0) : Uint64(static_cast<std::uint64_t>(i)); }
  bool Uint64(std::uint64_t u) { return value(JsonValue{JsonKind::Number, {}, u, false}); }
  bool Double(double) { return value(JsonValue{JsonKind::Number, {}, std::nullopt, false}); }
  bool RawNumber(const char*, rapidjson::SizeType, bool) { return Double(0); }
  bool String(const char* s, rapidjson::SizeType n, bool) {
    return value(JsonValue{JsonKind::String, {s, n}, {}, false});
  }
  bool StartObject() { return value(JsonValue{JsonKind::Object, {}, {}, false}); }
  bool StartArray() { return value(JsonValue{JsonKind::Array, {}, {}, false}); }
  bool EndObject(rapidjson::SizeType) { return close(); }
  bool EndArray(rapidjson::SizeType) { return close(); }
  bool Key(const char* s, rapidjson::SizeType n, bool);

  const std::optional<InputError>& error() const { return error_; }
  /// The graph, once the whole input was accepted; throws for links to unknown nodes.
  KnowledgeGraph finish();

 private:
  // A link whose ends were not known when it was read ("links" before "nodes").
  struct PendingLink {
    std::string source, target;
    std::size_t source_at = 0, target_at = 0;
    Relation relation = Relation::MetWith;
    std::string title;
    std::vector<Evidence> evidence;
  };

  std::size_t here() const;
  bool done(bool container) {
    last_end_ = stream_.Tell() + (container ? 1 : 0);  // brackets are reported before they are read
    return true;
  }
  bool fail(std::size_t at, std::string message);
  bool expected(std::size_t at, std::string_view what, std::string_view name, std::string_view kind, JsonKind got);
  bool value(const JsonValue& v);
  bool root_value(const JsonValue& v, std::size_t at);
  bool member_value(Frame& frame, const JsonValue& v, std::size_t at);
  bool close();
  bool missing_required(const Frame& frame);
  bool finish_entry();
  bool finish_node();
  bool finish_link();
  bool finish_evidence();
  bool open_container() {
    ++depth_;
    return done(true);
  }
  bool skip(const JsonValue& v) {
    if (v.kind != JsonKind::Object && v.kind != JsonKind::Array) return done(false);
    skip_until_ = ++depth_;
    return done(true);
  }
  void add_link(NodeId source, NodeId target, Relation relation, const std::string& title,
                std::vector<Evidence>& evidence);
  std::optional<NodeId> node_of(std::string_view id) const;

  std::string_view bytes_;
  const std::string& file_;
  const rapidjson::MemoryStream& stream_;
  std::optional<InputError> error_;
  std::size_t last_end_ = 0, root_at_ = 0;
  int depth_ = 0, skip_until_ = 0;
  RootKey root_key_ = RootKey::Unknown, list_ = RootKey::Unknown;
  unsigned root_seen_ = 0;
  Frame entry_, evidence_;
  std::vector<Evidence> entry_evidence_;
  KnowledgeGraph graph_;
  // Node ids as kgraph writes them ("n0", "n1", ... in order) are resolved by parsing;
  // the map is filled only once a file uses other ids.
  bool canonical_ids_ = true;
  std::unordered_map<std::string, NodeId> node_ids_;
  std::vector<PendingLink> pending_;
};

}  // namespace kg::detail
