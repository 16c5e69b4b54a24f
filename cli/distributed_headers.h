#pragma once
// What rank 0 of `mpirun -n N kgraph build` (issue 15) learns of another rank's document
// before resolving: a header with its info and, per entity, the keys clustering reads
// (distributed/resolution_wire.h EntityKeyFields), never its forms, references or facts,
// which stay decoded on the rank that extracted it (cli/distributed_resolution.h).
#include <string>
#include <string_view>
#include <vector>

#include "cli/distributed_document_spill.h"
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

/// A rank's share: its records (cli/distributed_share.h) become its documents, decoded (or,
/// with `spill`, kept encoded in `spilled`, rank 0's until it has clustered), and the records
/// rank 0 replays (cli/distributed_replay.h), each document's extraction replaced by its
/// header.
struct LocalDocuments {
  std::vector<detail::CompactDocument> docs;
  DocumentSpill spilled;
  std::string headers;
};
LocalDocuments split_records(std::string records, bool keep_compact, int rank, bool spill = false);

}  // namespace kg::cli
