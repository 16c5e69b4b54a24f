// cli/parallel_each.h: every index runs once, and failures are reported by index whatever
// the thread count, which is what lets `kgraph build` name the first bad input in input order.
#include <catch2/catch.hpp>

#include <atomic>
#include <stdexcept>
#include <vector>

#include "cli/parallel_each.h"

TEST_CASE("parallel_each runs every index once and reports failures by index", "[cli][jobs]") {
  unsigned threads = GENERATE(1u, 2u, 3u, 64u);
  CAPTURE(threads);
  std::vector<std::atomic<int>> calls(50);
  auto errors = kg::cli::parallel_each(calls.size(), threads, [&](std::size_t i) {
    ++calls[i];
    if (i % 7 == 3) throw std::runtime_error("bad " + std::to_string(i));
  });
  for (const auto& c : calls) CHECK(c == 1);
  REQUIRE(errors.size() == calls.size());
  for (std::size_t i = 0; i < errors.size(); ++i) CHECK(static_cast<bool>(errors[i]) == (i % 7 == 3));
  CHECK_THROWS_WITH(kg::cli::rethrow_first(errors), "bad 3");
}

TEST_CASE("parallel_each with nothing to do calls nothing", "[cli][jobs]") {
  int calls = 0;
  auto errors = kg::cli::parallel_each(0, 4, [&](std::size_t) { ++calls; });
  CHECK(errors.empty());
  CHECK(calls == 0);
  CHECK_NOTHROW(kg::cli::rethrow_first(errors));
}
