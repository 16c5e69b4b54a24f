#include "graph/graph_json.h"

#include <algorithm>
#include <cctype>
#include <fstream>
#include <optional>
#include <span>
#include <stdexcept>
#include <unordered_map>

#include <rapidjson/error/en.h>
#include <rapidjson/memorystream.h>
#include <rapidjson/reader.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include "extract/input_error.h"

namespace kg {
namespace {

using JsonWriter = rapidjson::Writer<rapidjson::StringBuffer>;

// Length of the well-formed UTF-8 sequence at s[i], or 0 if it is ill-formed (overlong
// forms, surrogates and code points above U+10FFFF included, as RFC 3629 demands).
std::size_t utf8_sequence(std::string_view s, std::size_t i) {
  auto byte = [&](std::size_t k) { return i + k < s.size() ? static_cast<unsigned char>(s[i + k]) : 0u; };
  unsigned b0 = byte(0);
  auto cont = [&](std::size_t k, unsigned lo = 0x80, unsigned hi = 0xBF) {
    return byte(k) >= lo && byte(k) <= hi;
  };
  if (b0 < 0x80) return 1;
  if (b0 >= 0xC2 && b0 <= 0xDF) return cont(1) ? 2 : 0;
  if (b0 == 0xE0) return cont(1, 0xA0) && cont(2) ? 3 : 0;
  if (b0 == 0xED) return cont(1, 0x80, 0x9F) && cont(2) ? 3 : 0;
  if (b0 >= 0xE1 && b0 <= 0xEF) return cont(1) && cont(2) ? 3 : 0;
  if (b0 == 0xF0) return cont(1, 0x90) && cont(2) && cont(3) ? 4 : 0;
  if (b0 >= 0xF1 && b0 <= 0xF3) return cont(1) && cont(2) && cont(3) ? 4 : 0;
  if (b0 == 0xF4) return cont(1, 0x80, 0x8F) && cont(2) && cont(3) ? 4 : 0;
  return 0;
}

// Graph data can come from anywhere (hand-built graphs, other tools); the file must stay
// valid UTF-8 so that every JSON reader accepts it. Each invalid byte becomes U+FFFD.
void put(JsonWriter& w, std::string_view s) {
  std::string clean;
  bool dirty = false;
  for (std::size_t i = 0; i < s.size();) {
    std::size_t n = utf8_sequence(s, i);
    if (n == 0 && !dirty) {
      clean.assign(s.substr(0, i));
      dirty = true;
    }
    if (n == 0) {
      clean += "\xEF\xBF\xBD";
      ++i;
    } else {
      if (dirty) clean.append(s.substr(i, n));
      i += n;
    }
  }
  if (dirty) s = clean;
  w.String(s.data(), static_cast<rapidjson::SizeType>(s.size()));
}

void put(JsonWriter& w, std::string_view key, std::string_view value) {
  put(w, key);
  put(w, value);
}

void put(JsonWriter& w, std::string_view key, std::uint64_t value) {
  put(w, key);
  w.Uint64(value);
}

void put_list(JsonWriter& w, std::string_view key, const std::vector<std::string>& values) {
  put(w, key);
  w.StartArray();
  for (const auto& v : values) put(w, v);
  w.EndArray();
}

void write_evidence(JsonWriter& w, const Evidence& e) {
  w.StartObject();
  put(w, "doc", e.doc);
  put(w, "sentence", e.sentence);
  put(w, "sentence_begin", e.sentence_range.begin);
  put(w, "sentence_end", e.sentence_range.end);
  put(w, "subject_begin", e.subject_range.begin);
  put(w, "subject_end", e.subject_range.end);
  put(w, "object_begin", e.object_range.begin);
  put(w, "object_end", e.object_range.end);
  put(w, "text", e.text);
  put(w, "date", e.date);
  w.EndObject();
}

std::string node_id(NodeId id) { return "n" + std::to_string(id); }

// One array entry per line: the file stays diffable and greppable at any size.
template <class Write>
void write_lines(std::ostream& out, std::string_view name, std::size_t count, Write write_entry, bool last) {
  out << "  \"" << name << "\": [";
  rapidjson::StringBuffer buffer;
  for (std::size_t i = 0; i < count; ++i) {
    buffer.Clear();
    JsonWriter w(buffer);
    write_entry(w, i);
    out << (i ? ",\n    " : "\n    ") << buffer.GetString();
  }
  out << (count ? "\n  ]" : "]") << (last ? "\n" : ",\n");
}


// ---- reading -------------------------------------------------------------------------
// A SAX reader: graph files reach millions of links, and a DOM would hold several times
// the file size. The schema is flat (root → lists → entries → evidence), so the reader is
// a small state machine keyed by nesting depth; values the schema does not know are
// skipped with a depth counter, never by recursion, so deep nesting cannot overflow.

enum class Kind { Null, Bool, Number, String, Object, Array };

std::string_view kind_name(Kind kind) {
  constexpr std::string_view names[] = {"null", "a boolean", "a number", "a string", "an object", "an array"};
  return names[static_cast<int>(kind)];
}

struct Value {
  Kind kind = Kind::Null;
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
constexpr Field kDocumentFields[] = {{"id", FT::String, true},      {"date", FT::String, false},
                                     {"source", FT::String, false}, {"url", FT::String, false},
                                     {"sentences", FT::Uint32, false}};
constexpr Field kNodeFields[] = {{"id", FT::String, true},          {"label", FT::String, true},
                                 {"type", FT::String, true},        {"aliases", FT::StringList, false},
                                 {"mentions", FT::Uint32, false},   {"documents", FT::StringList, false},
                                 {"country", FT::String, false},    {"titles", FT::StringList, false}};
constexpr Field kLinkFields[] = {{"source", FT::String, true},   {"target", FT::String, true},
                                 {"relation", FT::String, true}, {"key", FT::Any, false},
                                 {"title", FT::String, false},   {"weight", FT::Number, false},
                                 {"evidence", FT::EvidenceList, true}};
constexpr Field kEvidenceFields[] = {
    {"doc", FT::String, true},            {"sentence", FT::Uint32, true},
    {"sentence_begin", FT::Uint32, false}, {"sentence_end", FT::Uint32, false},
    {"subject_begin", FT::Uint32, false}, {"subject_end", FT::Uint32, false},
    {"object_begin", FT::Uint32, false},  {"object_end", FT::Uint32, false},
    {"text", FT::String, false},          {"date", FT::String, false}};
const Schema kDocument{"document", kDocumentFields}, kNode{"node", kNodeFields},
    kLink{"link", kLinkFields}, kEvidence{"evidence", kEvidenceFields};

// The members of the object being read, one slot per schema field.
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
    slots.assign(s.fields.size(), Slot{});
  }
  const Field& current() const { return schema->fields[static_cast<std::size_t>(field)]; }
  Slot& slot() { return slots[static_cast<std::size_t>(field)]; }
  std::string take(std::size_t i) { return std::move(slots[i].text); }
};

enum class RootKey { Format, Version, Directed, Multigraph, Graph, Documents, Nodes, Links, Unknown };
constexpr std::string_view kRootKeys[] = {"format", "version", "directed", "multigraph",
                                          "graph",  "documents", "nodes", "links"};

struct PendingLink {
  std::string source, target;
  std::size_t source_at = 0, target_at = 0;
  Relation relation = Relation::MetWith;
  std::string title;
  std::vector<Evidence> evidence;
};

InputError error_at(std::string_view bytes, const std::string& file, std::size_t offset, std::string message) {
  offset = std::min(offset, bytes.size());
  std::size_t line = 1, column = 1;
  for (std::size_t i = 0; i < offset; ++i) {
    if (bytes[i] == '\n') {
      ++line;
      column = 1;
    } else if ((static_cast<unsigned char>(bytes[i]) & 0xC0) != 0x80) ++column;  // columns count code points
  }
  return InputError(std::move(message), file, line, column);
}

std::string in_quotes(std::string_view s) { return "\"" + std::string(s) + "\""; }

class GraphReader {
 public:
  GraphReader(std::string_view bytes, const std::string& file, const rapidjson::MemoryStream& stream)
      : bytes_(bytes), file_(file), stream_(stream) {}

