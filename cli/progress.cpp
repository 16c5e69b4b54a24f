#include "cli/progress.h"

#include <algorithm>
#include <cstdio>
#include <iostream>
#include <sys/ioctl.h>
#include <unistd.h>

namespace kg::cli {
namespace {

std::string megabytes(std::uint64_t bytes) {
  char text[32];
  std::snprintf(text, sizeof text, "%.1f", static_cast<double>(bytes) / 1e6);
  return text;
}

std::string clock_time(double seconds) {
  auto s = static_cast<long long>(seconds);
  char text[32];
  if (s >= 3600) std::snprintf(text, sizeof text, "%lld:%02lld:%02lld", s / 3600, s / 60 % 60, s % 60);
  else std::snprintf(text, sizeof text, "%lld:%02lld", s / 60, s % 60);
  return text;
}

// Columns of the terminal on stderr; 0 when it is not one (nothing is cut then).
std::size_t terminal_width() {
  struct winsize size {};
  if (::ioctl(STDERR_FILENO, TIOCGWINSZ, &size) != 0) return 0;
  return size.ws_col;
}

}  // namespace

// Built by appending: GCC 12 misreads `"/" + std::to_string(n)` as an overlapping memcpy (-Wrestrict).
std::string format_progress(const ProgressState& s) {
  std::string line = "kgraph: ";
  line += s.phase;
  line += ' ';
  line += std::to_string(s.documents);
  if (s.documents_total) {
    line += '/';
    line += std::to_string(*s.documents_total);
  }
  line += " docs, ";
  line += megabytes(s.bytes);
  if (s.bytes_total) {
    line += '/';
    line += megabytes(*s.bytes_total);
  }
  line += " MB";
  std::optional<std::uint64_t> percent;
  if (s.bytes_total && *s.bytes_total > 0) percent = std::min<std::uint64_t>(100, s.bytes * 100 / *s.bytes_total);
  else if (s.documents_total && *s.documents_total > 0)
    percent = std::min<std::uint64_t>(100, s.documents * 100 / *s.documents_total);
  if (percent) {
    line += " (";
    line += std::to_string(*percent);
    line += "%)";
  }
  if (s.show_rate && s.seconds > 0) {
    char rate[64];
    std::snprintf(rate, sizeof rate, ", %.0f docs/s, %.1f MB/s", static_cast<double>(s.documents) / s.seconds,
                  static_cast<double>(s.bytes) / 1e6 / s.seconds);
    line += rate;
  }
  line += ", ";
  line += clock_time(s.seconds);
  return line;
}

bool progress_wanted(bool forced, bool quiet) { return forced || (!quiet && ::isatty(STDERR_FILENO) == 1); }

Progress::Progress(bool enabled) : enabled_(enabled) {
  if (!enabled_) return;
  ticker_ = std::thread([this] {
    std::unique_lock<std::mutex> lock(mutex_);
    while (!wake_.wait_for(lock, std::chrono::milliseconds(250), [this] { return stop_; }))
      if (!phase_.empty()) draw();
  });
}

Progress::~Progress() { finish(); }

void Progress::set_totals(std::optional<std::uint64_t> documents, std::optional<std::uint64_t> bytes) {
  std::lock_guard<std::mutex> lock(mutex_);
  documents_total_ = documents;
  bytes_total_ = bytes;
}

void Progress::phase(const char* name) {
  std::lock_guard<std::mutex> lock(mutex_);
  phase_ = name;
  if (enabled_ && !stop_) draw();
}

void Progress::advance(std::uint64_t documents, std::uint64_t bytes) {
  documents_.fetch_add(documents, std::memory_order_relaxed);
  bytes_.fetch_add(bytes, std::memory_order_relaxed);
}

void Progress::print(const std::string& line) {
  std::lock_guard<std::mutex> lock(mutex_);
  if (enabled_ && !stop_) erase();
  std::cerr << line << '\n';
  if (enabled_ && !stop_ && !phase_.empty()) draw();
}

void Progress::finish() {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    if (!enabled_ || stop_) return;
    stop_ = true;
    erase();
  }
  wake_.notify_all();
  ticker_.join();
}

void Progress::draw() {
  ProgressState state;
  state.phase = phase_;
  state.documents = documents_.load(std::memory_order_relaxed);
  state.documents_total = documents_total_;
  state.bytes = bytes_.load(std::memory_order_relaxed);
  state.bytes_total = bytes_total_;
  state.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
  state.show_rate = phase_ == "reading+extracting";
  std::string line = format_progress(state);
  // A line as wide as the terminal would wrap, and "\r" would then redraw only its last row.
  if (std::size_t width = terminal_width(); width > 1 && line.size() >= width) line.resize(width - 1);
  std::string out(1, '\r');
  out += line;
  if (line.size() < drawn_) out.append(drawn_ - line.size(), ' ');  // blank what the longer line left
  drawn_ = line.size();
  std::cerr << out << std::flush;
}

void Progress::erase() {
  if (drawn_ == 0) return;
  std::cerr << '\r' << std::string(drawn_, ' ') << '\r' << std::flush;
  drawn_ = 0;
}

}  // namespace kg::cli
