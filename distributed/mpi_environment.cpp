#include "distributed/mpi_environment.h"

#include <mpi.h>

#include <stdexcept>

namespace kg::distributed {

MpiEnvironment::MpiEnvironment() {
  int provided = 0;
  if (MPI_Init_thread(nullptr, nullptr, MPI_THREAD_FUNNELED, &provided) != MPI_SUCCESS)
    throw std::runtime_error("cannot initialize MPI");
  MPI_Comm_rank(MPI_COMM_WORLD, &rank_);
  MPI_Comm_size(MPI_COMM_WORLD, &size_);
}

MpiEnvironment::~MpiEnvironment() { MPI_Finalize(); }

}  // namespace kg::distributed
