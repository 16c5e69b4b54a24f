#pragma once
// Internal to kg::eval: the pieces report.cpp and cv_report.cpp both write, so that a score
// looks the same in `kgraph eval` and in a cross-validation report.
#include <cstddef>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include <rapidjson/prettywriter.h>
#include <rapidjson/stringbuffer.h>

#include "eval/score.h"

namespace kg::detail {

/// "0.875" (three decimals), or "-" for an undefined ratio.
std::string fixed(std::optional<double> value);
/// Left / right aligned in `width` columns, at least one space from the next column. For
/// the ASCII names of types and relations.
std::string pad(const std::string& s, std::size_t width);
std::string rpad(const std::string& s, std::size_t width);
/// Throws std::runtime_error when `out` has failed.
void check_stream(std::ostream& out);

using JsonWriter = rapidjson::PrettyWriter<rapidjson::StringBuffer>;

void json_string(JsonWriter& w, const std::string& s);
void json_ratio(JsonWriter& w, const char* key, std::optional<double> value);  // null when undefined
void json_count(JsonWriter& w, const char* key, std::size_t n);
void json_strings(JsonWriter& w, const char* key, const std::vector<std::string>& values);
/// {"type", "nodes", "matched_nodes", "gold", "matched_gold", "precision", "recall", "f1"}
void json_type_score(JsonWriter& w, const TypeScore& t);
/// {"relation", "predicted", "correct", "gold", "found", "precision", "recall", "f1"}
void json_relation_score(JsonWriter& w, const RelationScore& r);

}  // namespace kg::detail
