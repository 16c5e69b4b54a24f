// The tagger's hot path (dense and sparse weight rows, per-sentence feature hashes, Viterbi over
// two maxima per token, shifted scores with a margin check) must give the very labels of the
// plain computation it replaced: these tests keep a plain version of each step beside it.
#include <catch2/catch.hpp>

#include <cmath>
#include <limits>
#include <random>
#include <string>
#include <vector>

#include "tagger/bilou.h"
#include "tagger/linear_model.h"
#include "tagger/sequence_tagger.h"
#include "tagger/token_features.h"

namespace tg = kg::tagger;

namespace {

// Viterbi as it was first written: every label's predecessors listed and searched in order.
bool may_follow(int prev, int next) {
  auto part = [](int l) { return (l - 1) % 4; };
  auto type = [](int l) { return (l - 1) / 4; };
  bool opens = prev == 0 || part(prev) >= 2;
  if (opens) return next == 0 || part(next) == 0 || part(next) == 3;
  return next != 0 && type(next) == type(prev) && (part(next) == 1 || part(next) == 2);
}

std::vector<int> plain_viterbi(const std::vector<std::vector<double>>& scores) {
  const std::size_t n = scores.size();
  if (n == 0) return {};
  const double none = -std::numeric_limits<double>::infinity();
  std::vector<std::vector<double>> best(n, std::vector<double>(tg::kLabels, none));
  std::vector<std::vector<int>> from(n, std::vector<int>(tg::kLabels, 0));
  for (int l = 0; l < tg::kLabels; ++l)
    if (may_follow(0, l)) best[0][l] = scores[0][l];
  for (std::size_t i = 1; i < n; ++i)
    for (int l = 0; l < tg::kLabels; ++l) {
      double top = none;
      int arg = 0;
      for (int p = 0; p < tg::kLabels; ++p)
        if (may_follow(p, l) && best[i - 1][p] > top) top = best[i - 1][p], arg = p;
      best[i][l] = top == none ? none : top + scores[i][l];
      from[i][l] = arg;
    }
  int last = 0;
  for (int l = 0; l < tg::kLabels; ++l)
    if (may_follow(l, 0) && best[n - 1][l] > best[n - 1][last]) last = l;
  std::vector<int> labels(n);
  labels[n - 1] = last;
  for (std::size_t i = n - 1; i > 0; --i) labels[i - 1] = from[i][labels[i]];
  return labels;
}

// Scores drawn from a few values, so that many paths tie.
std::vector<std::vector<double>> coarse_scores(std::mt19937& rng, std::size_t n) {
  std::uniform_int_distribution<int> pick(0, 3);
  std::vector<std::vector<double>> s(n, std::vector<double>(tg::kLabels));
  for (auto& row : s)
    for (auto& v : row) v = -1.0 * pick(rng);
  return s;
}

tg::TaggerToken token(const std::string& word, const std::string& proposal = "O", std::uint32_t classes = 0) {
  tg::TaggerToken t;
  t.folded = word;
  t.shape = tg::word_shape(word);
  t.proposal = proposal;
  t.classes = classes;
  t.space_before = true;
  return t;
}

// A model with dense rows (bias, shapes: >= 4 weights) and sparse ones, over every label.
std::string model_text() {
  std::string text = "kgraph-tagger-model 1\nlabels";
  for (int l = 0; l < tg::kLabels; ++l) {
    text += ' ';
    text += tg::label_name(l);
  }
  text += "\nbias\t";
  for (int l = 0; l < tg::kLabels; ++l) {
    if (l) text += ' ';
    text += std::to_string(l);
    text += ':';
    text += std::to_string(-0.25 * l);  // "0:-0.000000": a weight of -0.0
  }
  text += "\nc=3\t13:1.5 14:0.25 15:0.5\n";
  text += "pr=B-ORG\t5:2.5 6:0.5 9:-1 13:0.75\n";
  text += "sh=Xx\t0:-1.25 1:1.5 2:0.5 3:1 4:2 5:0.5 7:0.5 8:1 12:1.25 20:0.125\n";
  text += "w-1=minister\t1:0.5 4:1.25\n";
  text += "w=aldo\t4:2.5\n";
  return text;
}

}  // namespace

TEST_CASE("Viterbi over two maxima per token picks what the predecessor search picked, ties included",
          "[tagger][bilou]") {
  std::mt19937 rng(11);
  for (int round = 0; round < 300; ++round) {
    auto scores = coarse_scores(rng, 1 + static_cast<std::size_t>(round % 17));
    CAPTURE(round);
    CHECK(tg::decode_bilou(scores) == plain_viterbi(scores));
  }
}

