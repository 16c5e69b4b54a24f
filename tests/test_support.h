#pragma once
// Helpers shared by the test folders: temp dirs, running the kgraph binary, reading files.
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

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

}  // namespace kg::test
