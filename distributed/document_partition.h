#pragma once
// Which part of the inputs each rank of `mpirun -n N kgraph build` reads. The inputs, in the
// order `expand_inputs` gives them, are laid end to end as one byte sequence; rank r owns the
// r-th of N equal byte ranges of it. A file that cannot be split (a text file, a gzip'ed or
// oversized JSON Lines file) goes whole to the rank whose range holds its first byte; a JSON
// Lines file is cut where the ranges cut it (each piece then owns the lines that start in it,
// distributed/line_range.h). So every rank reads only its share, the shares follow input
// order (all of rank r's documents come before rank r + 1's), and the rule depends only on
// the file sizes: every rank computes the same partition without talking to the others.
#include <cstddef>
#include <cstdint>
#include <vector>

namespace kg::distributed {

/// One input as the partition sees it.
struct PartitionInput {
  std::uint64_t bytes = 0;
  bool splittable = false;  // a plain JSON Lines file that may be read in byte ranges
};

/// A part of one input that a rank reads: the whole input, or the lines that start in the
/// byte range [begin, end) of a splittable one.
struct Piece {
  std::size_t input = 0;  // index into the inputs
  bool whole = true;
  std::uint64_t begin = 0, end = 0;  // for a part: byte range into the input
  friend bool operator==(const Piece&, const Piece&) = default;
};

/// The pieces rank `rank` of `ranks` reads, in input order. Every input is read by exactly
/// one rank (whole), or cut into parts that cover it without overlap.
std::vector<Piece> partition(const std::vector<PartitionInput>& inputs, int rank, int ranks);

}  // namespace kg::distributed
