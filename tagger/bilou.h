#pragma once
// BILOU labels over entity types and the constrained decoding of per-token label scores.
// Label 0 is O; type t has B = 1 + 4t, I = 2 + 4t, L = 3 + 4t, U = 4 + 4t.
#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace kg::tagger {

/// The span types the tagger learns, in label order.
enum class SpanType : std::uint8_t { Person, Org, Gpe, Event, Title };
inline constexpr int kSpanTypes = 5;
inline constexpr int kLabels = 1 + 4 * kSpanTypes;

/// A typed token span [first, last).
struct Span {
  SpanType type = SpanType::Person;
  std::uint32_t first = 0, last = 0;
  bool operator==(const Span&) const = default;
};

std::string_view span_type_name(SpanType type);  // "PERSON", "ORG", "GPE", "EVENT", "TITLE"
std::string label_name(int label);               // "O", "B-PERSON", ...
/// The label of `name` ("U-ORG"), or -1.
int label_of(std::string_view name);

/// One label per token; spans must not overlap (later ones lose).
std::vector<int> encode_bilou(const std::vector<Span>& spans, std::size_t tokens);
/// The spans of a label sequence that is valid BILOU.
std::vector<Span> spans_of(const std::vector<int>& labels);

/// The valid BILOU sequence of highest total score (Viterbi); scores[i][label] are
/// log-probabilities or any additive scores (finite, or -inf for an impossible label). Ties go to the lower label, so it is deterministic.
std::vector<int> decode_bilou(const std::vector<std::vector<double>>& scores);
/// The same over scores[0, n), one row of kLabels scores per token, into labels (resized to n).
/// The tagger's hot path: per-thread scratch, no allocation once the buffers have grown.
using LabelScores = std::array<double, kLabels>;
void decode_bilou(const LabelScores* scores, std::size_t n, std::vector<int>& labels);
/// The same, and whether every choice on the returned path (each token's predecessor and the
/// last label) won over its runner-up by more than relative * |winner's score| + absolute. When
/// it did, Viterbi over any scores that differ from these by a per-token constant, in exact
/// arithmetic or with rounding errors below that slack, returns the same labels.
bool decode_bilou_clearly(const LabelScores* scores, std::size_t n, std::vector<int>& labels, double relative,
                          double absolute);

}  // namespace kg::tagger
