// Writing the graph file (graph/graph_json.h); reading lives in graph_json_reader.cpp.
#include "graph/graph_json.h"
#include "graph/graph_json_writer.h"

#include <stdexcept>
#include <string>

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

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

void write_evidence(JsonWriter& w, const EdgeSource& edges, const Evidence& e) {
  w.StartObject();
  put(w, "doc", e.doc);
  put(w, "sentence", e.sentence);
  put(w, "sentence_begin", e.sentence_range.begin);
  put(w, "sentence_end", e.sentence_range.end);
  put(w, "subject_begin", e.subject_range.begin);
  put(w, "subject_end", e.subject_range.end);
  put(w, "object_begin", e.object_range.begin);
  put(w, "object_end", e.object_range.end);
  put(w, "text", edges.evidence_text(e));
  put(w, "date", e.date);
  w.EndObject();
}

// "n<id>", built with += (GCC 12 -O3 misreads "n" + std::to_string(id) as an overlapping memcpy: -Wrestrict).
std::string node_id(NodeId id) {
  std::string s = "n";
  s += std::to_string(id);
  return s;
}

// An array of one entry per line (the file stays diffable and greppable at any size), its
// entries added one at a time: add(write) calls write(JsonWriter&) for the next entry.
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

}  // namespace

void write_graph_json(std::ostream& out, const KnowledgeGraph& graph) {
  write_graph_json_from(out, graph.documents(), GraphNodes(graph), GraphEdges(graph));
}

void write_graph_json_from(std::ostream& out, const std::vector<DocumentInfo>& documents, const NodeSource& nodes,
                           const EdgeSource& edges) {
  out << "{\n  \"format\": \"kgraph\",\n  \"version\": 1,\n  \"directed\": true,\n"
         "  \"multigraph\": true,\n  \"graph\": {},\n";
  Lines document_lines(out, "documents");
  for (const DocumentInfo& d : documents)
    document_lines.add([&](JsonWriter& w) {
      w.StartObject();
      put(w, "id", d.id);
      put(w, "date", d.date);
      put(w, "source", d.source);
      put(w, "url", d.url);
      put(w, "sentences", d.sentences);
      w.EndObject();
    });
  document_lines.close(false);
  Lines node_lines(out, "nodes");
  nodes.for_each([&](NodeId id, const EntityNode& n) {
    node_lines.add([&](JsonWriter& w) {
      w.StartObject();
      put(w, "id", node_id(id));
      put(w, "label", n.label);
      put(w, "type", to_string(n.type));
      put_list(w, "aliases", n.aliases);
      put(w, "mentions", n.mentions);
      put_list(w, "documents", n.documents);
      put(w, "country", n.country);
      put_list(w, "titles", n.titles);
      w.EndObject();
    });
  });
  node_lines.close(false);
  Lines link_lines(out, "links");
  edges.for_each([&](EdgeId, NodeId source, NodeId target, const FactEdge& e) {
    link_lines.add([&](JsonWriter& w) {
      w.StartObject();
      put(w, "source", node_id(source));
      put(w, "target", node_id(target));
      put(w, "key", to_string(e.relation));  // unique per (source, target): NetworkX's multigraph key
      put(w, "relation", to_string(e.relation));
      put(w, "title", e.title);
      put(w, "weight", e.evidence.size());
      put(w, "evidence");
      w.StartArray();
      for (const auto& ev : e.evidence) write_evidence(w, edges, ev);
      w.EndArray();
      w.EndObject();
    });
  });
  link_lines.close(true);
  out << "}\n";
  out.flush();
  if (!out) throw std::runtime_error("cannot write the graph file");
}

}  // namespace kg
