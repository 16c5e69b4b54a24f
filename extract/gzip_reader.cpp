#include "extract/gzip_reader.h"

#include <algorithm>
#include <cctype>
#include <new>

#include <zlib.h>

#include "extract/input_error.h"

namespace kg {

bool is_gzip_path(const std::filesystem::path& path) {
  std::string ext = path.extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return ext == ".gz";
}

std::filesystem::path without_gzip_suffix(const std::filesystem::path& path) {
  if (!is_gzip_path(path)) return path;
  std::filesystem::path stripped = path;
  stripped.replace_extension();
  return stripped;
}

struct GzipDecoder::State {
  z_stream z{};
};

GzipDecoder::GzipDecoder(std::string file) : state_(std::make_unique<State>()), file_(std::move(file)) {
  if (inflateInit2(&state_->z, 15 + 16) != Z_OK) throw std::bad_alloc();  // 15 + 16: a gzip wrapper only
}

GzipDecoder::~GzipDecoder() { inflateEnd(&state_->z); }

bool GzipDecoder::feed(std::string_view compressed, std::string& out, std::size_t max_out) {
  z_stream& z = state_->z;
  unsigned char buffer[1 << 16];
  while (!compressed.empty()) {
    const std::size_t chunk = std::min<std::size_t>(compressed.size(), std::size_t{1} << 30);  // avail_in is 32-bit
    z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(compressed.data()));
    z.avail_in = static_cast<uInt>(chunk);
    do {
      if (z.avail_in > 0) in_member_ = true;
      z.next_out = buffer;
      z.avail_out = sizeof buffer;
      const int rc = inflate(&z, Z_NO_FLUSH);
      out.append(reinterpret_cast<const char*>(buffer), sizeof buffer - z.avail_out);
      if (rc == Z_STREAM_END) {  // one member done; what follows may be the next one
        in_member_ = false;
        any_member_ = true;
        inflateReset(&z);
      } else if (rc == Z_DATA_ERROR || rc == Z_NEED_DICT || rc == Z_STREAM_ERROR) {
        throw InputError::at_offset(std::string("corrupt gzip data (zlib: ") + (z.msg ? z.msg : "invalid data") + ")",
                                    file_, consumed_ + (chunk - z.avail_in));
      } else if (rc == Z_MEM_ERROR) {
        throw std::bad_alloc();
      } else if (rc == Z_BUF_ERROR) {
        if (z.avail_in > 0)  // zlib makes progress whenever it has input and room; never seen
          throw InputError::at_offset("corrupt gzip data (zlib made no progress)", file_, consumed_ + (chunk - z.avail_in));
        break;  // all input used: the rest comes with the next piece
      }
      if (out.size() > max_out) {
        consumed_ += chunk - z.avail_in;
        return false;
      }
    } while (z.avail_in > 0 || z.avail_out == 0);
    consumed_ += chunk - z.avail_in;
    compressed.remove_prefix(chunk - z.avail_in);
  }
  return true;
}

void GzipDecoder::finish() const {
  if (consumed_ == 0) throw InputError::at_offset("truncated gzip data: the file is empty", file_, 0);
  if (in_member_ || !any_member_)
    throw InputError::at_offset("truncated gzip data: the stream ends before its end (an incomplete download or copy?)",
                                file_, consumed_);
}

}  // namespace kg
