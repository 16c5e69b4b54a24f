#include "eval/report_writing.h"

#include <cstdio>
#include <stdexcept>

namespace kg::detail {

std::string fixed(std::optional<double> value) {
  if (!value) return "-";
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.3f", *value);
  return buf;
}

std::string pad(const std::string& s, std::size_t width) {
  return s.size() >= width ? s + " " : s + std::string(width - s.size(), ' ');
}

std::string rpad(const std::string& s, std::size_t width) {
  return s.size() >= width ? " " + s : std::string(width - s.size(), ' ') + s;
}

void check_stream(std::ostream& out) {
  if (!out) throw std::runtime_error("cannot write the evaluation report");
}

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

void json_type_score(JsonWriter& w, const TypeScore& t) {
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
}

void json_relation_score(JsonWriter& w, const RelationScore& r) {
  w.StartObject();
  w.Key("relation");
  json_string(w, r.relation);
  json_count(w, "predicted", r.predicted);
  json_count(w, "correct", r.correct);
  json_count(w, "gold", r.gold);
  json_count(w, "found", r.found);
  json_ratio(w, "precision", r.precision());
  json_ratio(w, "recall", r.recall());
  json_ratio(w, "f1", r.f1());
  w.EndObject();
}

}  // namespace kg::detail
