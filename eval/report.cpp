#include "eval/report.h"

#include <string>

#include "eval/report_writing.h"

namespace kg {
namespace {

using detail::fixed;
using detail::JsonWriter;
using detail::json_count;
using detail::json_ratio;
using detail::json_string;
using detail::json_strings;
using detail::pad;
using detail::rpad;

void write_split(std::ostream& out, const SplitEntity& s, const char* indent) {
  out << indent << s.type << " \"" << s.name << "\" is " << s.node_labels.size() << " nodes:";
  for (std::size_t i = 0; i < s.node_labels.size(); ++i)
    out << (i ? ", " : " ") << '"' << s.node_labels[i] << '"';
  out << "\n";
}

void write_triple(std::ostream& out, const std::string& subject, const std::string& relation,
                  const std::string& object, const std::string& title) {
  out << "    " << subject << " " << relation << " " << object;
  if (!title.empty()) out << " (" << title << ")";
  out << "\n";
}

void write_details(std::ostream& out, const DocumentDetail& d) {
  out << "\n" << d.document << "\n";
  if (d.missed_entities.empty() && d.missed_relations.empty() && d.spurious.empty() && d.spurious_edges.empty() &&
      d.splits.empty()) {
    out << "  nothing missed, nothing spurious\n";
    return;
  }
  if (!d.missed_entities.empty()) out << "  missed entities:\n";
  for (const auto& e : d.missed_entities) out << "    " << pad(e.type, 7) << e.name << "\n";
  if (!d.missed_relations.empty()) out << "  missed relations:\n";
  for (const auto& r : d.missed_relations) write_triple(out, r.subject, r.relation, r.object, r.title);
  if (!d.spurious.empty()) out << "  spurious nodes:\n";
  for (const auto& n : d.spurious) out << "    " << pad(n.type, 7) << n.label << "\n";
  if (!d.spurious_edges.empty()) out << "  spurious edges:\n";
  for (const auto& e : d.spurious_edges) write_triple(out, e.subject, e.relation, e.object, e.title);
  if (!d.splits.empty()) out << "  split entities:\n";
  for (const auto& s : d.splits) write_split(out, s, "    ");
}

void json_split(JsonWriter& w, const SplitEntity& s) {
  w.StartObject();
  w.Key("type");
  json_string(w, s.type);
  w.Key("name");
  json_string(w, s.name);
  json_strings(w, "nodes", s.node_labels);
  w.EndObject();
}

void json_node(JsonWriter& w, const GraphNodeRef& n) {
  w.StartObject();
  w.Key("type");
  json_string(w, n.type);
  w.Key("label");
  json_string(w, n.label);
  json_strings(w, "documents", n.documents);
  w.EndObject();
}

void json_triple(JsonWriter& w, const std::string& subject, const std::string& relation, const std::string& object,
                 const std::string& title) {
  w.Key("subject");
  json_string(w, subject);
  w.Key("relation");
  json_string(w, relation);
  w.Key("object");
  json_string(w, object);
  if (!title.empty()) {
    w.Key("title");
    json_string(w, title);
  }
}

void json_gold_relation(JsonWriter& w, const GoldRelation& r) {
  w.StartObject();
  json_triple(w, r.subject, r.relation, r.object, r.title);
  w.EndObject();
}

void json_edge(JsonWriter& w, const GraphEdgeRef& e) {
  w.StartObject();
  json_triple(w, e.subject, e.relation, e.object, e.title);
  json_strings(w, "documents", e.documents);
  w.EndObject();
}

template <class T, class F>
void json_array(JsonWriter& w, const char* key, const std::vector<T>& values, F each) {
  w.Key(key);
  w.StartArray();
  for (const auto& v : values) each(w, v);
  w.EndArray();
}

void json_document(JsonWriter& w, const DocumentDetail& d) {
  w.StartObject();
  w.Key("document");
  json_string(w, d.document);
  json_array(w, "missed_entities", d.missed_entities, [](JsonWriter& jw, const GoldEntity& e) {
    jw.StartObject();
    jw.Key("type");
    json_string(jw, e.type);
    jw.Key("name");
    json_string(jw, e.name);
    jw.EndObject();
  });
  json_array(w, "missed_relations", d.missed_relations, json_gold_relation);
  json_array(w, "spurious", d.spurious, json_node);
  json_array(w, "spurious_edges", d.spurious_edges, json_edge);
  json_array(w, "splits", d.splits, json_split);
  w.EndObject();
}

}  // namespace

void write_score_text(std::ostream& out, const Score& score, const ReportOptions& options) {
  out << pad("entities", 10) << rpad("nodes", 7) << rpad("matched", 9) << rpad("gold", 7) << rpad("found", 7)
      << rpad("P", 8) << rpad("R", 8) << rpad("F1", 8) << "\n";
  auto row = [&](const TypeScore& t) {
    out << pad(t.type, 10) << rpad(std::to_string(t.nodes), 7) << rpad(std::to_string(t.matched_nodes), 9)
        << rpad(std::to_string(t.gold), 7) << rpad(std::to_string(t.matched_gold), 7)
        << rpad(fixed(t.precision()), 8) << rpad(fixed(t.recall()), 8) << rpad(fixed(t.f1()), 8) << "\n";
  };
  for (const auto& t : score.types) row(t);
  row(type_totals(score));

  out << "\n" << pad("relations", 17) << rpad("edges", 7) << rpad("correct", 9) << rpad("P", 8) << rpad("gold", 7)
      << rpad("found", 7) << rpad("R", 8) << rpad("F1", 8) << "\n";
  auto rel_row = [&](const RelationScore& r) {
    out << pad(r.relation, 17) << rpad(std::to_string(r.predicted), 7) << rpad(std::to_string(r.correct), 9)
        << rpad(fixed(r.precision()), 8) << rpad(std::to_string(r.gold), 7) << rpad(std::to_string(r.found), 7)
        << rpad(fixed(r.recall()), 8) << rpad(fixed(r.f1()), 8) << "\n";
  };
  for (const auto& r : score.relations) rel_row(r);
  rel_row(score.overall);
  if (score.unscored_edges > 0)
    out << "edges of documents without a gold file (not scored): " << score.unscored_edges << "\n";

  out << "\nsplit entities: " << score.splits.size() << "\n";
  for (const auto& s : score.splits) write_split(out, s, "  ");

  if (options.details) {
    for (const auto& d : score.documents) write_details(out, d);
    // Spurious nodes from documents that have no gold file are still spurious: say where.
    bool header = false;
    for (const auto& n : score.spurious) {
      bool listed = false;
      for (const auto& d : score.documents)
        for (const auto& doc : n.documents) listed = listed || doc == d.document;
      if (listed) continue;
      if (!header) out << "\nspurious nodes of documents without a gold file:\n";
      header = true;
      out << "  " << pad(n.type, 7) << n.label << "\n";
    }
  }
  detail::check_stream(out);
}

void write_score_json(std::ostream& out, const Score& score, const ReportOptions& options) {
  rapidjson::StringBuffer buffer;
  JsonWriter w(buffer);
  w.SetIndent(' ', 2);
  w.StartObject();
  w.Key("entities");
  w.StartArray();
  for (const auto& t : score.types) detail::json_type_score(w, t);
  detail::json_type_score(w, type_totals(score));
  w.EndArray();
  json_array(w, "relations", score.relations, detail::json_relation_score);
  w.Key("overall_relations");
  detail::json_relation_score(w, score.overall);
  json_count(w, "unscored_edges", score.unscored_edges);
  json_array(w, "splits", score.splits, json_split);
  if (options.details) {
    json_array(w, "spurious", score.spurious, json_node);
    json_array(w, "spurious_edges", score.spurious_edges, json_edge);
    json_array(w, "documents", score.documents, json_document);
  }
  w.EndObject();
  out << buffer.GetString() << "\n";
  detail::check_stream(out);
}

void write_score(std::ostream& out, const Score& score, ReportFormat format, const ReportOptions& options) {
  if (format == ReportFormat::Json) write_score_json(out, score, options);
  else write_score_text(out, score, options);
}

}  // namespace kg
