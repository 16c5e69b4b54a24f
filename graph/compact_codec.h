#pragma once
// A compact, versioned binary form of one CompactDocument (graph/compact_document.h): what
// the graph store keeps of each document so that `build --into` re-resolves without
// extracting again, and what a distributed build sends between ranks.
//
// Layout (all integers unsigned LEB128 varints, strings a varint length then the bytes):
//   "KGCD", format version, payload, 8-byte little-endian FNV-1a 64 of everything before it.
// The payload holds the document info, the titles, each distinct evidence sentence text
// once (facts refer to it by index), the entities and the facts, field by field.
//
// Guarantees: encode is a pure function (the same document gives the same bytes, on any
// machine); decode(encode(d)) equals d field by field, with equal sentence texts shared as
// one copy; encode(decode(b)) == b. decode refuses anything else — other magic, a format
// version it does not read, a bad checksum, a length past the end, an index that names
// nothing, an unknown entity type or relation, trailing bytes — with kg::InputError naming
// `what` ("damaged compact extraction: ...", or "... format version N, this kgraph reads 1").
// Both are thread-safe (no shared state).
#include <cstdint>
#include <string>
#include <string_view>

#include "graph/compact_document.h"

namespace kg {

/// The format version encode writes and the only one decode reads.
inline constexpr std::uint32_t kCompactCodecVersion = 1;

std::string encode_compact(const detail::CompactDocument& doc);

/// `what` names the bytes in errors (a file, "store.kgdb: document d1", "rank 3").
detail::CompactDocument decode_compact(std::string_view bytes, const std::string& what);

}  // namespace kg
