// gzip input: what a .jsonl.gz decompresses to, fed in pieces of any size, and every
// truncated or corrupt stream reported at its byte offset, never read as a shorter text.
#include <catch2/catch.hpp>

#include <zlib.h>

#include "extract/gzip_reader.h"
#include "extract/input_error.h"

namespace kg {
namespace {

// `text` as one gzip member, as `gzip -n` writes it.
std::string gzip(const std::string& text) {
  z_stream z{};
  REQUIRE(deflateInit2(&z, 6, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) == Z_OK);
  std::string out(deflateBound(&z, static_cast<uLong>(text.size())) + 32, '\0');
  z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(text.data()));
  z.avail_in = static_cast<uInt>(text.size());
  z.next_out = reinterpret_cast<Bytef*>(out.data());
  z.avail_out = static_cast<uInt>(out.size());
  REQUIRE(deflate(&z, Z_FINISH) == Z_STREAM_END);
  out.resize(z.total_out);
  deflateEnd(&z);
  return out;
}

// Decompresses `compressed` fed `piece` bytes at a time; finish() included.
std::string gunzip(const std::string& compressed, std::size_t piece = 1 << 20, std::size_t max_out = 1 << 24) {
  GzipDecoder decoder("a.jsonl.gz");
  std::string out;
  for (std::size_t at = 0; at < compressed.size(); at += piece)
    if (!decoder.feed(std::string_view(compressed).substr(at, piece), out, max_out)) return "(over the limit)";
  decoder.finish();
  CHECK(decoder.consumed() == compressed.size());
  return out;
}

// What gunzip() throws, as main() prints it.
std::string error_of(const std::string& compressed) {
  try {
    gunzip(compressed);
  } catch (const InputError& e) {
    return e.located();
  }
  return "(no error)";
}

std::string article_lines() {
  std::string lines;
  for (int i = 0; i < 2000; ++i)
    lines += "{\"id\":\"n" + std::to_string(i) + "\",\"text\":\"Foreign Minister " + std::to_string(i * 7919) +
             " met his counterpart.\"}\n";
  return lines;
}

}  // namespace

TEST_CASE("gzip data decompresses to its text in pieces of any size", "[extract][gzip]") {
  const std::string text = article_lines();
  const std::string compressed = gzip(text);
  REQUIRE(compressed.size() < text.size() / 4);
  auto piece = GENERATE(std::size_t{1}, std::size_t{7}, std::size_t{4096}, std::size_t{1} << 20);
  CAPTURE(piece);
  CHECK(gunzip(compressed, piece) == text);
}

TEST_CASE("gzip members one after another are one stream, as for gunzip", "[extract][gzip]") {
  CHECK(gunzip(gzip("first\n") + gzip("") + gzip("second\n"), 3) == "first\nsecond\n");
}

TEST_CASE("a truncated gzip stream is an error at the byte where it ends", "[extract][gzip]") {
  const std::string compressed = gzip(article_lines());
  // Inside the header, the compressed data, and the CRC/length trailer.
  auto cut = GENERATE_COPY(std::size_t{1}, std::size_t{5}, compressed.size() / 2, compressed.size() - 1);
  CAPTURE(cut);
  CHECK(error_of(compressed.substr(0, cut)) ==
        "a.jsonl.gz: byte " + std::to_string(cut) +
            ": truncated gzip data: the stream ends before its end (an incomplete download or copy?)");
}

TEST_CASE("an empty .gz file is truncated gzip data", "[extract][gzip]") {
  CHECK(error_of("") == "a.jsonl.gz: byte 0: truncated gzip data: the file is empty");
}

TEST_CASE("corrupt gzip data is an error at the byte where zlib finds it", "[extract][gzip]") {
  const std::string compressed = gzip("{\"id\":\"a\",\"text\":\"Foreign Minister Alder Quist met envoys.\"}\n");
  const std::size_t size = compressed.size();
  auto [what, bytes, expected] = GENERATE_COPY(table<std::string, std::string, std::string>({
      {"not gzip at all", std::string("{\"id\":1}\n"), "byte 2: corrupt gzip data (zlib: incorrect header check)"},
      {"a wrong CRC in the trailer",
       compressed.substr(0, size - 8) + std::string(4, '\xAA') + compressed.substr(size - 4),
       "byte " + std::to_string(size - 4) + ": corrupt gzip data (zlib: incorrect data check)"},
      {"a wrong length in the trailer", compressed.substr(0, size - 4) + std::string(4, '\x01'),
       "byte " + std::to_string(size) + ": corrupt gzip data (zlib: incorrect length check)"},
      {"garbage after a complete member", compressed + "trailing",
       "byte " + std::to_string(size + 2) + ": corrupt gzip data (zlib: incorrect header check)"},
  }));
  CAPTURE(what);
  CHECK(error_of(bytes) == "a.jsonl.gz: " + expected);
}

TEST_CASE("a small gzip file that expands beyond the limit stops early", "[extract][gzip]") {
  const std::string compressed = gzip(std::string(1 << 22, ' '));  // 4 MiB of spaces in a few KiB
  REQUIRE(compressed.size() < 10000);
  CHECK(gunzip(compressed, 1 << 20, 1 << 20) == "(over the limit)");
}

TEST_CASE("names ending in .gz are gzip'ed, and without the suffix they keep their kind", "[extract][gzip]") {
  CHECK(is_gzip_path("a/b.jsonl.gz"));
  CHECK(is_gzip_path("B.NDJSON.GZ"));
  CHECK_FALSE(is_gzip_path("b.jsonl"));
  CHECK_FALSE(is_gzip_path("gz"));
  CHECK(without_gzip_suffix("a/b.jsonl.gz") == "a/b.jsonl");
  CHECK(without_gzip_suffix("a/b.txt") == "a/b.txt");
}

}  // namespace kg
