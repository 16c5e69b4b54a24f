#pragma once
// Signs of life during a long `kgraph build`: one line on stderr, redrawn in place a few
// times a second, with the phase, documents and megabytes done (of the total when known),
// the rate and the time so far. Only for a person watching: on when stderr is a terminal
// (or --progress), never mixed into a log.
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <mutex>
#include <optional>
#include <string>
#include <thread>

namespace kg::cli {

/// One snapshot of a build, as format_progress shows it.
struct ProgressState {
  std::string phase;  // "reading+extracting", "resolving", "writing"
  std::uint64_t documents = 0;
  std::optional<std::uint64_t> documents_total;  // known when every input is a text file
  std::uint64_t bytes = 0;                        // input bytes (compressed ones for .gz) done
  std::optional<std::uint64_t> bytes_total;       // known unless stdin is an input
  double seconds = 0;                             // since the build started
  bool show_rate = false;                         // while reading: the rate so far
};

/// "kgraph: reading+extracting 120/5000 docs, 12.5/980.0 MB (1%), 96 docs/s, 10.0 MB/s, 0:01"
/// (MB are 10^6 bytes; the parts whose total is unknown show only what is done).
std::string format_progress(const ProgressState& state);

/// True when a build shows progress: always with --progress (`forced`), else when stderr is a
/// terminal and --quiet was not given.
bool progress_wanted(bool forced, bool quiet);

/// The progress line of one build. advance() may be called from any thread; the others
/// from the thread that made it. Disabled, it draws nothing and costs two atomic adds.
class Progress {
 public:
  explicit Progress(bool enabled);
  ~Progress();  // erases the line
  Progress(const Progress&) = delete;
  Progress& operator=(const Progress&) = delete;

  void set_totals(std::optional<std::uint64_t> documents, std::optional<std::uint64_t> bytes);
  /// Starts a phase and draws at once, so even a short build shows each phase.
  void phase(const char* name);
  void advance(std::uint64_t documents, std::uint64_t bytes);
  /// Prints one line (a warning) on stderr above the progress line.
  void print(const std::string& line);
  /// Erases the line and stops drawing, before the summary.
  void finish();

 private:
  void draw();  // with mutex_ held
  void erase();
  bool enabled_;
  std::chrono::steady_clock::time_point start_ = std::chrono::steady_clock::now();
  std::atomic<std::uint64_t> documents_{0}, bytes_{0};
  std::optional<std::uint64_t> documents_total_, bytes_total_;
  std::string phase_;
  std::size_t drawn_ = 0;  // length of the line on screen
  bool stop_ = false;
  std::mutex mutex_;
  std::condition_variable wake_;
  std::thread ticker_;
};

}  // namespace kg::cli
