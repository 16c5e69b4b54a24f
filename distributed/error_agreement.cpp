#include "distributed/error_agreement.h"

#include "distributed/extraction_record.h"
#include "distributed/rank_exchange.h"

namespace kg::distributed {
namespace {

void receive_announcement(int source) {
  int signal = 0;
  MPI_Request request;
  MPI_Irecv(&signal, 1, MPI_INT, source, kTagFailed, MPI_COMM_WORLD, &request);
  wait_politely(request);
}

}  // namespace

ErrorAgreement::ErrorAgreement() {
  MPI_Comm_rank(MPI_COMM_WORLD, &rank_);
  MPI_Comm_size(MPI_COMM_WORLD, &size_);
  heard_.assign(static_cast<std::size_t>(size_), 0);
}

ErrorAgreement::~ErrorAgreement() {
  for (auto& request : sends_) wait_politely(request);
}

void ErrorAgreement::announce_failure() {
  if (announced_) return;
  announced_ = true;
  sends_.resize(static_cast<std::size_t>(size_ - rank_ - 1));
  for (int r = rank_ + 1; r < size_; ++r)
    MPI_Isend(&signal_, 1, MPI_INT, r, kTagFailed, MPI_COMM_WORLD, &sends_[static_cast<std::size_t>(r - rank_ - 1)]);
}

bool ErrorAgreement::lower_rank_failed() {
  for (int flag = 1; flag && !lower_failed_;) {
    MPI_Status status;
    MPI_Iprobe(MPI_ANY_SOURCE, kTagFailed, MPI_COMM_WORLD, &flag, &status);
    if (!flag) break;
    receive_announcement(status.MPI_SOURCE);
    ++heard_[static_cast<std::size_t>(status.MPI_SOURCE)];
    lower_failed_ = true;  // only lower ranks announce to this one
  }
  return lower_failed_;
}

std::optional<InputError> ErrorAgreement::agree(const std::optional<InputError>& mine) {
  if (mine) announce_failure();
  auto flags = all_gather({announced_ ? 1u : 0u});
  int first = size_;
  for (int r = 0; r < size_; ++r) {
    if (!flags[static_cast<std::size_t>(r)][0]) continue;
    if (first == size_) first = r;
    // Every announcement to this rank is received, so none is left in flight at MPI_Finalize.
    if (r < rank_ && !heard_[static_cast<std::size_t>(r)]) receive_announcement(r);
  }
  if (first == size_) return std::nullopt;
  if (first != 0 && rank_ == first) {
    WireWriter out;
    write_error(out, *mine);
    send_bytes(out.bytes(), 0, kTagError);
  }
  if (rank_ != 0) return InputError("another rank failed");
  if (first == 0) return *mine;
  std::string bytes = receive_bytes(first, kTagError);
  WireReader in(bytes);
  return read_record(in).error;
}

int ErrorAgreement::share_exit_code(int code) {
  MPI_Request request;
  MPI_Ibcast(&code, 1, MPI_INT, 0, MPI_COMM_WORLD, &request);
  wait_politely(request);
  return code;
}

}  // namespace kg::distributed
