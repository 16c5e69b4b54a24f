#pragma once
// What the graph file reader accepts (docs/graph-json.md): the members of each entry kind
// with their types, and the per-object scratch the SAX handler fills. Internal to
// graph_json_handler.cpp and graph_json_reader.cpp.
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace kg::detail {

enum class JsonKind { Null, Bool, Number, String, Object, Array };

std::string_view kind_name(JsonKind kind);

/// One SAX event's value.
struct JsonValue {
  JsonKind kind = JsonKind::Null;
  std::string_view text;               // for strings
  std::optional<std::uint64_t> whole;  // for non-negative integers
  bool boolean = false;
};

enum class FieldType { String, Uint32, Number, Bool, StringList, EvidenceList, Any };
struct Field {
  std::string_view name;
  FieldType type;
  bool required;
};
struct Schema {
  std::string_view what;
  std::span<const Field> fields;
};

using FT = FieldType;
inline constexpr Field kDocumentFields[] = {{"id", FT::String, true},      {"date", FT::String, false},
                                            {"source", FT::String, false}, {"url", FT::String, false},
                                            {"sentences", FT::Uint32, false}};
inline constexpr Field kNodeFields[] = {{"id", FT::String, true},        {"label", FT::String, true},
                                        {"type", FT::String, true},      {"aliases", FT::StringList, false},
                                        {"mentions", FT::Uint32, false}, {"documents", FT::StringList, false},
                                        {"country", FT::String, false},  {"titles", FT::StringList, false}};
inline constexpr Field kLinkFields[] = {{"source", FT::String, true},   {"target", FT::String, true},
                                        {"relation", FT::String, true}, {"key", FT::Any, false},
                                        {"title", FT::String, false},   {"weight", FT::Number, false},
                                        {"evidence", FT::EvidenceList, true}};
inline constexpr Field kEvidenceFields[] = {
    {"doc", FT::String, true},             {"sentence", FT::Uint32, true},
    {"sentence_begin", FT::Uint32, false}, {"sentence_end", FT::Uint32, false},
    {"subject_begin", FT::Uint32, false},  {"subject_end", FT::Uint32, false},
    {"object_begin", FT::Uint32, false},   {"object_end", FT::Uint32, false},
    {"text", FT::String, false},           {"date", FT::String, false}};
inline constexpr Schema kDocument{"document", kDocumentFields}, kNode{"node", kNodeFields},
    kLink{"link", kLinkFields}, kEvidence{"evidence", kEvidenceFields};

/// The members of the object being read, one slot per schema field. Slots are reset in
/// place between objects, so reading millions of entries does not reallocate them.
struct Frame {
  struct Slot {
    bool seen = false;
    std::size_t at = 0;
    std::string text;
    std::uint32_t number = 0;
    std::vector<std::string> list;
  };
  const Schema* schema = nullptr;
  std::size_t at = 0;
  int field = -1;  // the member being read; -1 while skipping an unknown one
  std::vector<Slot> slots;

  void open(const Schema& s, std::size_t where) {
    schema = &s;
    at = where;
    slots.resize(s.fields.size());
    for (Slot& slot : slots) {
      slot.seen = false;
      slot.at = 0;
      slot.text.clear();
      slot.number = 0;
      slot.list.clear();
    }
  }
  const Field& current() const { return schema->fields[static_cast<std::size_t>(field)]; }
  Slot& slot() { return slots[static_cast<std::size_t>(field)]; }
  std::string take(std::size_t i) { return std::move(slots[i].text); }
};

enum class RootKey { Format, Version, Directed, Multigraph, Graph, Documents, Nodes, Links, Unknown };
inline constexpr std::string_view kRootKeys[] = {"format", "version", "directed", "multigraph",
                                                 "graph",  "documents", "nodes", "links"};

}  // namespace kg::detail
