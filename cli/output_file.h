#pragma once
// Writes output files so that readers never see a half-written one, and a run that fails
// changes none of them: each file goes to a temporary file beside its target, is flushed
// and fsync'ed; only when every file of the run is staged are they renamed into place.
#include <filesystem>
#include <functional>
#include <ostream>
#include <string>
#include <vector>

namespace kg::cli {

/// Throws kg::InputError naming `target` when it cannot be an output: it is a directory or
/// exists as something other than a regular file (a device such as /dev/full, a FIFO), or
/// its directory is missing or not writable. Cheap; meant to run before any work is done.
void check_output_target(const std::filesystem::path& target);

/// What a failed write of an output says after "FILE: ": "file too large (...)" for EFBIG
/// (a file-size limit: kgraph ignores SIGXFSZ so that it gets this error instead of being
/// killed), "no space left on device (...)" for ENOSPC, "disk quota exceeded" for EDQUOT,
/// "WHAT: strerror" otherwise.
std::string write_failure(int error, const std::string& what = "cannot write output");

/// The output files of one run, written all or nothing. Not thread-safe. A SIGINT, SIGTERM
/// or SIGHUP before commit() removes the staged temp files, then ends the process as usual.
/// One file to write: its final path and the function that writes its content.
/// A writer that needs a file rather than a stream (the SQLite store) sets `write_file`
/// instead: it is called with the temp file's path (an empty file) and writes it itself; a
/// std::system_error it throws is reported as a failed write with that errno.
struct OutputJob {
  std::filesystem::path target;
  std::function<void(std::ostream&)> write;
  std::function<void(const std::filesystem::path&)> write_file = {};
};

class OutputSet {
 public:
  OutputSet() = default;
  OutputSet(const OutputSet&) = delete;
  OutputSet& operator=(const OutputSet&) = delete;
  /// Removes the temp files of a set that was not committed; the targets stay untouched.
  ~OutputSet();

  /// Calls `write` with a stream on a new temp file beside `target`, then flushes and
  /// fsyncs it. Throws kg::InputError naming `target` if any step fails (no space left,
  /// file size limit, unwritable directory: see write_failure); the temp file is removed.
  void stage(const std::filesystem::path& target, const std::function<void(std::ostream&)>& write);
  /// stage() for every job, up to `threads` at once (the writers must only read shared
  /// data). Files are staged in job order; when jobs fail, every job is written again one
  /// at a time (a full disk fails whichever thread gets there first) and the first failure
  /// in job order is thrown, the one a single-threaded run gives; temp files are removed as
  /// by stage().
  void stage_all(const std::vector<OutputJob>& jobs, unsigned threads);
  /// Renames every staged file over its target, in staging order, and syncs the directories.
  /// A rename that fails (rare: the checks above passed) throws kg::InputError; files
  /// renamed before it keep their new content, the rest keep their old one.
  void commit();

 private:
  struct Staged {
    std::filesystem::path target;
    std::string temp;
  };
  static Staged write_temp(const OutputJob& job);
  std::vector<Staged> staged_;
};

/// Stages and commits one file: an OutputSet of one.
void write_atomically(const std::filesystem::path& target, const std::function<void(std::ostream&)>& write);

}  // namespace kg::cli
