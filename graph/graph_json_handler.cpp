#include "graph/graph_json_handler.h"

#include <algorithm>
#include <iterator>

namespace kg::detail {
namespace {

std::string in_quotes(std::string_view s) {
  std::string quoted = "\"";
  quoted += s;
  quoted += '"';
  return quoted;
}

// The n in "n<n>" spelt without leading zeros, as kgraph writes node ids.
std::optional<std::uint64_t> canonical_index(std::string_view id) {
  if (id.size() < 2 || id.size() > 11 || id[0] != 'n' || (id[1] == '0' && id.size() > 2)) return std::nullopt;
  std::uint64_t value = 0;
  for (char c : id.substr(1)) {
    if (c < '0' || c > '9') return std::nullopt;
    value = value * 10 + static_cast<std::uint64_t>(c - '0');
  }
  return value;
}

}  // namespace

std::string_view kind_name(JsonKind kind) {
  constexpr std::string_view names[] = {"null", "a boolean", "a number", "a string", "an object", "an array"};
  return names[static_cast<int>(kind)];
}

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

// Where the current event's value starts: rapidjson reports scalars after reading them.
std::size_t GraphJsonHandler::here() const {
  std::size_t i = last_end_;
  while (i < bytes_.size() && std::string_view(" \t\r\n,:").find(bytes_[i]) != std::string_view::npos) ++i;
  return i;
}

bool GraphJsonHandler::fail(std::size_t at, std::string message) {
  if (!error_) error_ = error_at(bytes_, file_, at, std::move(message));
  return false;
}

bool GraphJsonHandler::expected(std::size_t at, std::string_view what, std::string_view name, std::string_view kind,
                                JsonKind got) {
  return fail(at, std::string(what) + " " + in_quotes(name) + " must be " + std::string(kind) + ", not " +
                      std::string(kind_name(got)));
}

bool GraphJsonHandler::Key(const char* s, rapidjson::SizeType n, bool) {
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

bool GraphJsonHandler::value(const JsonValue& v) {
  std::size_t at = here();
  if (skip_until_) return v.kind == JsonKind::Object || v.kind == JsonKind::Array ? open_container() : done(false);
  switch (depth_) {
    case 0:
      if (v.kind != JsonKind::Object) return fail(at, "a graph file must be a JSON object, not " + std::string(kind_name(v.kind)));
      root_at_ = at;
      return open_container();
    case 1: return root_value(v, at);
    case 2: {
      auto name = kRootKeys[static_cast<int>(list_)];
      if (v.kind != JsonKind::Object) return fail(at, "each entry of " + in_quotes(name) + " must be an object, not " + std::string(kind_name(v.kind)));
      entry_.open(list_ == RootKey::Documents ? kDocument : list_ == RootKey::Nodes ? kNode : kLink, at);
      entry_evidence_.clear();
      return open_container();
    }
    case 3: return member_value(entry_, v, at);
    case 4:
      if (entry_.current().type == FT::StringList) {
        if (v.kind != JsonKind::String)
          return fail(at, std::string(entry_.schema->what) + " " + in_quotes(entry_.current().name) +
                              " must hold strings, not " + std::string(kind_name(v.kind)));
        entry_.slot().list.emplace_back(v.text);
        return done(false);
      }
      if (v.kind != JsonKind::Object) return fail(at, "each evidence must be an object, not " + std::string(kind_name(v.kind)));
      evidence_.open(kEvidence, at);
      return open_container();
    default: return member_value(evidence_, v, at);
  }
}

bool GraphJsonHandler::root_value(const JsonValue& v, std::size_t at) {
  switch (root_key_) {
    case RootKey::Format:
      if (v.kind != JsonKind::String) return expected(at, "graph file", "format", "a string", v.kind);
      if (v.text != "kgraph") return fail(at, "unsupported format " + in_quotes(v.text) + " (expected \"kgraph\")");
      return done(false);
    case RootKey::Version:
      if (v.kind != JsonKind::Number || !v.whole) return expected(at, "graph file", "version", "a whole number", v.kind);
      if (*v.whole != 1) return fail(at, "unsupported version " + std::to_string(*v.whole) + " (this kgraph reads version 1)");
      return done(false);
    case RootKey::Directed:
    case RootKey::Multigraph:
      if (v.kind != JsonKind::Bool) return expected(at, "graph file", kRootKeys[static_cast<int>(root_key_)], "a boolean", v.kind);
      return done(false);
    case RootKey::Graph:
      if (v.kind != JsonKind::Object) return expected(at, "graph file", "graph", "an object", v.kind);
      return skip(v);
    case RootKey::Documents:
    case RootKey::Nodes:
    case RootKey::Links:
      if (v.kind != JsonKind::Array) return expected(at, "graph file", kRootKeys[static_cast<int>(root_key_)], "an array", v.kind);
      list_ = root_key_;
      return open_container();
    case RootKey::Unknown: return skip(v);
  }
  return skip(v);
}

bool GraphJsonHandler::member_value(Frame& frame, const JsonValue& v, std::size_t at) {
  if (frame.field < 0) return skip(v);
  const Field& field = frame.current();
  Frame::Slot& slot = frame.slot();
  slot.seen = true;
  slot.at = at;
  auto want = [&](JsonKind kind, std::string_view noun) {
    return v.kind == kind || expected(at, frame.schema->what, field.name, noun, v.kind);
  };
  switch (field.type) {
    case FT::String:
      if (!want(JsonKind::String, "a string")) return false;
      slot.text.assign(v.text);
      return done(false);
    case FT::Uint32:
      if (v.kind != JsonKind::Number || !v.whole || *v.whole > UINT32_MAX)
        return fail(at, std::string(frame.schema->what) + " " + in_quotes(field.name) + " must be a whole number from 0 to 4294967295");
      slot.number = static_cast<std::uint32_t>(*v.whole);
      return done(false);
    case FT::Number: return want(JsonKind::Number, "a number") && done(false);
    case FT::Bool: return want(JsonKind::Bool, "a boolean") && done(false);
    case FT::StringList:
    case FT::EvidenceList: return want(JsonKind::Array, "an array") && open_container();
    case FT::Any: return skip(v);
  }
  return skip(v);
}

bool GraphJsonHandler::close() {
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

bool GraphJsonHandler::finish_evidence() {
  if (missing_required(evidence_)) return false;
  auto& s = evidence_.slots;
  entry_evidence_.push_back(Evidence{evidence_.take(0), s[1].number, {s[2].number, s[3].number},
                                     {s[4].number, s[5].number}, {s[6].number, s[7].number},
                                     evidence_.take(8), evidence_.take(9)});
  return true;
}

bool GraphJsonHandler::missing_required(const Frame& frame) {
  for (std::size_t i = 0; i < frame.slots.size(); ++i)
    if (frame.schema->fields[i].required && !frame.slots[i].seen)
      return fail(frame.at, std::string(frame.schema->what) + " is missing " + in_quotes(frame.schema->fields[i].name));
  return false;
}

bool GraphJsonHandler::finish_entry() {
  if (missing_required(entry_)) return false;
  if (entry_.schema == &kNode) return finish_node();
  if (entry_.schema == &kLink) return finish_link();
  auto& s = entry_.slots;
  graph_.add_document(DocumentInfo{entry_.take(0), entry_.take(1), entry_.take(2), entry_.take(3), s[4].number});
  return true;
}

bool GraphJsonHandler::finish_node() {
  auto& s = entry_.slots;
  auto type = parse_entity_type(s[2].text);
  if (!type) return fail(s[2].at, "unknown entity type " + in_quotes(s[2].text) + " (expected PERSON, ORG, GPE or EVENT)");
  const auto id = static_cast<NodeId>(graph_.node_count());
  if (canonical_ids_ && canonical_index(s[0].text) != id) {
    canonical_ids_ = false;
    for (NodeId earlier = 0; earlier < id; ++earlier) {
      std::string earlier_id = "n";
      earlier_id += std::to_string(earlier);
      node_ids_.emplace(std::move(earlier_id), earlier);
    }
  }
  if (!canonical_ids_ && !node_ids_.emplace(s[0].text, id).second)
    return fail(s[0].at, "duplicate node id " + in_quotes(s[0].text));
  graph_.add_entity(EntityNode{entry_.take(1), *type, std::move(s[3].list), s[4].number, std::move(s[5].list),
                               entry_.take(6), std::move(s[7].list)});
  return true;
}

bool GraphJsonHandler::finish_link() {
  auto& s = entry_.slots;
  auto relation = parse_relation(s[2].text);
  if (!relation)
    return fail(s[2].at, "unknown relation " + in_quotes(s[2].text) +
                             " (expected holds_position, member_of, part_of, located_in, met_with, "
                             "participated_in or chaired)");
  if (entry_evidence_.empty()) return fail(s[6].at, "link \"evidence\" is empty (every fact needs at least one)");
  auto source = node_of(s[0].text), target = node_of(s[1].text);
  if (pending_.empty() && source && target) {
    add_link(*source, *target, *relation, s[4].text, entry_evidence_);
  } else {
    // Resolved (or reported) once every node is known, in file order, so edge ids and the
    // first error do not depend on where "nodes" stands.
    pending_.push_back(PendingLink{entry_.take(0), entry_.take(1), s[0].at, s[1].at, *relation, entry_.take(4),
                                   std::move(entry_evidence_)});
  }
  entry_evidence_.clear();
  return true;
}

void GraphJsonHandler::add_link(NodeId source, NodeId target, Relation relation, const std::string& title,
                                std::vector<Evidence>& evidence) {
  for (auto& e : evidence) graph_.add_fact(source, target, relation, title, std::move(e));
}

std::optional<NodeId> GraphJsonHandler::node_of(std::string_view id) const {
  if (canonical_ids_) {
    auto index = canonical_index(id);
    if (index && *index < graph_.node_count()) return static_cast<NodeId>(*index);
    return std::nullopt;
  }
  auto found = node_ids_.find(std::string(id));
  return found == node_ids_.end() ? std::nullopt : std::optional<NodeId>(found->second);
}

KnowledgeGraph GraphJsonHandler::finish() {
  for (auto& link : pending_) {
    auto source = node_of(link.source), target = node_of(link.target);
    if (!source)
      throw error_at(bytes_, file_, link.source_at, "link source " + in_quotes(link.source) + " is not a node id");
    if (!target)
      throw error_at(bytes_, file_, link.target_at, "link target " + in_quotes(link.target) + " is not a node id");
    add_link(*source, *target, link.relation, link.title, link.evidence);
  }
  pending_.clear();
  return std::move(graph_);
}

}  // namespace kg::detail
