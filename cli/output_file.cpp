#include "cli/output_file.h"

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <mutex>
#include <optional>
#include <memory>
#include <set>
#include <streambuf>
#include <system_error>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cli/parallel_each.h"
#include "extract/input_error.h"

namespace kg::cli {
namespace {

namespace fs = std::filesystem;

fs::path directory_of(const fs::path& target) {
  return target.parent_path().empty() ? fs::path(".") : target.parent_path();
}

[[noreturn]] void refuse(const std::string& message, const fs::path& target) {
  throw InputError(message, target.string());
}

// Temp files of the sets not yet committed, for a SIGINT/SIGTERM/SIGHUP handler to remove
// before the signal takes its default course. Plain arrays: a handler may only do async-signal-
// safe things. SIGKILL cannot be caught; it may leave a temp file (never a torn target).
constexpr int kMaxPending = 64;
char g_pending[kMaxPending][4096];
volatile std::sig_atomic_t g_pending_count = 0;
std::mutex g_pending_mutex;

extern "C" void remove_pending_and_reraise(int sig) {
  for (int i = 0; i < g_pending_count; ++i) ::unlink(g_pending[i]);
  std::signal(sig, SIG_DFL);
  std::raise(sig);
}

void remember_pending(const std::string& temp) {
  static const bool installed = [] {
    for (int sig : {SIGINT, SIGTERM, SIGHUP})
      if (std::signal(sig, remove_pending_and_reraise) == SIG_IGN) std::signal(sig, SIG_IGN);
    return true;
  }();
  (void)installed;
  if (g_pending_count >= kMaxPending || temp.size() >= sizeof g_pending[0]) return;
  std::memcpy(g_pending[g_pending_count], temp.c_str(), temp.size() + 1);
  g_pending_count = g_pending_count + 1;
}

// An output stream buffer on a file descriptor that keeps the errno of the first failed
// write, so the error names its cause (EFBIG, ENOSPC) whatever the writer did after it.
class FdBuf : public std::streambuf {
 public:
  explicit FdBuf(int fd) : fd_(fd), buffer_(new char[kSize]) { setp(buffer_.get(), buffer_.get() + kSize); }
  FdBuf(const FdBuf&) = delete;
  FdBuf& operator=(const FdBuf&) = delete;
  int error() const { return error_; }

 protected:
  int_type overflow(int_type c) override {
    if (!drain()) return traits_type::eof();
    if (!traits_type::eq_int_type(c, traits_type::eof())) {
      *pptr() = traits_type::to_char_type(c);
      pbump(1);
    }
    return traits_type::not_eof(c);
  }
  int sync() override { return drain() ? 0 : -1; }

 private:
  bool drain() {
    if (error_ != 0) return false;
    for (const char* p = pbase(); p < pptr();) {
      ssize_t n = ::write(fd_, p, static_cast<std::size_t>(pptr() - p));
      if (n < 0 && errno == EINTR) continue;
      if (n <= 0) {
        error_ = n < 0 ? errno : EIO;
        return false;
      }
      p += n;
    }
    setp(buffer_.get(), buffer_.get() + kSize);
    return true;
  }
  static constexpr std::size_t kSize = std::size_t{1} << 16;
  int fd_;
  int error_ = 0;
  std::unique_ptr<char[]> buffer_;
};

void sync_directory(const fs::path& dir) {
  int fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0) return;
  ::fsync(fd);  // best effort: the renames are done; this only makes them durable sooner
  ::close(fd);
}

}  // namespace

std::string write_failure(int error, const std::string& what) {
  if (error == EFBIG) {
    struct rlimit limit {};
    std::string why = ::getrlimit(RLIMIT_FSIZE, &limit) == 0 && limit.rlim_cur != RLIM_INFINITY
                          ? "more than the " + std::to_string(limit.rlim_cur) + " bytes per file that ulimit -f allows"
                          : "more than the file system or a quota allows in one file";
    return "file too large (" + why + "); no output was changed";
  }
  if (error == ENOSPC) return "no space left on device (the file system is full); no output was changed";
  if (error == EDQUOT) return "disk quota exceeded; no output was changed";
  return what + ": " + std::strerror(error);
}

void check_output_target(const fs::path& target) {
  struct stat st {};
  if (::stat(target.c_str(), &st) == 0) {
    if (S_ISDIR(st.st_mode)) refuse("output path is a directory", target);
    if (!S_ISREG(st.st_mode)) refuse("output path exists and is not a regular file", target);
  }
  const fs::path dir = directory_of(target);
  if (::stat(dir.c_str(), &st) != 0 || !S_ISDIR(st.st_mode)) refuse("output directory does not exist", target);
  if (::access(dir.c_str(), W_OK | X_OK) != 0)
    refuse(std::string("cannot write in the output directory: ") + std::strerror(errno), target);
}

