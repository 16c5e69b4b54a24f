#pragma once
// Whether this process was started by an MPI launcher (mpirun, mpiexec, srun), told from the
// environment the launcher sets, before MPI is initialized: a kgraph that nobody launched
// with mpirun never touches MPI and behaves exactly as a one-process build.
#include <optional>

namespace kg::distributed {

/// This process's place in the job, as the launcher announced it.
struct Launch {
  int rank = 0;
  int size = 1;
};

/// The launch, from Open MPI's OMPI_COMM_WORLD_RANK/SIZE or PMI's PMI_RANK/PMI_SIZE
/// (MPICH, Slurm); nullopt when neither is set (or they do not parse as 0 <= rank < size).
std::optional<Launch> launched_by_mpi();

}  // namespace kg::distributed
