#include "tagger/token_features.h"

#include <string_view>

namespace kg::tagger {
namespace {

std::string_view word_at(const TaggerSentence& s, long i) {
  if (i < 0) return "<s>";
  if (static_cast<std::size_t>(i) >= s.size()) return "</s>";
  return s[static_cast<std::size_t>(i)].folded;
}
std::string_view shape_at(const TaggerSentence& s, long i) {
  if (i < 0 || static_cast<std::size_t>(i) >= s.size()) return "_";
  return s[static_cast<std::size_t>(i)].shape;
}
std::string_view proposal_at(const TaggerSentence& s, long i) {
  if (i < 0 || static_cast<std::size_t>(i) >= s.size()) return "_";
  return s[static_cast<std::size_t>(i)].proposal;
}

// Only the first bytes of a folded word: affixes are about morphology ("-ov", "-stan", "-ministry").
std::string_view prefix(std::string_view w, std::size_t n) { return w.substr(0, std::min(n, w.size())); }
std::string_view suffix(std::string_view w, std::size_t n) { return w.size() <= n ? w : w.substr(w.size() - n); }

void add(std::vector<std::string>& out, std::string_view name, std::string_view value) {
  std::string f;
  f.reserve(name.size() + value.size() + 1);
  f += name;
  f += '=';
  f += value;
  out.push_back(std::move(f));
}
void add2(std::vector<std::string>& out, std::string_view name, std::string_view a, std::string_view b) {
  std::string v(a);
  v += '|';
  v += b;
  add(out, name, v);
}

void add_classes(std::vector<std::string>& out, std::string_view name, const TaggerSentence& s, long i) {
  if (i < 0 || static_cast<std::size_t>(i) >= s.size()) return;
  const TaggerToken& t = s[static_cast<std::size_t>(i)];
  for (unsigned bit = 0; bit < 32; ++bit)
    if (t.classes & (1u << bit)) add(out, name, std::to_string(bit));
  for (unsigned bit = 0; bit < 3; ++bit)
    if (t.place & (1u << bit)) add(out, name, "place" + std::to_string(bit));
}

}  // namespace

std::string word_shape(const std::string& surface) {
  std::string shape;
  for (unsigned char c : surface) {
    char k;
    if (c >= 'A' && c <= 'Z') k = 'X';
    else if (c >= 'a' && c <= 'z') k = 'x';
    else if (c >= '0' && c <= '9') k = 'd';
    else if (c >= 0x80) {
      if ((c & 0xC0) == 0x80) continue;  // a continuation byte: the letter was classified by its lead byte
      k = shape.empty() || shape.back() == '-' ? 'X' : 'x';  // non-ASCII letters: case by position
    } else k = static_cast<char>(c);
    if (shape.empty() || shape.back() != k) shape += k;
  }
  return shape.substr(0, 8);
}

void token_features(const TaggerSentence& s, std::size_t index, std::vector<std::string>& out) {
  out.clear();
  const long i = static_cast<long>(index);
  const std::string_view w = word_at(s, i);
  out.emplace_back("bias");
  add(out, "w", w);
  add(out, "w-1", word_at(s, i - 1));
  add(out, "w+1", word_at(s, i + 1));
  add(out, "w-2", word_at(s, i - 2));
  add(out, "w+2", word_at(s, i + 2));
  add2(out, "w-1w", word_at(s, i - 1), w);
  add2(out, "ww+1", w, word_at(s, i + 1));
  add(out, "sh", shape_at(s, i));
  add2(out, "sh-1sh", shape_at(s, i - 1), shape_at(s, i));
  add2(out, "shsh+1", shape_at(s, i), shape_at(s, i + 1));
  add(out, "sh-2", shape_at(s, i - 2));
  add(out, "sh+2", shape_at(s, i + 2));
  add(out, "p3", prefix(w, 3));
  add(out, "s3", suffix(w, 3));
  add(out, "s4", suffix(w, 4));
  add(out, "s2", suffix(w, 2));
  add(out, "pr", proposal_at(s, i));
  add(out, "pr-1", proposal_at(s, i - 1));
  add(out, "pr+1", proposal_at(s, i + 1));
  add2(out, "prsh", proposal_at(s, i), shape_at(s, i));
  add_classes(out, "c", s, i);
  add_classes(out, "c-1", s, i - 1);
  add_classes(out, "c+1", s, i + 1);
  add_classes(out, "c-2", s, i - 2);
  add_classes(out, "c+2", s, i + 2);
  if (index == 0) out.emplace_back("first");
  if (index < s.size() && !s[index].space_before) out.emplace_back("nospace");
}

}  // namespace kg::tagger
