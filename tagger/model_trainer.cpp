#include "tagger/model_trainer.h"

#include <linear.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <map>
#include <memory>
#include <mutex>
#include <stdexcept>
#include <sstream>
#include <string>

#include "tagger/bilou.h"
#include "tagger/token_features.h"

namespace kg::tagger {
namespace {

void quiet(const char*) {}

struct ModelDeleter {
  void operator()(model* m) const { free_and_destroy_model(&m); }
};

}  // namespace

LinearModel train_model(const std::vector<TrainingSentence>& sentences, const TrainOptions& options) {
  std::vector<Example> examples;
  std::vector<std::string> feats;
  for (const auto& s : sentences)
    for (std::size_t i = 0; i < s.tokens.size(); ++i) {
      token_features(s.tokens, i, feats);
      examples.push_back({feats, s.labels[i]});
    }
  if (examples.empty()) throw std::runtime_error("no training sentences");
  return train_examples(examples, kLabels, options);
}

LinearModel train_examples(const std::vector<Example>& examples, int labels, const TrainOptions& options) {
  // Feature counts; ids follow sorted order.
  std::map<std::string, std::size_t> counts;
  std::vector<double> y;
  for (const auto& e : examples) {
    for (const auto& f : e.features) ++counts[f];
    y.push_back(e.label);
  }
  if (y.empty()) throw std::runtime_error("no training examples");
  std::map<std::string, int> ids;
  std::vector<const std::string*> names{nullptr};
  for (auto& [f, n] : counts)
    if (n >= static_cast<std::size_t>(options.min_count)) {
      int id = static_cast<int>(names.size());
      names.push_back(&ids.emplace(f, id).first->first);
    }

  std::vector<std::vector<feature_node>> rows(examples.size());
  std::vector<feature_node*> x(examples.size());
  for (std::size_t r = 0; r < examples.size(); ++r) {
    for (const auto& f : examples[r].features)
      if (auto it = ids.find(f); it != ids.end()) rows[r].push_back({it->second, 1.0});
    std::sort(rows[r].begin(), rows[r].end(), [](const feature_node& a, const feature_node& b) { return a.index < b.index; });
    rows[r].erase(std::unique(rows[r].begin(), rows[r].end(),
                              [](const feature_node& a, const feature_node& b) { return a.index == b.index; }),
                  rows[r].end());
    rows[r].push_back({-1, 0.0});
    x[r] = rows[r].data();
  }
  problem prob{};
  prob.l = static_cast<int>(y.size());
  prob.n = static_cast<int>(names.size() - 1);
  prob.y = y.data();
  prob.x = x.data();
  prob.bias = -1;  // the "bias" feature is on every token
  parameter param{};
  param.solver_type = L1R_LR;
  param.eps = options.eps;
  param.C = options.c;
  if (const char* error = check_parameter(&prob, &param)) throw std::runtime_error(std::string("liblinear: ") + error);

  std::unique_ptr<model, ModelDeleter> trained;
  {
    // liblinear draws its coordinate order from rand(): a fixed seed makes training repeatable.
    static std::mutex rand_mutex;
    std::lock_guard lock(rand_mutex);
    set_print_string_function(quiet);
    std::srand(1);
    trained.reset(train(&prob, &param));
  }

  const int nr_class = get_nr_class(trained.get());
  std::vector<int> label(static_cast<std::size_t>(nr_class));
  get_labels(trained.get(), label.data());
  std::vector<bool> known(static_cast<std::size_t>(labels), false);
  for (int l : label) known[static_cast<std::size_t>(l)] = true;
  std::vector<std::pair<std::string, LinearModel::Row>> out;
  for (int f = 1; f <= prob.n; ++f) {
    LinearModel::Row row;
    for (int c = 0; c < nr_class; ++c) {
      // Two classes share one weight vector (liblinear stores w for the first label only).
      double w = nr_class == 2 ? (c == 0 ? 1 : -1) * get_decfun_coef(trained.get(), f, 0)
                               : get_decfun_coef(trained.get(), f, c);
      if (std::fabs(w) >= options.min_weight) row.emplace_back(static_cast<std::uint8_t>(label[static_cast<std::size_t>(c)]), static_cast<float>(w));
    }
    std::sort(row.begin(), row.end());
    if (!row.empty()) out.emplace_back(*names[static_cast<std::size_t>(f)], std::move(row));
  }
  // Round-trip through the file form, so a model used straight from training scores exactly
  // as the same model read back from its file.
  std::ostringstream text;
  LinearModel(labels, std::move(known), std::move(out)).write(text);
  return LinearModel::parse(text.str(), "trained model");
}

}  // namespace kg::tagger
