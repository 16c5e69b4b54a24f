#pragma once
// How the ranks agree on an error. A one-process build stops at the first error in input
// order; the shares follow input order (distributed/document_partition.h), so the error to
// report is the first one of the lowest rank that failed. A rank that fails tells every
// higher rank at once (their work comes later in input order and cannot matter any more),
// and they stop their share early; lower ranks go on, since an error of theirs would come
// first. Then all ranks agree on the lowest failed rank, whose error travels to rank 0, the one
// that prints it. The outputs are written by rank 0 after the agreement, so a failure on any
// rank leaves every output as it was.
#include <optional>
#include <string>
#include <vector>

#include <mpi.h>

#include "extract/input_error.h"

namespace kg::distributed {

class ErrorAgreement {
 public:
  ErrorAgreement();
  ErrorAgreement(const ErrorAgreement&) = delete;
  ErrorAgreement& operator=(const ErrorAgreement&) = delete;
  /// Completes the announcements (every rank calls agree(), which receives them).
  ~ErrorAgreement();

  /// Tells every higher rank that this one failed. Call at most once, before agree().
  void announce_failure();
  /// True once a lower rank has announced a failure; cheap, call it between batches.
  bool lower_rank_failed();
  /// Collective. nullopt when no rank failed. Otherwise: on rank 0 the error of the lowest
  /// failed rank (`mine` must hold it on that rank), elsewhere an error that nobody prints.
  std::optional<InputError> agree(const std::optional<InputError>& mine);
  /// Collective: rank 0's exit code, on every rank.
  static int share_exit_code(int code);

 private:
  int rank_ = 0, size_ = 1;
  bool announced_ = false, lower_failed_ = false;
  std::vector<int> heard_;  // announcements received, per rank
  std::vector<MPI_Request> sends_;  // the announcements, still in flight
  int signal_ = 1;
};

}  // namespace kg::distributed
