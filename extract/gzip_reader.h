#pragma once
// gzip-compressed input (RFC 1952), as news archives keep JSON Lines: `articles.jsonl.gz`.
// Decompressed with zlib as the bytes arrive, so a file is read once and a truncated or
// corrupt stream is reported at the byte where it shows.
#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>

namespace kg {

/// The two bytes every gzip stream starts with.
inline constexpr std::string_view kGzipMagic = "\x1F\x8B";

/// True for names kgraph decompresses: *.gz (any case), e.g. `a.jsonl.gz`, `a.txt.gz`.
bool is_gzip_path(const std::filesystem::path& path);

/// `path` without a trailing .gz: `a.jsonl.gz` -> `a.jsonl`; other paths unchanged.
std::filesystem::path without_gzip_suffix(const std::filesystem::path& path);

/// Decompresses one gzip stream fed in pieces of any size. Several members one after another
/// (what `cat a.gz b.gz` makes) are one stream, as for gunzip. Errors are kg::InputError
/// naming `file` with the byte offset into the compressed bytes where the problem shows:
/// "corrupt gzip data (zlib: MESSAGE)" from feed(), "truncated gzip data: ..." from finish().
/// Not thread-safe; one decoder per stream.
class GzipDecoder {
 public:
  explicit GzipDecoder(std::string file);
  ~GzipDecoder();
  GzipDecoder(const GzipDecoder&) = delete;
  GzipDecoder& operator=(const GzipDecoder&) = delete;

  /// Appends what `compressed` decompresses to onto `out`. Returns false, having appended at
  /// most 64 KiB past it, as soon as `out` grows beyond `max_out` bytes (a limit on what a
  /// small file may expand to); true otherwise.
  bool feed(std::string_view compressed, std::string& out, std::size_t max_out);
  /// Throws when the bytes fed so far end inside a gzip member (or are none at all).
  void finish() const;
  /// Compressed bytes fed so far.
  std::uint64_t consumed() const { return consumed_; }

 private:
  struct State;
  std::unique_ptr<State> state_;
  std::string file_;
  std::uint64_t consumed_ = 0;
  bool in_member_ = false;  // bytes of a member were fed and its end was not seen yet
  bool any_member_ = false;
};

}  // namespace kg
