#include "extract/sentence_splitter.h"

#include <algorithm>
#include <memory>
#include <string>

#include <unicode/brkiter.h>
#include <unicode/utext.h>

namespace kg {
namespace {

bool is_space(char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r'; }

// Building a break iterator loads rule data; clone a prototype per call instead.
const icu::BreakIterator* prototype() {
  static const std::unique_ptr<icu::BreakIterator> proto = [] {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::BreakIterator> bi(
        icu::BreakIterator::createSentenceInstance(icu::Locale("en@ss=standard"), status));
    if (U_FAILURE(status)) bi.reset();
    return bi;
  }();
  return proto.get();
}

// True when text[begin, end) ends with an abbreviation after which a sentence rarely ends
// ("Dr.", "Mr.", "Prof.", an initial "J."). ICU's own suppression list is not applied through
// UText here, and news titles need more than it holds.
bool ends_with_abbreviation(std::string_view text, std::uint32_t begin, std::uint32_t end) {
  static constexpr std::string_view kAbbrev[] = {"Dr", "Mr", "Mrs", "Ms", "Prof", "St", "Gen", "Col", "Lt", "Sen",
                                                 "Rep", "Gov", "Amb", "Jr", "Sr", "Mt", "Capt", "Maj", "Sgt",
                                                 "Hon", "Rev", "Messrs", "Mme", "No", "Nos", "Art", "vs", "Sept"};
  if (end - begin < 2 || text[end - 1] != '.') return false;
  std::uint32_t w = end - 1;
  while (w > begin && !is_space(text[w - 1]) && text[w - 1] != '(') --w;
  std::string_view word = text.substr(w, end - 1 - w);
  if (word.size() == 1 && word[0] >= 'A' && word[0] <= 'Z') return true;  // an initial
  for (auto a : kAbbrev)
    if (word == a) return true;
  return false;
}

void push_trimmed(std::string_view text, std::uint32_t begin, std::uint32_t end, std::vector<ByteRange>& out) {
  while (begin < end && is_space(text[begin])) ++begin;
  while (end > begin && is_space(text[end - 1])) --end;
  if (begin >= end) return;
  // Glue "Dr." to what follows on the same line.
  if (!out.empty() && ends_with_abbreviation(text, out.back().begin, out.back().end)) {
    bool same_line = true;
    for (std::uint32_t k = out.back().end; k < begin; ++k) same_line &= text[k] != '\n';
    if (same_line) {
      out.back().end = end;
      return;
    }
  }
  out.push_back({begin, end});
}

// Cuts sentences longer than kMaxSentenceBytes at their last space before the limit (or at a
// code point boundary): work per sentence and the evidence text every fact of a sentence
// carries stay bounded, whatever the input (a megabyte without a full stop).
std::vector<ByteRange> cap_length(std::string_view text, std::vector<ByteRange> sentences) {
  bool any = false;
  for (const auto& s : sentences) any |= s.end - s.begin > kMaxSentenceBytes;
  if (!any) return sentences;
  std::vector<ByteRange> out;
  for (auto s : sentences) {
    while (s.end - s.begin > kMaxSentenceBytes) {
      std::uint32_t cut = s.begin + kMaxSentenceBytes;
      std::uint32_t space = cut;
      while (space > s.begin && !is_space(text[space])) --space;
      if (space > s.begin) cut = space;
      else
        while (cut > s.begin && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
      std::uint32_t end = cut;
      while (end > s.begin && is_space(text[end - 1])) --end;
      out.push_back({s.begin, end});
      s.begin = cut;
      while (s.begin < s.end && is_space(text[s.begin])) ++s.begin;
    }
    if (s.begin < s.end) out.push_back(s);
  }
  return out;
}

}  // namespace

std::vector<ByteRange> split_sentences(std::string_view text) {
  std::vector<ByteRange> sentences;
  const icu::BreakIterator* proto = prototype();
  UErrorCode status = U_ZERO_ERROR;
  // ICU's UTF-8 UText converts chunk by chunk behind every move of the iterator, forward and
  // back: a third of the splitter's time. ASCII text (most news) is widened once instead; its
  // UTF-16 indices are the byte offsets, so nothing maps back.
  std::u16string ascii;
  if (std::all_of(text.begin(), text.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; }))
    ascii.assign(text.begin(), text.end());
  UText* ut = !proto ? nullptr
              : !ascii.empty() ? utext_openUChars(nullptr, ascii.data(), static_cast<int64_t>(ascii.size()), &status)
                               : utext_openUTF8(nullptr, text.data(), static_cast<int64_t>(text.size()), &status);
  if (!proto || U_FAILURE(status)) {
    // No ICU data: fall back to lines, so the pipeline still runs.
    std::uint32_t start = 0;
    for (std::uint32_t i = 0; i <= text.size(); ++i)
      if (i == text.size() || text[i] == '\n') {
        push_trimmed(text, start, i, sentences);
        start = i + 1;
      }
    if (ut) utext_close(ut);
    return cap_length(text, std::move(sentences));
  }
  std::unique_ptr<icu::BreakIterator> bi(proto->clone());
  bi->setText(ut, status);
  int32_t start = bi->first();
  for (int32_t end = bi->next(); end != icu::BreakIterator::DONE; start = end, end = bi->next())
    push_trimmed(text, static_cast<std::uint32_t>(start), static_cast<std::uint32_t>(end), sentences);
  utext_close(ut);
  return cap_length(text, std::move(sentences));
}

}  // namespace kg
