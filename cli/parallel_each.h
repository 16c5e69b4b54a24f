#pragma once
// parallel_each: runs body(0) ... body(n - 1) on up to `threads` threads, the caller's among
// them, and reports each call's exception by index, so that callers can act on the first
// failure in input order whatever the thread timing.
#include <algorithm>
#include <atomic>
#include <cstddef>
#include <exception>
#include <thread>
#include <vector>

namespace kg::cli {

/// Returns, per index, the exception body(i) threw (null when it returned).
template <typename Body>
std::vector<std::exception_ptr> parallel_each(std::size_t n, unsigned threads, Body&& body) {
  std::vector<std::exception_ptr> errors(n);
  std::atomic<std::size_t> next{0};
  auto worker = [&] {
    for (std::size_t i; (i = next.fetch_add(1)) < n;) {
      try {
        body(i);
      } catch (...) {
        errors[i] = std::current_exception();
      }
    }
  };
  threads = static_cast<unsigned>(std::max<std::size_t>(1, std::min<std::size_t>(threads, n)));
  std::vector<std::thread> pool;
  for (unsigned t = 1; t < threads; ++t) pool.emplace_back(worker);
  worker();
  for (auto& t : pool) t.join();
  return errors;
}

/// Rethrows the first exception of parallel_each's result, if any.
inline void rethrow_first(const std::vector<std::exception_ptr>& errors) {
  for (const auto& e : errors)
    if (e) std::rethrow_exception(e);
}

}  // namespace kg::cli
