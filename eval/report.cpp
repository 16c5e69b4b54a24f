#include "eval/report.h"

#include <cstdio>
#include <stdexcept>
#include <string>

#include <rapidjson/prettywriter.h>
#include <rapidjson/stringbuffer.h>

namespace kg {
namespace {

std::string fixed(std::optional<double> value) {
  if (!value) return "-";
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.3f", *value);
  return buf;
}

// Left-aligned in `width` columns; names are ASCII type and relation names.
std::string pad(const std::string& s, std::size_t width) {
  return s.size() >= width ? s + " " : s + std::string(width - s.size(), ' ');
}
std::string rpad(const std::string& s, std::size_t width) {
  return s.size() >= width ? " " + s : std::string(width - s.size(), ' ') + s;
}

TypeScore totals(const Score& score) {
  TypeScore all;
  all.type = "all";
  for (const auto& t : score.types) {
    all.nodes += t.nodes;
    all.matched_nodes += t.matched_nodes;
    all.gold += t.gold;
    all.matched_gold += t.matched_gold;
  }
  return all;
}

void write_split(std::ostream& out, const SplitEntity& s, const char* indent) {
  out << indent << s.type << " \"" << s.name << "\" is " << s.node_labels.size() << " nodes:";
  for (std::size_t i = 0; i < s.node_labels.size(); ++i)
    out << (i ? ", " : " ") << '"' << s.node_labels[i] << '"';
  out << "\n";
}

void write_details(std::ostream& out, const DocumentDetail& d) {
  out << "\n" << d.document << "\n";
  if (d.missed_entities.empty() && d.missed_relations.empty() && d.spurious.empty() && d.splits.empty()) {
    out << "  nothing missed, nothing spurious\n";
    return;
  }
  if (!d.missed_entities.empty()) out << "  missed entities:\n";
  for (const auto& e : d.missed_entities) out << "    " << pad(e.type, 7) << e.name << "\n";
  if (!d.missed_relations.empty()) out << "  missed relations:\n";
  for (const auto& r : d.missed_relations) {
    out << "    " << r.subject << " " << r.relation << " " << r.object;
    if (!r.title.empty()) out << " (" << r.title << ")";
    out << "\n";
  }
  if (!d.spurious.empty()) out << "  spurious nodes:\n";
  for (const auto& n : d.spurious) out << "    " << pad(n.type, 7) << n.label << "\n";
  if (!d.splits.empty()) out << "  split entities:\n";
  for (const auto& s : d.splits) write_split(out, s, "    ");
}

using JsonWriter = rapidjson::PrettyWriter<rapidjson::StringBuffer>;

void json_string(JsonWriter& w, const std::string& s) {
  w.String(s.data(), static_cast<rapidjson::SizeType>(s.size()));
}
void json_ratio(JsonWriter& w, const char* key, std::optional<double> value) {
  w.Key(key);
  if (value) w.Double(*value);
  else w.Null();
}
void json_count(JsonWriter& w, const char* key, std::size_t n) {
  w.Key(key);
  w.Uint64(n);
}
void json_strings(JsonWriter& w, const char* key, const std::vector<std::string>& values) {
  w.Key(key);
  w.StartArray();
  for (const auto& v : values) json_string(w, v);
  w.EndArray();
}
void json_relation_score(JsonWriter& w, const RelationScore& r) {
  w.StartObject();
  w.Key("relation");
  json_string(w, r.relation);
  json_count(w, "gold", r.gold);
  json_count(w, "found", r.found);
  json_ratio(w, "recall", r.recall());
  w.EndObject();
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
void json_gold_relation(JsonWriter& w, const GoldRelation& r) {
  w.StartObject();
  w.Key("subject");
  json_string(w, r.subject);
  w.Key("relation");
  json_string(w, r.relation);
  w.Key("object");
  json_string(w, r.object);
  if (!r.title.empty()) {
    w.Key("title");
    json_string(w, r.title);
  }
  w.EndObject();
}

void check(std::ostream& out) {
  if (!out) throw std::runtime_error("cannot write the evaluation report");
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
  row(totals(score));

  out << "\n" << pad("relations", 17) << rpad("gold", 7) << rpad("found", 7) << rpad("R", 8) << "\n";
  auto rel_row = [&](const RelationScore& r) {
    out << pad(r.relation, 17) << rpad(std::to_string(r.gold), 7) << rpad(std::to_string(r.found), 7)
        << rpad(fixed(r.recall()), 8) << "\n";
  };
  for (const auto& r : score.relations) rel_row(r);
  rel_row(score.overall);

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
  check(out);
}

void write_score_json(std::ostream& out, const Score& score, const ReportOptions& options) {
  rapidjson::StringBuffer buffer;
  JsonWriter w(buffer);
  w.SetIndent(' ', 2);
  w.StartObject();
  w.Key("entities");
  w.StartArray();
  auto type_row = [&](const TypeScore& t) {
    w.StartObject();
    w.Key("type");
    json_string(w, t.type);
    json_count(w, "nodes", t.nodes);
    json_count(w, "matched_nodes", t.matched_nodes);
    json_count(w, "gold", t.gold);
    json_count(w, "matched_gold", t.matched_gold);
    json_ratio(w, "precision", t.precision());
    json_ratio(w, "recall", t.recall());
    json_ratio(w, "f1", t.f1());
    w.EndObject();
  };
  for (const auto& t : score.types) type_row(t);
  type_row(totals(score));
  w.EndArray();
  w.Key("relations");
  w.StartArray();
  for (const auto& r : score.relations) json_relation_score(w, r);
  w.EndArray();
  w.Key("overall_relations");
  json_relation_score(w, score.overall);
  w.Key("splits");
  w.StartArray();
  for (const auto& s : score.splits) json_split(w, s);
  w.EndArray();
  if (options.details) {
    w.Key("spurious");
    w.StartArray();
    for (const auto& n : score.spurious) json_node(w, n);
    w.EndArray();
    w.Key("documents");
    w.StartArray();
    for (const auto& d : score.documents) {
      w.StartObject();
      w.Key("document");
      json_string(w, d.document);
      w.Key("missed_entities");
      w.StartArray();
      for (const auto& e : d.missed_entities) {
        w.StartObject();
        w.Key("type");
        json_string(w, e.type);
        w.Key("name");
        json_string(w, e.name);
        w.EndObject();
      }
      w.EndArray();
      w.Key("missed_relations");
      w.StartArray();
      for (const auto& r : d.missed_relations) json_gold_relation(w, r);
      w.EndArray();
      w.Key("spurious");
      w.StartArray();
      for (const auto& n : d.spurious) json_node(w, n);
      w.EndArray();
      w.Key("splits");
      w.StartArray();
      for (const auto& s : d.splits) json_split(w, s);
      w.EndArray();
      w.EndObject();
    }
    w.EndArray();
  }
  w.EndObject();
  out << buffer.GetString() << "\n";
  check(out);
}

}  // namespace kg
