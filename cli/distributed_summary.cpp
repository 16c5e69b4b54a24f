#include "cli/distributed_summary.h"

#include <sys/resource.h>

#include <iostream>
#include <map>
#include <string>

namespace kg::cli {
namespace {

std::uint64_t ms_between(std::chrono::steady_clock::time_point a, std::chrono::steady_clock::time_point b) {
  return static_cast<std::uint64_t>(std::chrono::duration_cast<std::chrono::milliseconds>(b - a).count());
}

}  // namespace

std::vector<std::uint64_t> RankFigures::values() const {
  return {documents, input_bytes, sent_bytes, extracted_ms, done_ms, cpu_ms, peak_rss_kb};
}

RankFigures RankFigures::from(const std::vector<std::uint64_t>& v) {
  RankFigures f;
  if (v.size() == 7) f = {v[0], v[1], v[2], v[3], v[4], v[5], v[6]};
  return f;
}

void RankFigures::measure(std::uint64_t elapsed_ms) {
  rusage u{};
  getrusage(RUSAGE_SELF, &u);
  done_ms = elapsed_ms;
  cpu_ms = static_cast<std::uint64_t>((u.ru_utime.tv_sec + u.ru_stime.tv_sec) * 1000 +
                                      (u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1000);
  peak_rss_kb = static_cast<std::uint64_t>(u.ru_maxrss);
}

void PhaseClock::lap(const char* phase) {
  auto now = std::chrono::steady_clock::now();
  laps_.emplace_back(phase, ms_between(last_, now));
  last_ = now;
}

std::uint64_t PhaseClock::elapsed_ms() const { return ms_between(start_, std::chrono::steady_clock::now()); }

void print_distributed_summary(const GraphTally& graph, std::size_t documents, std::size_t sentences,
                               const PhaseClock& clock, const std::vector<RankFigures>& ranks, bool verbose) {
  std::cerr << "kgraph: " << documents << " documents, " << sentences << " sentences, " << graph.nodes
            << " entities, " << graph.edges << " relations in " << clock.elapsed_ms() << " ms on "
            << ranks.size() << (ranks.size() == 1 ? " rank\n" : " ranks\n");
  std::cerr << "  entities:";
  for (auto& [type, n] : graph.entities) std::cerr << ' ' << type << ' ' << n;
  std::cerr << "\n  relations:";
  for (auto& [rel, n] : graph.relations) std::cerr << ' ' << rel << ' ' << n;
  std::cerr << "\n  time (rank 0):";
  for (auto& [phase, ms] : clock.laps()) std::cerr << ' ' << phase << ' ' << ms << " ms";
  std::cerr << '\n';
  if (!verbose) return;
  for (std::size_t r = 0; r < ranks.size(); ++r) {
    const RankFigures& f = ranks[r];
    std::cerr << "  rank " << r << ": " << f.documents << " documents, " << f.input_bytes << " input bytes, extracted at "
              << f.extracted_ms << " ms, done at " << f.done_ms << " ms, CPU " << f.cpu_ms << " ms, sent "
              << f.sent_bytes << " bytes, peak RSS " << f.peak_rss_kb / 1024 << " MB\n";
  }
}

}  // namespace kg::cli
