#pragma once
// The byte format of messages between ranks: unsigned integers as LEB128 varints (most
// counts and offsets are small), strings as a length and their bytes. The same binary runs on
// every rank, so there is no versioning; a reader that runs past the end or finds a length
// longer than what is left throws, so a truncated message is an error, not garbage.
#include <cstdint>
#include <stdexcept>
#include <string>
#include <string_view>

namespace kg::distributed {

class WireWriter {
 public:
  void u64(std::uint64_t v) {
    while (v >= 0x80) {
      out_.push_back(static_cast<char>((v & 0x7F) | 0x80));
      v >>= 7;
    }
    out_.push_back(static_cast<char>(v));
  }
  void str(std::string_view s) {
    u64(s.size());
    out_.append(s);
  }
  std::string& bytes() { return out_; }

 private:
  std::string out_;
};

class WireReader {
 public:
  explicit WireReader(std::string_view in) : in_(in) {}
  std::uint64_t u64() {
    std::uint64_t v = 0;
    for (int shift = 0; shift < 64; shift += 7) {
      if (pos_ >= in_.size()) fail();
      auto byte = static_cast<unsigned char>(in_[pos_++]);
      v |= std::uint64_t{byte & 0x7Fu} << shift;
      if (!(byte & 0x80)) return v;
    }
    fail();
  }
  std::uint32_t u32() {
    std::uint64_t v = u64();
    if (v > UINT32_MAX) fail();
    return static_cast<std::uint32_t>(v);
  }
  std::string_view str() {
    std::uint64_t n = u64();
    if (n > in_.size() - pos_) fail();
    std::string_view s = in_.substr(pos_, n);
    pos_ += n;
    return s;
  }
  bool done() const { return pos_ == in_.size(); }

 private:
  [[noreturn]] static void fail() { throw std::runtime_error("a message between MPI ranks is truncated or malformed"); }
  std::string_view in_;
  std::size_t pos_ = 0;
};

}  // namespace kg::distributed
