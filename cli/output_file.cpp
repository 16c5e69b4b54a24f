#include "cli/output_file.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <ext/stdio_filebuf.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <string>
#include <unistd.h>

#include "extract/input_error.h"

namespace kg::cli {

void write_atomically(const std::filesystem::path& target, const std::function<void(std::ostream&)>& write) {
  namespace fs = std::filesystem;
  std::error_code ec;
  if (fs::is_directory(target, ec)) throw InputError("output path is a directory", target.string());
  fs::path dir = target.parent_path().empty() ? fs::path(".") : target.parent_path();
  std::string pattern = (dir / ("." + target.filename().string() + ".tmp-XXXXXX")).string();
  int fd = ::mkstemp(pattern.data());
  if (fd < 0) throw InputError(std::string("cannot create output: ") + std::strerror(errno), target.string());
  ::fchmod(fd, 0644);
  bool ok = false;
  std::string failure;
  {
    __gnu_cxx::stdio_filebuf<char> buf(fd, std::ios::out | std::ios::binary, 1 << 16);
    std::ostream out(&buf);
    try {
      write(out);
      out.flush();
      ok = static_cast<bool>(out) && buf.pubsync() == 0;
      if (!ok) failure = std::strerror(errno ? errno : EIO);
    } catch (const std::exception& e) {
      failure = e.what();
    }
    if (ok && ::fsync(fd) != 0 && errno != EINVAL) {
      ok = false;
      failure = std::strerror(errno);
    }
  }  // the filebuf closes fd here
  if (ok && std::rename(pattern.c_str(), target.c_str()) != 0) {
    ok = false;
    failure = std::strerror(errno);
  }
  if (!ok) {
    ::unlink(pattern.c_str());
    throw InputError("cannot write output: " + failure, target.string());
  }
}

}  // namespace kg::cli
