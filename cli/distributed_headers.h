#pragma once
// What rank 0 of `mpirun -n N kgraph build` (issue 15) learns of another rank's document
// before resolving: a header with its info and, per entity, the keys clustering reads
// (distributed/resolution_wire.h EntityKeyFields), never its forms, references or facts,
// which stay on the rank that extracted it, encoded in a temp file (cli/distributed_resolution.h).
#include <string>
#include <string_view>
#include <vector>

#include "distributed/resolution_wire.h"
#include "distributed/wire_buffer.h"
#include "graph/compact_document.h"

namespace kg::cli {

/// A document's header: its info, its entities' keys and (for a store among the outputs, or
/// empty) its encoded extraction.
void write_header(distributed::WireWriter& out, const detail::CompactDocument& doc, std::string_view compact);
/// Reads one; returns the encoded extraction.
std::string read_header(distributed::WireReader& in, DocumentInfo& info,
                        std::vector<distributed::EntityKeyFields>& entities);

}  // namespace kg::cli