  bool Null() { return value(Value{Kind::Null, {}, {}, false}); }
  bool Bool(bool b) { return value(Value{Kind::Bool, {}, {}, b}); }
  bool Int(int i) { return Int64(i); }
  bool Uint(unsigned u) { return Uint64(u); }
  bool Int64(std::int64_t i) { return i < 0 ? Double(0) : Uint64(static_cast<std::uint64_t>(i)); }
  bool Uint64(std::uint64_t u) { return value(Value{Kind::Number, {}, u, false}); }
  bool Double(double) { return value(Value{Kind::Number, {}, std::nullopt, false}); }
  bool RawNumber(const char*, rapidjson::SizeType, bool) { return Double(0); }
  bool String(const char* s, rapidjson::SizeType n, bool) { return value(Value{Kind::String, {s, n}, {}, false}); }
  bool StartObject() { return value(Value{Kind::Object, {}, {}, false}); }
  bool StartArray() { return value(Value{Kind::Array, {}, {}, false}); }
  bool EndObject(rapidjson::SizeType) { return close(); }
  bool EndArray(rapidjson::SizeType) { return close(); }
  bool Key(const char* s, rapidjson::SizeType n, bool);

  const std::optional<InputError>& error() const { return error_; }
  KnowledgeGraph finish();

