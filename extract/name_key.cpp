#include "extract/name_key.h"

#include <algorithm>
#include <vector>

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/uspoof.h>
#include <unicode/utf8.h>

namespace kg {
namespace {

// One checker for the whole process: uspoof_getSkeleton is const and thread-safe.
const USpoofChecker* spoof_checker() {
  static const USpoofChecker* checker = [] {
    UErrorCode status = U_ZERO_ERROR;
    USpoofChecker* sc = uspoof_open(&status);
    if (U_FAILURE(status)) return static_cast<USpoofChecker*>(nullptr);
    return sc;
  }();
  return checker;
}

bool is_dash(UChar32 c) {
  return c == '-' || u_charType(c) == U_DASH_PUNCTUATION;
}

bool is_quote(UChar32 c) {
  return c == '\'' || c == '"' || c == 0x2018 || c == 0x2019 || c == 0x201C || c == 0x201D ||
         c == 0x00AB || c == 0x00BB || c == 0x02BC || c == 0x0060 || c == 0x00B4;
}

// Latin letters that English text writes with plain letters and that no decomposition
// strips: "Məmmədov" is "Mammadov", "Þórðardóttir" is "Thordardottir", "Bjørnstad" is "Bjornstad".
const char* plain_latin(UChar32 c) {
  switch (c) {
    case 0x0259: return "a";   // ə (Azerbaijani schwa)
    case 0x00F0: return "d";   // ð
    case 0x00FE: return "th";  // þ
    case 0x00F8: return "o";   // ø
    case 0x0142: return "l";   // ł
    case 0x00E6: return "ae";  // æ
    case 0x0153: return "oe";  // œ
    case 0x00DF: return "ss";  // ß
    case 0x0131: return "i";   // dotless ı
    default: return nullptr;
  }
}

// The skeleton of each ASCII character, or "" when it is not ASCII itself ("%" has a
// non-ASCII prototype). UTS #39 skeletons map code point by code point (with NFD around, a
// no-op on ASCII), so an ASCII name's key is the concatenation of its characters' entries:
// no UTF-16 round trip, no ICU call per name.
struct AsciiSkeletons {
  std::string of[128];
};

const AsciiSkeletons& ascii_skeletons() {
  static const AsciiSkeletons table = [] {
    AsciiSkeletons t;
    const USpoofChecker* checker = spoof_checker();
    if (!checker) return t;  // all entries empty: every name takes the general path
    for (int c = 0; c < 128; ++c) {
      UErrorCode status = U_ZERO_ERROR;
      icu::UnicodeString skeleton;
      uspoof_getSkeletonUnicodeString(checker, 0, icu::UnicodeString(static_cast<UChar32>(c)), skeleton, &status);
      std::string utf8;
      skeleton.toUTF8String(utf8);
      bool ascii = U_SUCCESS(status) && !utf8.empty();
      for (char b : utf8) ascii &= static_cast<unsigned char>(b) < 0x80;
      if (ascii) t.of[c] = std::move(utf8);
    }
    return t;
  }();
  return table;
}

// name_key for a name of ASCII characters only: the same folding as the general path below.
// False when a character needs that path.
bool ascii_name_key(std::string_view name, const AsciiSkeletons& skeletons, std::string& out) {
  out.reserve(name.size());
  bool pending_space = false, empty = true;
  for (char ch : name) {
    if (ch == '\'' || ch == '"' || ch == '`') continue;
    if (ch == ' ' || (ch >= '\t' && ch <= '\r') || ch == '-' || ch == '.' || ch == ',') {
      pending_space = !empty;
      continue;
    }
    const std::string& skeleton = skeletons.of[static_cast<unsigned char>(ch >= 'A' && ch <= 'Z' ? ch + 32 : ch)];
    if (skeleton.empty() || skeletons.of[' '].empty()) return false;
    if (pending_space) out += skeletons.of[' '];
    pending_space = false;
    empty = false;
    out += skeleton;
  }
  return true;
}

}  // namespace

std::string name_key(std::string_view name) {
  bool ascii = true;
  for (char c : name) ascii &= static_cast<unsigned char>(c) < 0x80;
  if (std::string key; ascii && ascii_name_key(name, ascii_skeletons(), key)) return key;
  UErrorCode status = U_ZERO_ERROR;
  icu::UnicodeString text = icu::UnicodeString::fromUTF8(
      icu::StringPiece(name.data(), static_cast<int32_t>(name.size())));
  const icu::Normalizer2* nfkd = icu::Normalizer2::getNFKDInstance(status);
  icu::UnicodeString decomposed = U_SUCCESS(status) ? nfkd->normalize(text, status) : text;
  if (U_FAILURE(status)) decomposed = text;

  icu::UnicodeString folded;
  bool pending_space = false;
  for (int32_t i = 0; i < decomposed.length();) {
    UChar32 c = decomposed.char32At(i);
    i += U16_LENGTH(c);
    if (u_charType(c) == U_NON_SPACING_MARK || is_quote(c)) continue;
    if (u_isUWhiteSpace(c) || is_dash(c) || c == '.' || c == ',') {
      pending_space = !folded.isEmpty();
      continue;
    }
    if (pending_space) folded.append(static_cast<UChar>(' '));
    pending_space = false;
    c = u_foldCase(c, U_FOLD_CASE_DEFAULT);
    if (const char* latin = plain_latin(c)) folded.append(icu::UnicodeString(latin));
    else folded.append(c);
  }

  if (const USpoofChecker* checker = spoof_checker()) {
    UErrorCode skeleton_status = U_ZERO_ERROR;
    icu::UnicodeString skeleton;
    uspoof_getSkeletonUnicodeString(checker, 0, folded, skeleton, &skeleton_status);
    if (U_SUCCESS(skeleton_status)) folded = skeleton;
  }
  std::string out;
  folded.toUTF8String(out);
  return out;
}

std::u32string to_u32(std::string_view utf8) {
  std::u32string out;
  out.reserve(utf8.size());
  const auto* s = reinterpret_cast<const uint8_t*>(utf8.data());
  int32_t length = static_cast<int32_t>(utf8.size());
  for (int32_t i = 0; i < length;) {
    UChar32 c;
    U8_NEXT(s, i, length, c);
    out.push_back(c < 0 ? U'\uFFFD' : static_cast<char32_t>(c));
  }
  return out;
}

std::size_t edit_distance(std::u32string_view a, std::u32string_view b, std::size_t limit) {
  if (a.size() > b.size()) std::swap(a, b);
  if (b.size() - a.size() > limit) return limit + 1;
  std::vector<std::size_t> row(a.size() + 1);
  for (std::size_t i = 0; i <= a.size(); ++i) row[i] = i;
  for (std::size_t j = 1; j <= b.size(); ++j) {
    std::size_t diagonal = row[0];
    row[0] = j;
    std::size_t best = row[0];
    for (std::size_t i = 1; i <= a.size(); ++i) {
      std::size_t next = std::min({row[i] + 1, row[i - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = row[i];
      row[i] = next;
      best = std::min(best, next);
    }
    if (best > limit) return limit + 1;
  }
  return std::min(row[a.size()], limit + 1);
}

}  // namespace kg
