#pragma once
// SharedText: an immutable string shared by value. Every fact a sentence supports carries
// that sentence as evidence, and every fact of a document carries its id and date; with
// SharedText they all point at one copy instead of holding one each, which is what keeps a
// large build's memory near the size of what it cites (bench/README.md, scale runs).
//
// Copies share the text (a reference count, safe across threads); comparison is by content.
#include <compare>
#include <memory>
#include <ostream>
#include <string>
#include <string_view>

namespace kg {

class SharedText {
 public:
  SharedText() = default;
  SharedText(std::string text)  // NOLINT(google-explicit-constructor): a value type like std::string
      : text_(text.empty() ? nullptr : std::make_shared<const std::string>(std::move(text))) {}
  SharedText(const char* text) : SharedText(std::string(text)) {}  // NOLINT(google-explicit-constructor)
  SharedText(std::string_view text) : SharedText(std::string(text)) {}  // NOLINT(google-explicit-constructor)

  const std::string& str() const noexcept { return text_ ? *text_ : empty_string(); }
  operator const std::string&() const noexcept { return str(); }  // NOLINT(google-explicit-constructor)
  operator std::string_view() const noexcept { return str(); }    // NOLINT(google-explicit-constructor)
  bool empty() const noexcept { return !text_; }
  std::size_t size() const noexcept { return str().size(); }
  const char* c_str() const noexcept { return str().c_str(); }
  /// True when both values share one copy (a cheap test before comparing characters).
  bool same_copy(const SharedText& other) const noexcept { return text_ == other.text_; }

  friend bool operator==(const SharedText& a, const SharedText& b) noexcept {
    return a.text_ == b.text_ || a.str() == b.str();
  }
  friend std::strong_ordering operator<=>(const SharedText& a, const SharedText& b) noexcept {
    if (a.text_ == b.text_) return std::strong_ordering::equal;
    int c = a.str().compare(b.str());
    return c < 0 ? std::strong_ordering::less : c > 0 ? std::strong_ordering::greater : std::strong_ordering::equal;
  }
  friend bool operator==(const SharedText& a, const std::string& b) noexcept { return a.str() == b; }
  friend bool operator==(const SharedText& a, std::string_view b) noexcept { return a.str() == b; }
  friend bool operator==(const SharedText& a, const char* b) noexcept { return a.str() == b; }
  friend std::ostream& operator<<(std::ostream& out, const SharedText& t) { return out << t.str(); }

 private:
  static const std::string& empty_string() noexcept {
    static const std::string empty;
    return empty;
  }
  std::shared_ptr<const std::string> text_;
};

}  // namespace kg
