#pragma once
// Fixed-size little-endian fields of the records a build spills to disk (graph/fact_spill.h,
// graph/edge_evidence.h): one writer and one reader, so the two files cannot disagree.
#include <cstdint>
#include <stdexcept>
#include <string>

#include "extract/provenance.h"

namespace kg::detail {

inline void put32(std::string& out, std::uint32_t v) {
  for (int i = 0; i < 4; ++i) out.push_back(static_cast<char>(v >> (8 * i)));
}

/// Reads 4 bytes at `at` and moves past them; `owner` names the spill in the error.
inline std::uint32_t get32(const std::string& in, std::size_t& at, const char* owner) {
  if (at + 4 > in.size()) throw std::logic_error(std::string(owner) + ": a record cut short");
  std::uint32_t v = 0;
  for (int i = 0; i < 4; ++i) v |= std::uint32_t{static_cast<unsigned char>(in[at + i])} << (8 * i);
  at += 4;
  return v;
}

inline ByteRange get_range(const std::string& in, std::size_t& at, const char* owner) {
  ByteRange r;
  r.begin = get32(in, at, owner);
  r.end = get32(in, at, owner);
  return r;
}

}  // namespace kg::detail
