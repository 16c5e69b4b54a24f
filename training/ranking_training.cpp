#include "training/ranking_training.h"

#include <linear.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <memory>
#include <stdexcept>
#include <sstream>

namespace kg::training {
namespace {

void quiet(const char*) {}

struct ModelDeleter {
  void operator()(model* m) const { free_and_destroy_model(&m); }
};

// The features of `a` less those of `b`, by feature id: +1, -1, or absent where both have it.
std::vector<feature_node> difference(const std::vector<int>& a, const std::vector<int>& b) {
  std::vector<feature_node> out;
  std::size_t i = 0, k = 0;
  while (i < a.size() || k < b.size()) {
    if (k == b.size() || (i < a.size() && a[i] < b[k])) out.push_back({a[i++], 1.0});
    else if (i == a.size() || b[k] < a[i]) out.push_back({b[k++], -1.0});
    else ++i, ++k;
  }
  out.push_back({-1, 0.0});
  return out;
}

}  // namespace

tagger::LinearModel train_ranking(const std::vector<RankingGroup>& groups, const RankingOptions& options) {
  auto teaches = [](const RankingGroup& g) {
    bool right = false, wrong = false;
    for (bool c : g.correct) (c ? right : wrong) = true;
    return right && wrong;
  };
  // Feature ids in sorted order, over the groups that teach something.
  std::map<std::string, int> ids;
  for (const auto& g : groups)
    if (teaches(g))
      for (const auto& c : g.candidates)
        for (const auto& f : c) ids.emplace(f, 0);
  std::vector<const std::string*> names{nullptr};
  for (auto& [f, id] : ids) id = static_cast<int>(names.size()), names.push_back(&f);

  // One example per (correct, wrong) pair of a group; the pairs alternate in direction, so
  // both labels occur and the problem needs no bias.
  std::vector<std::vector<feature_node>> rows;
  std::vector<double> y;
  for (const auto& g : groups) {
    if (!teaches(g)) continue;
    std::vector<std::vector<int>> feats(g.candidates.size());
    for (std::size_t c = 0; c < g.candidates.size(); ++c) {
      for (const auto& f : g.candidates[c]) feats[c].push_back(ids.at(f));
      std::sort(feats[c].begin(), feats[c].end());
      feats[c].erase(std::unique(feats[c].begin(), feats[c].end()), feats[c].end());
    }
    for (std::size_t r = 0; r < g.candidates.size(); ++r) {
      if (!g.correct[r]) continue;
      for (std::size_t w = 0; w < g.candidates.size(); ++w) {
        if (g.correct[w]) continue;
        bool flip = y.size() % 2 == 1;
        rows.push_back(flip ? difference(feats[w], feats[r]) : difference(feats[r], feats[w]));
        y.push_back(flip ? 0 : 1);
      }
    }
  }
  if (y.size() < 2) throw std::runtime_error("ranking: fewer than two training pairs");
  std::vector<feature_node*> x;
  for (auto& r : rows) x.push_back(r.data());
  problem prob{};
  prob.l = static_cast<int>(y.size());
  prob.n = static_cast<int>(names.size() - 1);
  prob.y = y.data();
  prob.x = x.data();
  prob.bias = -1;
  parameter param{};
  param.solver_type = L2R_LR;
  param.eps = options.eps;
  param.C = options.c;
  if (const char* error = check_parameter(&prob, &param)) throw std::runtime_error(std::string("liblinear: ") + error);
  set_print_string_function(quiet);
  std::unique_ptr<model, ModelDeleter> trained(train(&prob, &param));

  // liblinear's one weight vector scores its first label (the label of the first pair, 1).
  int first_label = 0;
  get_labels(trained.get(), &first_label);
  const double sign = first_label == 1 ? 1 : -1;
  std::vector<std::pair<std::string, tagger::LinearModel::Row>> out;
  for (int f = 1; f <= prob.n; ++f) {
    double w = sign * get_decfun_coef(trained.get(), f, 0);
    if (std::fabs(w) >= options.min_weight)
      out.emplace_back(*names[static_cast<std::size_t>(f)], tagger::LinearModel::Row{{1, static_cast<float>(w)}});
  }
  // Through the file form, so the model scores exactly as when read back from its file.
  std::ostringstream text;
  tagger::LinearModel(2, {true, true}, std::move(out)).write(text);
  return tagger::LinearModel::parse(text.str(), "trained ranker");
}

}  // namespace kg::training
