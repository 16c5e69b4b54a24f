#pragma once
// `mpirun -n N kgraph build ...` (issue 15): N ranks build the graph one process would.
// Each rank reads and extracts its share of the documents (distributed/document_partition.h)
// on its own --jobs threads and keeps them; rank 0 replays their headers in input order, the
// ranks resolve together (cli/distributed_resolution.h) and rank 0 writes every output exactly
// as a one-process build does, then the summary (cli/distributed_summary.h). Without an MPI
// launcher, kgraph never gets here.
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "extract/document.h"
#include "extract/document_extraction.h"
#include "extract/document_reader.h"

namespace kg::cli {

/// What run_build (cli/build_command.cpp) hands over: its options, and the steps of its own
/// that a rank repeats (so both builds check and extract the same way).
struct DistributedBuildRequest {
  std::vector<std::string> inputs, outputs;
  std::string into;
  unsigned jobs = 0;
  bool explain = false, quiet = false, strict = false, progress = false;
  bool verbose = false;  // the summary's per-rank lines (--verbose)
  std::uint64_t max_input_bytes = kDefaultMaxInputBytes;
  std::string stdin_format;
  std::function<void(const std::vector<std::string>&)> check_outputs;
  std::function<void(const std::vector<InputSource>&, const std::vector<std::string>&)> check_inputs_are_not_outputs;
  /// One document checked and extracted, its warnings added (extract_one).
  std::function<DocumentExtraction(const Document&, std::vector<std::string>&)> extract;
};

/// True when an MPI launcher started this process (distributed/launch.h).
bool launched_by_mpirun();

/// Runs this rank's part of the build; returns the exit code. Rank 0 throws the error that
/// stopped the build (the first in input order, whichever rank met it) for main to print, so
/// mpirun's exit code is 2; the other ranks print nothing and return 0 (a rank that exits
/// non-zero makes mpirun abort the job before rank 0 has printed). A kgraph built without MPI
/// refuses to run as more than one rank.
int run_distributed_build(const DistributedBuildRequest& request);

}  // namespace kg::cli
