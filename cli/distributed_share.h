#pragma once
// One rank's share of a distributed build: its pieces of the inputs read, checked, extracted
// on --jobs threads a batch at a time, and written in input order as the records rank 0
// replays (distributed/extraction_record.h, each document's extraction replaced by its header,
// cli/distributed_headers.h; to a temp file, cli/distributed_header_spill.h), while the
// extractions themselves go encoded to an unlinked temp file (cli/distributed_document_spill.h)
// as each is made, its text freed: the rank holds no more than a batch's records and a
// document per thread. Stops at its first error, or when `stop` says a
// lower rank failed.
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "cli/distributed_build.h"
#include "cli/distributed_document_spill.h"
#include "cli/distributed_header_spill.h"
#include "cli/progress.h"
#include "distributed/document_partition.h"
#include "distributed/line_range.h"
#include "extract/input_error.h"

namespace kg::cli {

/// A part of a JSON Lines file, read before the extraction starts: its line numbers depend on
/// the lines of the parts other ranks read before it.
struct JsonlPart {
  distributed::LineRange lines;
  std::uint64_t first_line = 1;
};

struct RankShare {
  HeaderSpill headers;  // the records rank 0 replays
  DocumentSpill spilled;  // the documents' extractions, in the order of their records
  std::optional<InputError> error;  // the first error, in input order
  std::uint64_t documents = 0, input_bytes = 0;
};

/// `parts[i]` holds the text of `pieces[i]` when that piece is not whole. With `keep_compact`
/// (a store among the outputs) each header also carries its document's encoded extraction.
RankShare extract_share(const DistributedBuildRequest& request, int rank, bool keep_compact,
                        const std::vector<InputSource>& sources,
                        const std::vector<std::uint64_t>& sizes, const std::vector<distributed::Piece>& pieces,
                        std::vector<JsonlPart>& parts, unsigned jobs, Progress& progress,
                        const std::function<bool()>& stop);

/// The error any exception stands for (one that is no InputError keeps its what()).
InputError as_input_error(const std::exception_ptr& error);

}  // namespace kg::cli
