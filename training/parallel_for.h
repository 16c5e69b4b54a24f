#pragma once
// Runs work(i) for i in [0, n) on up to `threads` threads (the caller's among them). Each index
// runs once; results that the caller stores by index do not depend on the thread count.
#include <algorithm>
#include <atomic>
#include <cstddef>
#include <thread>
#include <vector>

namespace kg::training {

template <class Work>
void parallel_for(std::size_t n, unsigned threads, Work&& work) {
  std::atomic<std::size_t> next{0};
  auto run = [&] {
    for (std::size_t i; (i = next++) < n;) work(i);
  };
  std::vector<std::thread> pool;
  for (unsigned t = 1; t < std::max(1u, threads); ++t) pool.emplace_back(run);
  run();
  for (auto& t : pool) t.join();
}

}  // namespace kg::training
