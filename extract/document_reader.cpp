#include "extract/document_reader.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <limits>
#include <map>
#include <optional>
#include <string_view>
#include <sys/stat.h>
#include <unistd.h>

#include "extract/gzip_reader.h"
#include "extract/input_error.h"
#include "extract/jsonl_reader.h"
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

// The names a directory input contributes: text files and JSON Lines files, gzip'ed or not.
bool is_document_path(const fs::path& path) {
  return without_gzip_suffix(path).extension() == ".txt" || is_jsonl_path(path);
}

// A text file's document id: its name without .txt (and .gz): "a.txt.gz" is "a".
std::string document_id(const fs::path& path) { return without_gzip_suffix(path).stem().string(); }

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
        if (it->is_regular_file() && is_document_path(it->path())) found.push_back(it->path());
      }
      if (ec) throw InputError(std::string("cannot list directory: ") + ec.message(), input);
      std::sort(found.begin(), found.end());
      for (auto& f : found) sources.push_back({f, document_id(f)});
    } else if (fs::is_regular_file(status)) {
      sources.push_back({path, document_id(path)});
    } else {
      throw InputError("not a regular file or directory", input);
    }
  }
  // Ids must be unique: qualify clashing ones with their parent folder. A JSON Lines file's
  // documents bring their own ids.
  std::map<std::string, int> count;
  for (const auto& s : sources)
    if (!is_jsonl_path(s.path)) ++count[s.id];
  for (auto& s : sources)
    if (count[s.id] > 1 && s.path != "-" && !is_jsonl_path(s.path))
      s.id = (s.path.parent_path().filename() / document_id(s.path)).generic_string();
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
  std::optional<GzipDecoder> gzip;
  if (!is_stdin) {
    struct stat st {};
    if (::fstat(fd, &st) != 0) throw InputError(std::string("cannot stat: ") + std::strerror(errno), doc.path);
    if (!S_ISREG(st.st_mode)) throw InputError("not a regular file", doc.path);
    if (is_gzip_path(source.path)) {
      gzip.emplace(doc.path);  // the limit applies to what it decompresses to
    } else {
      if (static_cast<std::uint64_t>(st.st_size) > max_bytes)
        throw InputError("the file has " + std::to_string(st.st_size) + " bytes, more than the input limit of " +
                             std::to_string(max_bytes) + " (--max-input-bytes)",
                         doc.path);
      doc.text.reserve(static_cast<std::size_t>(st.st_size));
    }
  }
  bool sniffed = false;
  auto append = [&](std::string_view piece) {
    if (gzip) {
      if (!gzip->feed(piece, doc.text, max_bytes))
        throw InputError("the input decompresses to more than the limit of " + std::to_string(max_bytes) +
                             " bytes (--max-input-bytes)",
                         doc.path);
    } else {
      if (doc.text.size() + piece.size() > max_bytes)
        throw InputError::at_offset("the input is longer than the limit of " + std::to_string(max_bytes) +
                                        " bytes (--max-input-bytes)",
                                    doc.path, max_bytes);
      doc.text.append(piece);
    }
    if (!sniffed && doc.text.size() >= kSniffBytes) {
      refuse_non_text(doc.text, doc.path);  // before reading the rest of a large binary file
      sniffed = true;
    }
  };
  // Stdin is gzip when it starts with gzip's magic bytes: its first two are held until then.
  std::string head;
  bool told = !is_stdin;
  char buffer[1 << 16];
  for (;;) {
    ssize_t n = ::read(fd, buffer, sizeof buffer);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) throw InputError(std::string("read error: ") + std::strerror(errno), doc.path);
    if (n == 0) break;
    std::string_view piece(buffer, static_cast<std::size_t>(n));
    if (!told) {
      head.append(piece);
      if (head.size() < kGzipMagic.size()) continue;
      told = true;
      if (head.starts_with(kGzipMagic)) gzip.emplace(doc.path);
      piece = head;
    }
    append(piece);
  }
  if (!told) append(head);  // stdin ended within two bytes
  if (gzip) gzip->finish();
  if (!sniffed) refuse_non_text(doc.text, doc.path);
  return doc;
}

}  // namespace kg
