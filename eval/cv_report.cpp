#include "eval/cv_report.h"

#include <algorithm>
#include <cstdio>

#include "eval/report_writing.h"
#include "extract/relation.h"

namespace kg {
namespace {

using detail::fixed;
using detail::JsonWriter;
using detail::pad;
using detail::rpad;

std::optional<double> mean(const std::vector<std::optional<double>>& values) {
  double sum = 0.0;
  std::size_t n = 0;
  for (const auto& v : values) {
    if (!v) continue;
    sum += *v;
    ++n;
  }
  if (n == 0) return std::nullopt;
  return sum / static_cast<double>(n);
}

// The mean P/R/F1 of one row per fold (nullptr where the fold lacks it).
template <class Row>
MeanScore mean_of(const std::string& name, const std::vector<const Row*>& rows) {
  std::vector<std::optional<double>> p, r, f;
  for (const Row* row : rows) {
    if (!row) continue;
    p.push_back(row->precision());
    r.push_back(row->recall());
    f.push_back(row->f1());
  }
  return {name, mean(p), mean(r), mean(f)};
}

template <class Row>
const Row* find_row(const std::vector<Row>& rows, std::string Row::*key, const std::string& name) {
  for (const auto& row : rows)
    if (row.*key == name) return &row;
  return nullptr;
}

// Relations in vocabulary (enum) order; a name kgraph does not know goes last, by name.
bool relation_before(const std::string& a, const std::string& b) {
  auto ra = parse_relation(a), rb = parse_relation(b);
  if (ra && rb) return *ra < *rb;
  if (ra || rb) return ra.has_value();
  return a < b;
}

std::string count(std::size_t n) { return std::to_string(n); }

void write_mean_rows(std::ostream& out, const char* title, const std::vector<MeanScore>& rows) {
  out << pad(title, 17) << rpad("P", 8) << rpad("R", 8) << rpad("F1", 8) << "\n";
  for (const auto& m : rows)
    out << pad(m.name, 17) << rpad(fixed(m.precision), 8) << rpad(fixed(m.recall), 8) << rpad(fixed(m.f1), 8) << "\n";
}

void write_text(std::ostream& out, const std::vector<FoldScore>& folds, const CvSummary& summary) {
  std::size_t documents = 0;
  for (const auto& f : folds) documents += f.documents;
  out << "cross-validation: " << folds.size() << " fold" << (folds.size() == 1 ? "" : "s") << ", " << documents
      << " document" << (documents == 1 ? "" : "s") << "\n\n";
  out << pad("fold", 6) << rpad("docs", 6) << rpad("sites", 7);
  for (const auto& t : summary.types) out << rpad(t.name + " F1", 10);
  out << rpad("rel P", 8) << rpad("rel R", 8) << rpad("rel F1", 8) << rpad("splits", 8) << "\n";
  for (const auto& f : folds) {
    out << pad(std::to_string(f.fold), 6) << rpad(count(f.documents), 6) << rpad(count(f.sites.size()), 7);
    for (const auto& t : summary.types) {
      std::optional<double> f1;
      if (t.name == "all") f1 = type_totals(f.score).f1();
      for (const auto& ts : f.score.types)
        if (ts.type == t.name) f1 = ts.f1();
      out << rpad(fixed(f1), 10);
    }
    const RelationScore& o = f.score.overall;
    out << rpad(fixed(o.precision()), 8) << rpad(fixed(o.recall()), 8) << rpad(fixed(o.f1()), 8)
        << rpad(count(f.score.splits.size()), 8) << "\n";
  }
  out << "\nmean over folds (unweighted; undefined ratios left out)\n";
  write_mean_rows(out, "entities", summary.types);
  out << "\n";
  std::vector<MeanScore> relations = summary.relations;
  relations.push_back(summary.overall);
  write_mean_rows(out, "relations", relations);
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f", summary.splits.value_or(0.0));
  out << "\nsplit entities per fold: " << (summary.splits ? buf : "-") << "\n";
}

void json_mean(JsonWriter& w, const char* key, const MeanScore& m) {
  w.StartObject();
  w.Key(key);
  detail::json_string(w, m.name);
  detail::json_ratio(w, "precision", m.precision);
  detail::json_ratio(w, "recall", m.recall);
  detail::json_ratio(w, "f1", m.f1);
  w.EndObject();
}

void write_json(std::ostream& out, const std::vector<FoldScore>& folds, const CvSummary& summary) {
  rapidjson::StringBuffer buffer;
  JsonWriter w(buffer);
  w.SetIndent(' ', 2);
  w.StartObject();
  w.Key("folds");
  w.StartArray();
  for (const auto& f : folds) {
    w.StartObject();
    w.Key("fold");
    w.Int(f.fold);
    detail::json_count(w, "documents", f.documents);
    detail::json_strings(w, "sites", f.sites);
    w.Key("entities");
    w.StartArray();
    for (const auto& t : f.score.types) detail::json_type_score(w, t);
    detail::json_type_score(w, type_totals(f.score));
    w.EndArray();
    w.Key("relations");
    w.StartArray();
    for (const auto& r : f.score.relations) detail::json_relation_score(w, r);
    w.EndArray();
    w.Key("overall_relations");
    detail::json_relation_score(w, f.score.overall);
    detail::json_count(w, "unscored_edges", f.score.unscored_edges);
    detail::json_count(w, "splits", f.score.splits.size());
    w.EndObject();
  }
  w.EndArray();
  w.Key("mean");
  w.StartObject();
  w.Key("entities");
  w.StartArray();
  for (const auto& t : summary.types) json_mean(w, "type", t);
  w.EndArray();
  w.Key("relations");
  w.StartArray();
  for (const auto& r : summary.relations) json_mean(w, "relation", r);
  w.EndArray();
  w.Key("overall_relations");
  json_mean(w, "relation", summary.overall);
  detail::json_ratio(w, "splits", summary.splits);
  w.EndObject();
  w.EndObject();
  out << buffer.GetString() << "\n";
}

}  // namespace

CvSummary summarize_folds(const std::vector<FoldScore>& folds) {
  CvSummary summary;
  std::vector<std::string> types, relations;
  for (const auto& f : folds) {
    for (const auto& t : f.score.types)
      if (std::find(types.begin(), types.end(), t.type) == types.end()) types.push_back(t.type);
    for (const auto& r : f.score.relations)
      if (std::find(relations.begin(), relations.end(), r.relation) == relations.end())
        relations.push_back(r.relation);
  }
  std::stable_sort(relations.begin(), relations.end(), relation_before);

  for (const auto& type : types) {
    std::vector<const TypeScore*> rows;
    for (const auto& f : folds) rows.push_back(find_row(f.score.types, &TypeScore::type, type));
    summary.types.push_back(mean_of(type, rows));
  }
  std::vector<TypeScore> all;
  for (const auto& f : folds) all.push_back(type_totals(f.score));
  std::vector<const TypeScore*> all_rows;
  for (const auto& t : all) all_rows.push_back(&t);
  summary.types.push_back(mean_of("all", all_rows));

  for (const auto& relation : relations) {
    std::vector<const RelationScore*> rows;
    for (const auto& f : folds) rows.push_back(find_row(f.score.relations, &RelationScore::relation, relation));
    summary.relations.push_back(mean_of(relation, rows));
  }
  std::vector<const RelationScore*> overall;
  for (const auto& f : folds) overall.push_back(&f.score.overall);
  summary.overall = mean_of("overall", overall);

  std::vector<std::optional<double>> splits;
  for (const auto& f : folds) splits.push_back(static_cast<double>(f.score.splits.size()));
  summary.splits = mean(splits);
  return summary;
}

void write_cv_report(std::ostream& out, const std::vector<FoldScore>& folds, ReportFormat format) {
  CvSummary summary = summarize_folds(folds);
  if (format == ReportFormat::Json) write_json(out, folds, summary);
  else write_text(out, folds, summary);
  detail::check_stream(out);
}

}  // namespace kg
