#include <catch2/catch.hpp>

#include "distributed/document_partition.h"

namespace kg::distributed {
namespace {

// Every piece of every rank, in rank order.
std::vector<Piece> all_pieces(const std::vector<PartitionInput>& inputs, int ranks) {
  std::vector<Piece> all;
  for (int r = 0; r < ranks; ++r)
    for (const auto& p : partition(inputs, r, ranks)) all.push_back(p);
  return all;
}

}  // namespace

TEST_CASE("The partition gives every whole input to one rank, in input order", "[distributed][partition]") {
  std::vector<PartitionInput> inputs = {{100, false}, {0, false}, {5000, false}, {1, false}, {300, false}, {0, false}};
  int ranks = GENERATE(1, 2, 3, 4, 7, 16);
  CAPTURE(ranks);
  auto all = all_pieces(inputs, ranks);
  REQUIRE(all.size() == inputs.size());
  for (std::size_t i = 0; i < all.size(); ++i) {
    CHECK(all[i].input == i);
    CHECK(all[i].whole);
  }
}

TEST_CASE("The partition cuts a JSON Lines file into ranges that cover it once", "[distributed][partition]") {
  std::vector<PartitionInput> inputs = {{10, false}, {1000, true}, {7, false}, {333, true}};
  int ranks = GENERATE(1, 2, 3, 4, 5);
  CAPTURE(ranks);
  auto all = all_pieces(inputs, ranks);
  std::vector<std::uint64_t> covered(inputs.size(), 0);
  std::size_t last_input = 0;
  for (const auto& p : all) {
    CHECK(p.input >= last_input);  // rank order is input order
    last_input = p.input;
    if (p.whole) {
      covered[p.input] += inputs[p.input].bytes;
      continue;
    }
    CHECK(inputs[p.input].splittable);
    CHECK(p.begin < p.end);
    CHECK(p.begin == (covered[p.input]));  // the next range starts where the last one ended
    covered[p.input] = p.end;
  }
  for (std::size_t i = 0; i < inputs.size(); ++i) CHECK(covered[i] == inputs[i].bytes);
}

TEST_CASE("The partition gives each rank about the same number of bytes", "[distributed][partition]") {
  std::vector<PartitionInput> inputs(1000, {4096, false});
  for (int r = 0; r < 4; ++r) CHECK(partition(inputs, r, 4).size() == 250);
  std::vector<PartitionInput> one = {{4'000'000'000'000ull, true}};
  auto last = partition(one, 2, 3);
  REQUIRE(last.size() == 1);
  CHECK(last[0].begin == 2'666'666'666'666ull);
  CHECK(last[0].end == 4'000'000'000'000ull);
}

TEST_CASE("The partition of no input is empty, and empty files still have an owner", "[distributed][partition]") {
  CHECK(partition({}, 0, 2).empty());
  CHECK(partition({}, 1, 2).empty());
  std::vector<PartitionInput> empty = {{0, true}, {0, false}};
  CHECK(partition(empty, 0, 3).empty());
  CHECK(partition(empty, 1, 3).empty());
  CHECK(partition(empty, 2, 3).size() == 2);  // the last rank takes what starts at the very end
}

}  // namespace kg::distributed