OutputSet::~OutputSet() {
  for (const auto& s : staged_) ::unlink(s.temp.c_str());
  g_pending_count = 0;
}

void OutputSet::stage(const fs::path& target, const std::function<void(std::ostream&)>& write) {
  staged_.push_back(write_temp({target, write}));
}

void OutputSet::stage_all(const std::vector<OutputJob>& jobs, unsigned threads) {
  std::vector<std::optional<Staged>> done(jobs.size());
  auto errors = parallel_each(jobs.size(), threads,
                              [&](std::size_t i) { done[i] = write_temp(jobs[i]); });
  const bool failed = std::any_of(errors.begin(), errors.end(), [](const auto& e) { return bool(e); });
  if (failed && threads > 1 && jobs.size() > 1) {
    // A full disk or quota fails whichever writer runs into it first, a race between the
    // threads: the files are written again one at a time, so that the error is the one a
    // single-threaded run gives (the first job that does not fit), whatever the thread count.
    for (auto& d : done)
      if (d) ::unlink(d->temp.c_str());
    for (const auto& job : jobs) staged_.push_back(write_temp(job));
    return;
  }
  for (auto& d : done)  // kept even on failure, so that the destructor removes the temp files
    if (d) staged_.push_back(std::move(*d));
  rethrow_first(errors);
}

OutputSet::Staged OutputSet::write_temp(const OutputJob& job) {
  const fs::path& target = job.target;
  check_output_target(target);
  // Appended rather than `"." + name + ...`: GCC 12 misreads that as an overlapping memcpy (-Wrestrict).
  std::string name(1, '.');
  name += target.filename().string();
  name += ".tmp-XXXXXX";
  std::string temp = (directory_of(target) / name).string();
  // No signal between creating the temp file and remembering it, or its handler would miss it.
  sigset_t block, previous;
  sigemptyset(&block);
  for (int sig : {SIGINT, SIGTERM, SIGHUP}) sigaddset(&block, sig);
  int fd = -1, mkstemp_errno = 0;
  {
    std::lock_guard<std::mutex> lock(g_pending_mutex);  // outputs may be written on several threads
    ::pthread_sigmask(SIG_BLOCK, &block, &previous);
    fd = ::mkstemp(temp.data());
    mkstemp_errno = errno;
    if (fd >= 0) remember_pending(temp);
    ::pthread_sigmask(SIG_SETMASK, &previous, nullptr);
  }
  if (fd < 0) refuse(write_failure(mkstemp_errno, "cannot create output"), target);
  ::fchmod(fd, 0644);
  int error = 0;        // errno of the first failed write, fsync or close
  std::string failure;  // or what a writer threw for another reason
  if (job.write_file) {
    try {
      job.write_file(temp);
    } catch (const std::system_error& e) {
      error = e.code().value();
    } catch (const std::exception& e) {
      failure = e.what();
    }
  } else {
    FdBuf buf(fd);
    std::ostream out(&buf);
    try {
      job.write(out);
      out.flush();
      if (!out) error = buf.error() ? buf.error() : EIO;
    } catch (const std::exception& e) {
      error = buf.error();  // writers throw when their stream fails; the buffer knows why
      if (error == 0) failure = e.what();
    }
  }
  if (error == 0 && failure.empty() && ::fsync(fd) != 0 && errno != EINVAL) error = errno;
  if (::close(fd) != 0 && error == 0 && failure.empty() && errno != EINTR) error = errno;  // NFS reports late
  if (error != 0 || !failure.empty()) {
    ::unlink(temp.c_str());
    refuse(error != 0 ? write_failure(error) : "cannot write output: " + failure, target);
  }
  return {target, std::move(temp)};
}

void OutputSet::commit() {
  std::set<fs::path> dirs;
  for (std::size_t i = 0; i < staged_.size(); ++i) {
    if (std::rename(staged_[i].temp.c_str(), staged_[i].target.c_str()) != 0) {
      std::string failure = std::strerror(errno);
      staged_.erase(staged_.begin(), staged_.begin() + static_cast<std::ptrdiff_t>(i));
      refuse("cannot write output: " + failure, staged_.front().target);
    }
    dirs.insert(directory_of(staged_[i].target));
  }
  staged_.clear();
  g_pending_count = 0;
  for (const auto& dir : dirs) sync_directory(dir);
}

void write_atomically(const fs::path& target, const std::function<void(std::ostream&)>& write) {
  OutputSet set;
  set.stage(target, write);
  set.commit();
}

}  // namespace kg::cli
