#include "graph/spill_file.h"

#include <cerrno>
#include <cstdlib>
#include <cstring>

#include <fcntl.h>
#include <sys/resource.h>
#include <unistd.h>

#include "extract/input_error.h"

namespace kg {
namespace {

std::string temp_directory() {
  const char* dir = std::getenv("TMPDIR");
  return dir && *dir ? dir : "/tmp";
}

}  // namespace

SpillFile::SpillFile() {
  std::string name = temp_directory() + "/kgraph-spill-XXXXXX";
  fd_ = ::mkostemp(name.data(), O_CLOEXEC);
  if (fd_ < 0) fail("cannot create", errno);
  ::unlink(name.c_str());
}

SpillFile::~SpillFile() {
  if (fd_ >= 0) ::close(fd_);
}

void SpillFile::fail(const char* what, int error) const {
  std::string why = std::strerror(error);
  // Past a file-size limit (ulimit -f), as for the outputs (cli/output_file.cpp): say which.
  if (rlimit limit{}; error == EFBIG && ::getrlimit(RLIMIT_FSIZE, &limit) == 0 && limit.rlim_cur != RLIM_INFINITY)
    why = "file too large (more than the " + std::to_string(limit.rlim_cur) + " bytes per file that ulimit -f allows)";
  throw InputError(std::string(what) + " the build's temp file: " + why + "; no output was changed", temp_directory());
}

std::uint64_t SpillFile::append(std::string_view bytes) {
  const std::uint64_t offset = end_;
  for (std::size_t done = 0; done < bytes.size();) {
    ssize_t n = ::pwrite(fd_, bytes.data() + done, bytes.size() - done, static_cast<off_t>(end_));
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) fail("cannot write", n < 0 ? errno : EIO);
    done += static_cast<std::size_t>(n);
    end_ += static_cast<std::uint64_t>(n);
  }
  return offset;
}

void SpillFile::read(std::uint64_t offset, std::uint64_t size, std::string& out) const {
  out.resize(size);
  for (std::size_t done = 0; done < out.size();) {
    ssize_t n = ::pread(fd_, out.data() + done, out.size() - done, static_cast<off_t>(offset + done));
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) fail("cannot read", n < 0 ? errno : EIO);
    done += static_cast<std::size_t>(n);
  }
}

}  // namespace kg