 private:
  // Where the current event's value starts: rapidjson reports scalars after reading them.
  std::size_t here() const {
    std::size_t i = last_end_;
    while (i < bytes_.size() && std::string_view(" \t\r\n,:").find(bytes_[i]) != std::string_view::npos) ++i;
    return i;
  }
  bool done(bool container) {
    last_end_ = stream_.Tell() + (container ? 1 : 0);  // brackets are reported before they are read
    return true;
  }
  bool fail(std::size_t at, std::string message) {
    if (!error_) error_ = error_at(bytes_, file_, at, std::move(message));
    return false;
  }
  bool expected(std::size_t at, std::string_view what, std::string_view name, std::string_view kind, Kind got) {
    return fail(at, std::string(what) + " " + in_quotes(name) + " must be " + std::string(kind) + ", not " +
                        std::string(kind_name(got)));
  }
  bool value(const Value& v);
  bool root_value(const Value& v, std::size_t at);
  bool member_value(Frame& frame, const Value& v, std::size_t at);
  bool close();
  bool finish_entry();
  bool finish_evidence();
  bool open_container() {
    ++depth_;
    return done(true);
  }
  bool skip(const Value& v) {
    if (v.kind != Kind::Object && v.kind != Kind::Array) return done(false);
    skip_until_ = ++depth_;
    return done(true);
  }

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
  std::vector<DocumentInfo> documents_;
  std::vector<EntityNode> nodes_;
  std::unordered_map<std::string, NodeId> node_ids_;
  std::vector<PendingLink> links_;
};

bool GraphReader::Key(const char* s, rapidjson::SizeType n, bool) {
  std::size_t at = here();
  std::string_view key(s, n);
  if (skip_until_ || (depth_ != 1 && depth_ != 3 && depth_ != 5)) return done(false);
  if (depth_ == 1) {
    auto found = std::find(std::begin(kRootKeys), std::end(kRootKeys), key);
    root_key_ = static_cast<RootKey>(found - std::begin(kRootKeys));
    if (root_key_ != RootKey::Unknown && (root_seen_ & (1u << static_cast<int>(root_key_))))
      return fail(at, "duplicate member " + in_quotes(key));
    root_seen_ |= root_key_ == RootKey::Unknown ? 0u : 1u << static_cast<int>(root_key_);
    return done(false);
  }
  Frame& frame = depth_ == 3 ? entry_ : evidence_;
  frame.field = -1;
  for (std::size_t i = 0; i < frame.schema->fields.size(); ++i)
    if (frame.schema->fields[i].name == key) frame.field = static_cast<int>(i);
  if (frame.field >= 0 && frame.slot().seen)
    return fail(at, std::string(frame.schema->what) + " has a duplicate member " + in_quotes(key));
  return done(false);
}

bool GraphReader::value(const Value& v) {
  std::size_t at = here();
  if (skip_until_) return v.kind == Kind::Object || v.kind == Kind::Array ? open_container() : done(false);
  switch (depth_) {
    case 0:
      if (v.kind != Kind::Object) return fail(at, "a graph file must be a JSON object, not " + std::string(kind_name(v.kind)));
      root_at_ = at;
      return open_container();
    case 1: return root_value(v, at);
    case 2: {
      auto name = kRootKeys[static_cast<int>(list_)];
      if (v.kind != Kind::Object) return fail(at, "each entry of " + in_quotes(name) + " must be an object, not " + std::string(kind_name(v.kind)));
      entry_.open(list_ == RootKey::Documents ? kDocument : list_ == RootKey::Nodes ? kNode : kLink, at);
      entry_evidence_.clear();
      return open_container();
    }
    case 3: return member_value(entry_, v, at);
    case 4:
      if (entry_.current().type == FT::StringList) {
        if (v.kind != Kind::String)
          return fail(at, std::string(entry_.schema->what) + " " + in_quotes(entry_.current().name) +
                              " must hold strings, not " + std::string(kind_name(v.kind)));
        entry_.slot().list.emplace_back(v.text);
        return done(false);
      }
      if (v.kind != Kind::Object) return fail(at, "each evidence must be an object, not " + std::string(kind_name(v.kind)));
      evidence_.open(kEvidence, at);
      return open_container();
    default: return member_value(evidence_, v, at);
  }
}

bool GraphReader::root_value(const Value& v, std::size_t at) {
  switch (root_key_) {
    case RootKey::Format:
      if (v.kind != Kind::String) return expected(at, "graph file", "format", "a string", v.kind);
      if (v.text != "kgraph") return fail(at, "unsupported format " + in_quotes(v.text) + " (expected \"kgraph\")");
      return done(false);
    case RootKey::Version:
      if (v.kind != Kind::Number || !v.whole) return expected(at, "graph file", "version", "a whole number", v.kind);
      if (*v.whole != 1) return fail(at, "unsupported version " + std::to_string(*v.whole) + " (this kgraph reads version 1)");
      return done(false);
    case RootKey::Directed:
    case RootKey::Multigraph:
      if (v.kind != Kind::Bool) return expected(at, "graph file", kRootKeys[static_cast<int>(root_key_)], "a boolean", v.kind);
      return done(false);
    case RootKey::Graph:
      if (v.kind != Kind::Object) return expected(at, "graph file", "graph", "an object", v.kind);
      return skip(v);
    case RootKey::Documents:
    case RootKey::Nodes:
    case RootKey::Links:
      if (v.kind != Kind::Array) return expected(at, "graph file", kRootKeys[static_cast<int>(root_key_)], "an array", v.kind);
      list_ = root_key_;
      return open_container();
    case RootKey::Unknown: return skip(v);
  }
  return skip(v);
}

bool GraphReader::member_value(Frame& frame, const Value& v, std::size_t at) {
  if (frame.field < 0) return skip(v);
  const Field& field = frame.current();
  Frame::Slot& slot = frame.slot();
  slot.seen = true;
  slot.at = at;
  auto want = [&](Kind kind, std::string_view noun) {
    return v.kind == kind || expected(at, frame.schema->what, field.name, noun, v.kind);
  };
  switch (field.type) {
    case FT::String:
      if (!want(Kind::String, "a string")) return false;
      slot.text.assign(v.text);
      return done(false);
    case FT::Uint32:
      if (v.kind != Kind::Number || !v.whole || *v.whole > UINT32_MAX)
        return fail(at, std::string(frame.schema->what) + " " + in_quotes(field.name) + " must be a whole number from 0 to 4294967295");
      slot.number = static_cast<std::uint32_t>(*v.whole);
      return done(false);
    case FT::Number: return want(Kind::Number, "a number") && done(false);
    case FT::Bool: return want(Kind::Bool, "a boolean") && done(false);
    case FT::StringList:
    case FT::EvidenceList: return want(Kind::Array, "an array") && open_container();
    case FT::Any: return skip(v);
  }
  return skip(v);
}

bool GraphReader::close() {
  --depth_;
  if (skip_until_) {
    if (depth_ < skip_until_) skip_until_ = 0;
    return done(true);
  }
  bool ok = true;
  if (depth_ == 4) ok = finish_evidence();
  else if (depth_ == 2) ok = finish_entry();
  else if (depth_ == 0) {
    if (!(root_seen_ & (1u << static_cast<int>(RootKey::Format))))
      ok = fail(root_at_, "not a kgraph graph file: \"format\": \"kgraph\" is missing");
    else if (!(root_seen_ & (1u << static_cast<int>(RootKey::Version))))
      ok = fail(root_at_, "graph file \"version\" is missing");
  }
  return ok && done(true);
}

bool missing_required(const Frame& frame, std::string_view bytes, const std::string& file,
                      std::optional<InputError>& error) {
  for (std::size_t i = 0; i < frame.slots.size(); ++i)
    if (frame.schema->fields[i].required && !frame.slots[i].seen) {
      error = error_at(bytes, file, frame.at,
                       std::string(frame.schema->what) + " is missing " + in_quotes(frame.schema->fields[i].name));
      return true;
    }
  return false;
}

bool GraphReader::finish_evidence() {
  if (missing_required(evidence_, bytes_, file_, error_)) return false;
  auto& s = evidence_.slots;
  entry_evidence_.push_back(Evidence{evidence_.take(0), s[1].number, {s[2].number, s[3].number},
                                     {s[4].number, s[5].number}, {s[6].number, s[7].number},
                                     evidence_.take(8), evidence_.take(9)});
  return true;
}

bool GraphReader::finish_entry() {
  if (missing_required(entry_, bytes_, file_, error_)) return false;
  auto& s = entry_.slots;
  if (entry_.schema == &kDocument) {
    documents_.push_back(DocumentInfo{entry_.take(0), entry_.take(1), entry_.take(2), entry_.take(3), s[4].number});
  } else if (entry_.schema == &kNode) {
    auto type = parse_entity_type(s[2].text);
    if (!type) return fail(s[2].at, "unknown entity type " + in_quotes(s[2].text) + " (expected PERSON, ORG, GPE or EVENT)");
    if (!node_ids_.emplace(s[0].text, static_cast<NodeId>(nodes_.size())).second)
      return fail(s[0].at, "duplicate node id " + in_quotes(s[0].text));
    nodes_.push_back(EntityNode{entry_.take(1), *type, std::move(s[3].list), s[4].number,
                                std::move(s[5].list), entry_.take(6), std::move(s[7].list)});
  } else {
    auto relation = parse_relation(s[2].text);
    if (!relation)
      return fail(s[2].at, "unknown relation " + in_quotes(s[2].text) +
                               " (expected holds_position, member_of, part_of, located_in, met_with, "
                               "participated_in or chaired)");
    if (entry_evidence_.empty()) return fail(s[6].at, "link \"evidence\" is empty (every fact needs at least one)");
    links_.push_back(PendingLink{entry_.take(0), entry_.take(1), s[0].at, s[1].at, *relation, entry_.take(4),
                                 std::move(entry_evidence_)});
    entry_evidence_ = {};
  }
  return true;
}

KnowledgeGraph GraphReader::finish() {
  std::vector<std::pair<NodeId, NodeId>> ends;
  ends.reserve(links_.size());
  for (const auto& link : links_) {
    auto source = node_ids_.find(link.source), target = node_ids_.find(link.target);
    if (source == node_ids_.end())
      throw error_at(bytes_, file_, link.source_at, "link source " + in_quotes(link.source) + " is not a node id");
    if (target == node_ids_.end())
      throw error_at(bytes_, file_, link.target_at, "link target " + in_quotes(link.target) + " is not a node id");
    ends.emplace_back(source->second, target->second);
  }
  KnowledgeGraph graph;
  for (auto& doc : documents_) graph.add_document(std::move(doc));
  for (auto& node : nodes_) graph.add_entity(std::move(node));
  for (std::size_t i = 0; i < links_.size(); ++i)
    for (auto& evidence : links_[i].evidence)
      graph.add_fact(ends[i].first, ends[i].second, links_[i].relation, links_[i].title, std::move(evidence));
  return graph;
}

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
    throw error_at(bytes, file_name, nul, "invalid JSON: NUL byte");
  rapidjson::MemoryStream stream(bytes.data(), bytes.size());
  GraphReader handler(bytes, file_name, stream);
  rapidjson::Reader reader;
  // Iterative: the recursive parser overflows the stack on deeply nested input.
  auto result = reader.Parse<rapidjson::kParseIterativeFlag | rapidjson::kParseValidateEncodingFlag>(stream, handler);
  if (handler.error()) throw *handler.error();
  if (result.IsError()) throw error_at(bytes, file_name, result.Offset(), parse_error_message(result.Code()));
  return handler.finish();
}

