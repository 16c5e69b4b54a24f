#include "extract/normalized_text.h"

#include <algorithm>

#include <unicode/bytestream.h>
#include <unicode/normalizer2.h>
#include <unicode/utf8.h>

namespace kg {
namespace {

constexpr std::string_view kReplacement = "\xEF\xBF\xBD";

bool is_control(UChar32 c) {
  return (c < 0x20 && c != '\n' && c != '\t') || c == 0x7F || (c >= 0x80 && c < 0xA0);
}

}  // namespace

void NormalizedText::anchor(std::uint32_t normalized, std::uint32_t original) {
  if (!anchors_.empty() && anchors_.back().normalized == normalized) anchors_.back().original = original;
  else anchors_.push_back({normalized, original});
}

NormalizedText::NormalizedText(std::string_view original) {
  const auto* s = reinterpret_cast<const uint8_t*>(original.data());
  const auto length = static_cast<int32_t>(original.size());
  int32_t i = 0;
  if (length >= 3 && s[0] == 0xEF && s[1] == 0xBB && s[2] == 0xBF) i = 3;  // BOM
  anchor(0, static_cast<std::uint32_t>(i));

  // Pass 1: valid UTF-8, no control characters, LF line ends. Same-length edits need no anchor.
  std::string clean;
  clean.reserve(original.size());
  bool ascii = true;  // ASCII text is NFC already
  while (i < length) {
    uint8_t b = s[i];
    if (b < 0x80) {  // ASCII fast path: a run that needs no edit is copied at once
      int32_t j = i;
      while (j < length && s[j] < 0x7F && (s[j] >= 0x20 || s[j] == '\n' || s[j] == '\t')) ++j;
      if (j > i) {
        clean.append(original.data() + i, static_cast<std::size_t>(j - i));
        i = j;
        continue;
      }
      char c = static_cast<char>(b);
      if (b == '\r') c = (i + 1 < length && s[i + 1] == '\n') ? ' ' : '\n';
      else if (b < 0x20 && b != '\n' && b != '\t') c = ' ';
      else if (b == 0x7F) c = ' ';
      clean.push_back(c);
      ++i;
      continue;
    }
    ascii = false;
    int32_t start = i;
    UChar32 c;
    U8_NEXT(s, i, length, c);
    if (c < 0) {
      ++invalid_;
      clean.append(kReplacement);
      anchor(static_cast<std::uint32_t>(clean.size()), static_cast<std::uint32_t>(i));
    } else if (is_control(c) || c == 0xFEFF) {
      clean.append(static_cast<std::size_t>(i - start), ' ');
    } else {
      clean.append(original.substr(static_cast<std::size_t>(start), static_cast<std::size_t>(i - start)));
    }
  }

  // Pass 2: NFC. Most news text already is; only then do we pay for segment-wise work.
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  if (ascii || U_FAILURE(status) || nfc->isNormalizedUTF8(clean, status) || U_FAILURE(status)) {
    text_ = std::move(clean);
    return;
  }
  // Re-map: anchors so far are in "clean" coordinates. Rebuild text segment by segment,
  // where a segment starts at each code point with an NFC boundary before it.
  std::vector<Anchor> clean_anchors = std::move(anchors_);
  anchors_.clear();
  auto clean_to_original = [&](std::uint32_t off) {
    auto it = std::upper_bound(clean_anchors.begin(), clean_anchors.end(), off,
                               [](std::uint32_t v, const Anchor& a) { return v < a.normalized; });
    --it;
    return it->original + (off - it->normalized);
  };
  anchor(0, clean_to_original(0));
  const auto* c8 = reinterpret_cast<const uint8_t*>(clean.data());
  const auto clen = static_cast<int32_t>(clean.size());
  int32_t seg_start = 0;
  auto flush = [&](int32_t seg_end) {
    std::string_view seg(clean.data() + seg_start, static_cast<std::size_t>(seg_end - seg_start));
    UErrorCode st = U_ZERO_ERROR;
    if (nfc->isNormalizedUTF8(seg, st) || U_FAILURE(st)) {
      const auto base = static_cast<std::uint32_t>(text_.size());
      anchor(base, clean_to_original(static_cast<std::uint32_t>(seg_start)));
      text_.append(seg);
      // The segment's own anchors (after a replaced invalid byte) map its later offsets; without
      // them an offset past a U+FFFD would map beyond the original bytes.
      auto a = std::upper_bound(clean_anchors.begin(), clean_anchors.end(), static_cast<std::uint32_t>(seg_start),
                                [](std::uint32_t v, const Anchor& x) { return v < x.normalized; });
      for (; a != clean_anchors.end() && a->normalized <= static_cast<std::uint32_t>(seg_end); ++a)
        anchor(base + (a->normalized - static_cast<std::uint32_t>(seg_start)), a->original);
    } else {
      anchor(static_cast<std::uint32_t>(text_.size()), clean_to_original(static_cast<std::uint32_t>(seg_start)));
      icu::StringByteSink<std::string> sink(&text_);
      nfc->normalizeUTF8(0, seg, sink, nullptr, st);
      anchor(static_cast<std::uint32_t>(text_.size()), clean_to_original(static_cast<std::uint32_t>(seg_end)));
    }
  };
  for (int32_t j = 0; j < clen;) {
    int32_t at = j;
    UChar32 c;
    U8_NEXT(c8, j, clen, c);
    if (at > seg_start && nfc->hasBoundaryBefore(c)) {
      flush(at);
      seg_start = at;
    }
  }
  if (seg_start < clen) flush(clen);
}

std::uint32_t NormalizedText::original(std::uint32_t offset) const {
  auto it = std::upper_bound(anchors_.begin(), anchors_.end(), offset,
                             [](std::uint32_t v, const Anchor& a) { return v < a.normalized; });
  if (it == anchors_.begin()) return offset;
  auto prev = std::prev(it);
  std::uint32_t mapped = prev->original + (offset - prev->normalized);
  if (it != anchors_.end()) mapped = std::min(mapped, it->original);
  return mapped;
}

}  // namespace kg