TEST_CASE("A clear win survives a constant per token; a tie is reported as not clear", "[tagger][bilou]") {
  std::mt19937 rng(5);
  std::uniform_real_distribution<double> real(-8.0, 0.0), shift(0.0, 3.0);
  for (int round = 0; round < 200; ++round) {
    const std::size_t n = 1 + static_cast<std::size_t>(round % 23);
    std::vector<tg::LabelScores> scores(n), shifted(n);
    for (std::size_t i = 0; i < n; ++i) {
      double c = shift(rng);
      for (int l = 0; l < tg::kLabels; ++l) scores[i][l] = real(rng), shifted[i][l] = scores[i][l] - c;
    }
    std::vector<int> a, b;
    bool clear = tg::decode_bilou_clearly(scores.data(), n, a, 1e-12, 1e-12);
    tg::decode_bilou(shifted.data(), n, b);
    CAPTURE(round);
    if (clear) CHECK(a == b);
  }
  std::vector<tg::LabelScores> tie(2);
  for (auto& row : tie) row.fill(-5.0);
  tie[0][0] = tie[1][0] = -1.0;
  tie[0][tg::label_of("U-ORG")] = tie[0][tg::label_of("U-GPE")] = -0.5;  // two equally good readings
  std::vector<int> labels;
  CHECK_FALSE(tg::decode_bilou_clearly(tie.data(), tie.size(), labels, 0, 0));
  CHECK(labels == std::vector<int>{tg::label_of("U-ORG"), 0});  // the lower label, as decode_bilou
}

TEST_CASE("Dense and sparse rows sum the weights of each label in feature order", "[tagger][model]") {
  tg::LinearModel m = tg::LinearModel::parse(model_text(), "m.model");
  REQUIRE(m.knows_every_label());
  const std::vector<std::string> features{"bias", "sh=Xx", "w=aldo", "w=unknown", "pr=B-ORG", "c=3", "w-1=minister"};
  std::vector<double> sums(tg::kLabels, 0.0);  // summed as the first version did: feature by feature
  for (const auto& f : features) {
    std::string text = model_text(), line = "\n";
    line += f;
    line += '\t';
    std::size_t at = text.find(line);
    if (at == std::string::npos) continue;
    std::string row = text.substr(at + f.size() + 2, text.find('\n', at + 1) - at - f.size() - 2);
    for (std::size_t p = 0; p < row.size();) {
      std::size_t colon = row.find(':', p), end = std::min(row.find(' ', p), row.size());
      sums[std::stoul(row.substr(p, colon - p))] += static_cast<double>(std::stof(row.substr(colon + 1, end - colon - 1)));
      p = end + 1;
    }
  }
  std::vector<std::uint64_t> hashes;
  for (const auto& f : features) hashes.push_back(tg::feature_hash(f));
  tg::LabelScores shifted;
  m.shifted_scores(hashes.data(), hashes.size(), shifted.data());
  std::vector<double> probabilities;
  m.scores(features, probabilities);
  double top = *std::max_element(sums.begin(), sums.end()), total = 0;
  for (double s : sums) total += std::exp(s - top);
  for (int l = 0; l < tg::kLabels; ++l) {
    CAPTURE(l);
    CHECK(shifted[l] == sums[l] - top);
    CHECK(probabilities[l] == sums[l] - (top + std::log(total)));
  }
}

TEST_CASE("The tagger's labels are those of Viterbi over the model's log-probabilities", "[tagger][model]") {
  tg::SequenceTagger tagger(tg::LinearModel::parse(model_text(), "m.model"));
  const std::vector<tg::TaggerSentence> sentences{
      {token("the"), token("minister"), token("Aldo"), token("said"), token("that"), token("it"), token("rained")},
      {token("Velmar", "B-ORG", 1u << 3), token("Forum", "L-ORG"), token("met"), token("Aldo", "U-PERSON")},
      {token("Aldo")},
      {token("a"), token("b"), token("c")},
  };
  for (const auto& s : sentences) {
    std::vector<std::vector<double>> scores(s.size());
    std::vector<std::string> features;
    for (std::size_t i = 0; i < s.size(); ++i) {
      if (tg::SequenceTagger::quiet(s, i)) {
        scores[i].assign(tg::kLabels, -1e9);
        scores[i][0] = 0.0;
        continue;
      }
      tg::token_features(s, i, features);
      tagger.model().scores(features, scores[i]);
    }
    CHECK(tagger.labels(s) == tg::decode_bilou(scores));
  }
}

TEST_CASE("Word shapes stop at 8 characters as the whole shape cut at 8 did", "[tagger][features]") {
  auto plain_shape = [](std::string_view surface) {  // the first version: the whole shape, then cut
    std::string shape;
    for (unsigned char c : surface) {
      char k;
      if (c >= 'A' && c <= 'Z') k = 'X';
      else if (c >= 'a' && c <= 'z') k = 'x';
      else if (c >= '0' && c <= '9') k = 'd';
      else if (c >= 0x80) {
        if ((c & 0xC0) == 0x80) continue;
        k = shape.empty() || shape.back() == '-' ? 'X' : 'x';
      } else k = static_cast<char>(c);
      if (shape.empty() || shape.back() != k) shape += k;
    }
    return shape.substr(0, 8);
  };
  for (std::string_view w : {"", "a", "A1b2C3d4", "A1b2C3d4e", "A1b2C3d4e5F6", "aaaaaaaaaaaaaaaaaaaa", "Al-Saud-Al-Thani-Bin",
                             "\xC3\x87" "avu\xC5\x9F-o\xC4\x9F" "lu-\xC3\x87" "a-\xC3\x87" "a", "U.S.A.F.B.I.", "--__..''"}) {
    CAPTURE(w);
    CHECK(tg::word_shape(w) == plain_shape(w));
  }
}
