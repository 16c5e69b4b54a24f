#pragma once
// The summary of `mpirun -n N kgraph build` (issue 15), printed once, by rank 0: what a
// one-process build prints (documents, sentences, entities and relations by type, the time
// of each phase, here rank 0's) and, under --verbose, one line of figures per rank.
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "graph/knowledge_graph.h"

namespace kg::cli {

/// One rank's figures; they travel to rank 0 as values().
struct RankFigures {
  std::uint64_t documents = 0, input_bytes = 0, sent_bytes = 0;
  std::uint64_t extracted_ms = 0, done_ms = 0;  // since the rank started: its share extracted, its part done
  std::uint64_t cpu_ms = 0, peak_rss_kb = 0;    // getrusage: user + system time, maximum resident set

  std::vector<std::uint64_t> values() const;
  static RankFigures from(const std::vector<std::uint64_t>& values);
  /// Sets done_ms (from `elapsed_ms`), cpu_ms and peak_rss_kb to this process's figures so far.
  void measure(std::uint64_t elapsed_ms);
};

/// The wall time of each phase of one rank, in order.
class PhaseClock {
 public:
  void lap(const char* phase);
  std::uint64_t elapsed_ms() const;
  const std::vector<std::pair<const char*, std::uint64_t>>& laps() const { return laps_; }

 private:
  std::chrono::steady_clock::time_point start_ = std::chrono::steady_clock::now(), last_ = start_;
  std::vector<std::pair<const char*, std::uint64_t>> laps_;
};

/// The graph's entities and relations, counted by type.
struct GraphTally {
  std::size_t nodes = 0, edges = 0;
  std::map<std::string, std::size_t> entities, relations;
  void add(EntityType type) { ++nodes, ++entities[std::string(to_string(type))]; }
  void add(Relation relation) { ++edges, ++relations[std::string(to_string(relation))]; }
};

/// Prints the summary on stderr: rank 0's phases from `clock`, the rank lines when `verbose`.
void print_distributed_summary(const GraphTally& graph, std::size_t documents, std::size_t sentences,
                               const PhaseClock& clock, const std::vector<RankFigures>& ranks, bool verbose);

}  // namespace kg::cli
