#pragma once
// The MPI library for one run: initialized on construction, finalized on destruction (RAII,
// one per process). Only the thread that built it calls MPI (MPI_THREAD_FUNNELED): worker
// threads extract, the main thread talks to the other ranks.
namespace kg::distributed {

class MpiEnvironment {
 public:
  /// Throws std::runtime_error when MPI cannot be initialized.
  MpiEnvironment();
  ~MpiEnvironment();
  MpiEnvironment(const MpiEnvironment&) = delete;
  MpiEnvironment& operator=(const MpiEnvironment&) = delete;

  int rank() const { return rank_; }
  int size() const { return size_; }

 private:
  int rank_ = 0, size_ = 1;
};

}  // namespace kg::distributed
