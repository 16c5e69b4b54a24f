#include "extract/document_reader.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <limits>
#include <map>
#include <sys/stat.h>
#include <unistd.h>

#include "extract/input_error.h"
#include "extract/text_check.h"

namespace kg {
namespace fs = std::filesystem;
namespace {

struct FileCloser {
  int fd;
  ~FileCloser() {
    if (fd >= 0) ::close(fd);
  }
};

}  // namespace

std::vector<InputSource> expand_inputs(const std::vector<std::string>& inputs) {
  std::vector<InputSource> sources;
  for (const auto& input : inputs) {
    if (input == "-") {
      sources.push_back({"-", "stdin"});
      continue;
    }
    fs::path path(input);
    std::error_code ec;
    auto status = fs::status(path, ec);
    if (ec || !fs::exists(status)) throw InputError("no such file or directory", input);
    if (fs::is_directory(status)) {
      std::vector<fs::path> found;
      for (auto it = fs::recursive_directory_iterator(path, fs::directory_options::skip_permission_denied, ec);
           !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
        if (it->is_regular_file() && it->path().extension() == ".txt") found.push_back(it->path());
      }
      if (ec) throw InputError(std::string("cannot list directory: ") + ec.message(), input);
      std::sort(found.begin(), found.end());
      for (auto& f : found) sources.push_back({f, f.stem().string()});
    } else if (fs::is_regular_file(status)) {
      sources.push_back({path, path.stem().string()});
    } else {
      throw InputError("not a regular file or directory", input);
    }
  }
  // Ids must be unique: qualify clashing ones with their parent folder.
  std::map<std::string, int> count;
  for (const auto& s : sources) ++count[s.id];
  for (auto& s : sources)
    if (count[s.id] > 1 && s.path != "-")
      s.id = (s.path.parent_path().filename() / s.path.stem()).generic_string();
  return sources;
}

Document read_document(const InputSource& source, std::uint64_t max_bytes) {
  Document doc;
  doc.id = source.id;
  const bool is_stdin = source.path == "-";
  doc.path = is_stdin ? "<stdin>" : source.path.string();
  max_bytes = std::min<std::uint64_t>(max_bytes, std::numeric_limits<std::int32_t>::max());
  int fd = STDIN_FILENO;
  if (!is_stdin) {
    fd = ::open(source.path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0) throw InputError(std::string("cannot open: ") + std::strerror(errno), doc.path);
  }
  FileCloser closer{is_stdin ? -1 : fd};
  struct stat st {};
  if (!is_stdin) {
    if (::fstat(fd, &st) != 0) throw InputError(std::string("cannot stat: ") + std::strerror(errno), doc.path);
    if (!S_ISREG(st.st_mode)) throw InputError("not a regular file", doc.path);
    if (static_cast<std::uint64_t>(st.st_size) > max_bytes)
      throw InputError("the file has " + std::to_string(st.st_size) + " bytes, more than the input limit of " +
                           std::to_string(max_bytes) + " (--max-input-bytes)",
                       doc.path);
    doc.text.reserve(static_cast<std::size_t>(st.st_size));
  }
  bool sniffed = false;
  char buffer[1 << 16];
  for (;;) {
    ssize_t n = ::read(fd, buffer, sizeof buffer);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) throw InputError(std::string("read error: ") + std::strerror(errno), doc.path);
    if (n == 0) break;
    if (doc.text.size() + static_cast<std::size_t>(n) > max_bytes)
      throw InputError::at_offset("the input is longer than the limit of " + std::to_string(max_bytes) +
                                      " bytes (--max-input-bytes)",
                                  doc.path, max_bytes);
    doc.text.append(buffer, static_cast<std::size_t>(n));
    if (!sniffed && doc.text.size() >= kSniffBytes) {
      refuse_non_text(doc.text, doc.path);  // before reading the rest of a large binary file
      sniffed = true;
    }
  }
  if (!sniffed) refuse_non_text(doc.text, doc.path);
  return doc;
}

}  // namespace kg
