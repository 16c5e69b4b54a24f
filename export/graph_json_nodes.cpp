#include "export/graph_json_nodes.h"

#include <stdexcept>
#include <string>
#include <string_view>

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

namespace kg {
namespace {

// The bytes of graph/graph_json_writer.cpp, written again here because that writer reads the
// nodes from the graph. tests/distributed/graph_json_nodes_test.cpp compares the two on every
// sample graph and on names with invalid UTF-8; a change to the format goes in both.
using JsonWriter = rapidjson::Writer<rapidjson::StringBuffer>;

// Length of the well-formed UTF-8 sequence at s[i] (RFC 3629: no overlong forms, surrogates
// or code points above U+10FFFF), or 0 when the byte there starts none.
std::size_t well_formed(std::string_view s, std::size_t i) {
  auto at = [&](std::size_t k) -> unsigned { return i + k < s.size() ? static_cast<unsigned char>(s[i + k]) : 0u; };
  auto in = [&](std::size_t k, unsigned lo, unsigned hi) { return at(k) >= lo && at(k) <= hi; };
  const unsigned lead = at(0);
  if (lead < 0x80) return 1;
  if (lead >= 0xC2 && lead <= 0xDF) return in(1, 0x80, 0xBF) ? 2 : 0;
  if (lead >= 0xE0 && lead <= 0xEF) {
    const unsigned lo = lead == 0xE0 ? 0xA0 : 0x80, hi = lead == 0xED ? 0x9F : 0xBF;
    return in(1, lo, hi) && in(2, 0x80, 0xBF) ? 3 : 0;
  }
  if (lead >= 0xF0 && lead <= 0xF4) {
    const unsigned lo = lead == 0xF0 ? 0x90 : 0x80, hi = lead == 0xF4 ? 0x8F : 0xBF;
    return in(1, lo, hi) && in(2, 0x80, 0xBF) && in(3, 0x80, 0xBF) ? 4 : 0;
  }
  return 0;
}

// Each byte that starts no well-formed sequence becomes U+FFFD, as the graph file demands.
void put(JsonWriter& w, std::string_view s) {
  std::string clean;
  bool replaced = false;
  for (std::size_t i = 0; i < s.size();) {
    const std::size_t n = well_formed(s, i);
    if (n == 0 && !replaced) clean.assign(s.substr(0, i)), replaced = true;
    if (n == 0) clean += "\xEF\xBF\xBD", ++i;
    else {
      if (replaced) clean.append(s.substr(i, n));
      i += n;
    }
  }
  if (replaced) s = clean;
  w.String(s.data(), static_cast<rapidjson::SizeType>(s.size()));
}
void put(JsonWriter& w, std::string_view key, std::string_view value) { put(w, key), put(w, value); }
void put(JsonWriter& w, std::string_view key, std::uint64_t value) { put(w, key), w.Uint64(value); }
void put(JsonWriter& w, std::string_view key, const std::vector<std::string>& values) {
  put(w, key);
  w.StartArray();
  for (const auto& v : values) put(w, v);
  w.EndArray();
}

std::string node_name(NodeId id) {
  std::string s = "n";
  s += std::to_string(id);
  return s;
}

// An array of one entry per line; `each(entry)` calls entry(write) for each element in order.
class Lines {
 public:
  Lines(std::ostream& out, std::string_view name) : out_(out) { out_ << "  \"" << name << "\": ["; }
  template <class Write>
  void add(Write write) {
    buffer_.Clear();
    JsonWriter w(buffer_);
    write(w);
    out_ << (count_++ ? ",\n    " : "\n    ") << buffer_.GetString();
  }
  void close(bool last) { out_ << (count_ ? "\n  ]" : "]") << (last ? "\n" : ",\n"); }

 private:
  std::ostream& out_;
  rapidjson::StringBuffer buffer_;
  std::size_t count_ = 0;
};

void write_node(JsonWriter& w, NodeId id, const EntityNode& n) {
  w.StartObject();
  put(w, "id", node_name(id));
  put(w, "label", n.label);
  put(w, "type", to_string(n.type));
  put(w, "aliases", n.aliases);
  put(w, "mentions", n.mentions);
  put(w, "documents", n.documents);
  put(w, "country", n.country);
  put(w, "titles", n.titles);
  w.EndObject();
}

void write_link(JsonWriter& w, const KnowledgeGraph& graph, EdgeId id) {
  const FactEdge& e = graph.edge(id);
  w.StartObject();
  put(w, "source", node_name(graph.source(id)));
  put(w, "target", node_name(graph.target(id)));
  put(w, "key", to_string(e.relation));
  put(w, "relation", to_string(e.relation));
  put(w, "title", e.title);
  put(w, "weight", e.evidence.size());
  put(w, "evidence");
  w.StartArray();
  for (const auto& ev : e.evidence) {
    w.StartObject();
    put(w, "doc", ev.doc);
    put(w, "sentence", ev.sentence);
    put(w, "sentence_begin", ev.sentence_range.begin);
    put(w, "sentence_end", ev.sentence_range.end);
    put(w, "subject_begin", ev.subject_range.begin);
    put(w, "subject_end", ev.subject_range.end);
    put(w, "object_begin", ev.object_range.begin);
    put(w, "object_end", ev.object_range.end);
    put(w, "text", graph.evidence_text(ev));
    put(w, "date", ev.date);
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
}

}  // namespace

void write_graph_json_with_nodes(std::ostream& out, const KnowledgeGraph& graph, const NodeSource& nodes) {
  out << "{\n  \"format\": \"kgraph\",\n  \"version\": 1,\n  \"directed\": true,\n"
         "  \"multigraph\": true,\n  \"graph\": {},\n";
  Lines documents(out, "documents");
  for (const DocumentInfo& d : graph.documents())
    documents.add([&](JsonWriter& w) {
      w.StartObject();
      put(w, "id", d.id);
      put(w, "date", d.date);
      put(w, "source", d.source);
      put(w, "url", d.url);
      put(w, "sentences", d.sentences);
      w.EndObject();
    });
  documents.close(false);
  Lines node_lines(out, "nodes");
  nodes.for_each([&](NodeId id, const EntityNode& n) { node_lines.add([&](JsonWriter& w) { write_node(w, id, n); }); });
  node_lines.close(false);
  Lines links(out, "links");
  for (std::size_t id = 0; id < graph.edge_count(); ++id)
    links.add([&](JsonWriter& w) { write_link(w, graph, static_cast<EdgeId>(id)); });
  links.close(true);
  out << "}\n";
  out.flush();
  if (!out) throw std::runtime_error("cannot write the graph file");
}

}  // namespace kg
