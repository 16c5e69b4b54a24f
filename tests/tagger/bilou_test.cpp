#include <catch2/catch.hpp>

#include "tagger/bilou.h"

using kg::tagger::Span;
using kg::tagger::SpanType;

TEST_CASE("BILOU labels name every span type and part, and read back", "[tagger][bilou]") {
  CHECK(kg::tagger::label_name(0) == "O");
  CHECK(kg::tagger::label_name(1) == "B-PERSON");
  CHECK(kg::tagger::label_name(kg::tagger::kLabels - 1) == "U-TITLE");
  for (int l = 0; l < kg::tagger::kLabels; ++l) CHECK(kg::tagger::label_of(kg::tagger::label_name(l)) == l);
  CHECK(kg::tagger::label_of("X-ORG") == -1);
}

TEST_CASE("Spans encode to BILOU and decode to the same spans", "[tagger][bilou]") {
  std::vector<Span> spans{{SpanType::Title, 0, 2}, {SpanType::Person, 2, 4}, {SpanType::Gpe, 5, 6}, {SpanType::Org, 7, 10}};
  auto labels = kg::tagger::encode_bilou(spans, 11);
  CHECK(kg::tagger::label_name(labels[0]) == "B-TITLE");
  CHECK(kg::tagger::label_name(labels[1]) == "L-TITLE");
  CHECK(kg::tagger::label_name(labels[5]) == "U-GPE");
  CHECK(kg::tagger::label_name(labels[8]) == "I-ORG");
  CHECK(labels[4] == 0);
  CHECK(kg::tagger::spans_of(labels) == spans);
}

TEST_CASE("An overlapping span loses to the one listed before it", "[tagger][bilou]") {
  auto labels = kg::tagger::encode_bilou({{SpanType::Org, 0, 5}, {SpanType::Gpe, 4, 5}}, 5);
  CHECK(kg::tagger::spans_of(labels) == std::vector<Span>{{SpanType::Org, 0, 5}});
}

TEST_CASE("Decoding picks the best valid sequence, not the best label per token", "[tagger][bilou]") {
  // Token-wise best would be I-PERSON, O: invalid. The best valid reading is U-PERSON, O.
  std::vector<std::vector<double>> scores(2, std::vector<double>(kg::tagger::kLabels, -10.0));
  scores[0][kg::tagger::label_of("I-PERSON")] = -0.1;
  scores[0][kg::tagger::label_of("U-PERSON")] = -0.5;
  scores[0][0] = -3.0;
  scores[1][0] = -0.1;
  auto labels = kg::tagger::decode_bilou(scores);
  CHECK(kg::tagger::label_name(labels[0]) == "U-PERSON");
  CHECK(labels[1] == 0);
  CHECK(kg::tagger::decode_bilou({}).empty());
}

TEST_CASE("A decoded sequence never ends inside a span", "[tagger][bilou]") {
  std::vector<std::vector<double>> scores(1, std::vector<double>(kg::tagger::kLabels, -10.0));
  scores[0][kg::tagger::label_of("B-ORG")] = 0.0;
  scores[0][0] = -1.0;
  CHECK(kg::tagger::decode_bilou(scores) == std::vector<int>{0});
}