void write_graph_json(std::ostream& out, const KnowledgeGraph& graph) {
  out << "{\n  \"format\": \"kgraph\",\n  \"version\": 1,\n  \"directed\": true,\n"
         "  \"multigraph\": true,\n  \"graph\": {},\n";
  const auto& docs = graph.documents();
  write_lines(out, "documents", docs.size(), [&](JsonWriter& w, std::size_t i) {
    const DocumentInfo& d = docs[i];
    w.StartObject();
    put(w, "id", d.id);
    put(w, "date", d.date);
    put(w, "source", d.source);
    put(w, "url", d.url);
    put(w, "sentences", d.sentences);
    w.EndObject();
  }, false);
  write_lines(out, "nodes", graph.node_count(), [&](JsonWriter& w, std::size_t i) {
    const EntityNode& n = graph.node(static_cast<NodeId>(i));
    w.StartObject();
    put(w, "id", node_id(static_cast<NodeId>(i)));
    put(w, "label", n.label);
    put(w, "type", to_string(n.type));
    put_list(w, "aliases", n.aliases);
    put(w, "mentions", n.mentions);
    put_list(w, "documents", n.documents);
    put(w, "country", n.country);
    put_list(w, "titles", n.titles);
    w.EndObject();
  }, false);
  write_lines(out, "links", graph.edge_count(), [&](JsonWriter& w, std::size_t i) {
    auto id = static_cast<EdgeId>(i);
    const FactEdge& e = graph.edge(id);
    w.StartObject();
    put(w, "source", node_id(graph.source(id)));
    put(w, "target", node_id(graph.target(id)));
    put(w, "key", to_string(e.relation));  // unique per (source, target): NetworkX's multigraph key
    put(w, "relation", to_string(e.relation));
    put(w, "title", e.title);
    put(w, "weight", e.evidence.size());
    put(w, "evidence");
    w.StartArray();
    for (const auto& ev : e.evidence) write_evidence(w, ev);
    w.EndArray();
    w.EndObject();
  }, true);
  out << "}\n";
  out.flush();
  if (!out) throw std::runtime_error("cannot write the graph file");
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
