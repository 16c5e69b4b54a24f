#pragma once
// Helpers shared by the test folders: temp dirs, running the kgraph binary, reading files.
#include <csignal>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

#include <fcntl.h>
#include <sys/wait.h>
#include <unistd.h>

namespace kg::test {

inline std::filesystem::path source_dir() { return KG_SOURCE_DIR; }
inline std::filesystem::path shared_dir() { return KG_SHARED_DIR; }
inline std::string kgraph_binary() { return KG_BINARY; }

/// A fresh directory under the system temp dir, removed on destruction.
class TempDir {
 public:
  explicit TempDir(const std::string& tag = "kg") {
    auto base = std::filesystem::temp_directory_path();
    for (int i = 0;; ++i) {
      path_ = base / (tag + "-" + std::to_string(::getpid()) + "-" + std::to_string(i));
      if (std::filesystem::create_directory(path_)) break;
    }
  }
  ~TempDir() {
    std::error_code ec;
    std::filesystem::remove_all(path_, ec);
  }
  const std::filesystem::path& path() const { return path_; }
  std::filesystem::path operator/(const std::string& name) const { return path_ / name; }

 private:
  std::filesystem::path path_;
};

inline std::string read_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

inline void write_file(const std::filesystem::path& path, const std::string& text) {
  std::ofstream out(path, std::ios::binary);
  out << text;
}

struct RunResult {
  int exit_code = -1;
  std::string out;
  std::string err;
};

/// Runs a shell command line, capturing stdout and stderr through temp files.
inline RunResult run(const std::string& command_line) {
  TempDir dir("kg-run");
  auto out = dir / "out", err = dir / "err";
  std::string full = command_line + " >'" + out.string() + "' 2>'" + err.string() + "' </dev/null";
  int status = std::system(full.c_str());
  RunResult result;
  result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  result.out = read_file(out);
  result.err = read_file(err);
  return result;
}

/// Single-quotes a string for /bin/sh.
inline std::string shell_quote(const std::string& s) {
  std::string q = "'";
  for (char c : s) {
    if (c == '\'') q += "'\\''";
    else q += c;
  }
  return q + "'";
}

/// True when `dir` holds a temp output (`.NAME.tmp-XXXXXX`, cli/output_file.h).
inline bool has_temp_file(const std::filesystem::path& dir) {
  std::error_code ec;
  for (const auto& e : std::filesystem::directory_iterator(dir, ec))
    if (e.path().filename().string().find(".tmp-") != std::string::npos) return true;
  return false;
}

/// Runs the kgraph binary with `args` (stdin, stdout and stderr on /dev/null) and sends it
/// `sig` as soon as a temp output appears in `dir`. True when the signal ended it during its
/// write, false when the run finished first. Throws std::runtime_error if it cannot fork.
inline bool signal_during_write(const std::vector<std::string>& args, const std::filesystem::path& dir, int sig) {
  std::vector<std::string> argv{kgraph_binary()};
  argv.insert(argv.end(), args.begin(), args.end());
  std::vector<char*> pointers;
  for (auto& a : argv) pointers.push_back(a.data());
  pointers.push_back(nullptr);
  pid_t pid = ::fork();
  if (pid < 0) throw std::runtime_error("fork failed");
  if (pid == 0) {
    int null = ::open("/dev/null", O_RDWR);
    ::dup2(null, 0), ::dup2(null, 1), ::dup2(null, 2);
    ::signal(SIGINT, SIG_DFL), ::signal(SIGTERM, SIG_DFL);  // a background shell may have ignored them
    ::execv(pointers[0], pointers.data());
    ::_exit(127);
  }
  int status = 0;
  for (;;) {
    if (::waitpid(pid, &status, WNOHANG) == pid) return false;
    if (has_temp_file(dir)) {
      ::kill(pid, sig);
      ::waitpid(pid, &status, 0);
      return WIFSIGNALED(status) && WTERMSIG(status) == sig;
    }
    ::usleep(200);
  }
}

}  // namespace kg::test
