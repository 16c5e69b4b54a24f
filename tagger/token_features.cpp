#include "tagger/token_features.h"

#include <array>
#include <string_view>

namespace kg::tagger {
namespace {

constexpr std::uint64_t kFnvOffset = 14695981039346656037ull, kFnvPrime = 1099511628211ull;
constexpr std::uint64_t fnv(std::uint64_t h, std::string_view bytes) {
  for (char c : bytes) h = (h ^ static_cast<unsigned char>(c)) * kFnvPrime;
  return h;
}
// A feature "name=value" hashes as mix(fnv(name), fnv(value)), so each token's values are
// hashed once per sentence and each feature costs one mix: a name's a * K1 is a constant, so a
// mix is an addition, a multiplication and a shift. Two features of one name share a hash only
// if their values' FNV states are equal (both steps are one-to-one but for the top bit), and
// the model checks its own features at load. The top bit is always set: no hash is 0 (the
// model's empty slot) or a constant feature's number (below kConstantFeatures).
constexpr std::uint64_t mix(std::uint64_t a, std::uint64_t b) {
  const std::uint64_t h = (b + a * 0x9e3779b97f4a7c15ull) * 0xbf58476d1ce4e5b9ull;
  return (h ^ (h >> 32)) | (1ull << 63);
}

// A feature name with its hash, computed at compile time.
struct Name {
  std::string_view text;
  std::uint64_t hash;
};
consteval Name name(std::string_view text) { return {text, fnv(kFnvOffset, text)}; }

// A value with the FNV state after its bytes ("a|b" pairs continue from a's state).
struct Value {
  std::string_view text;
  std::uint64_t state;
};
Value value(std::string_view text) { return {text, fnv(kFnvOffset, text)}; }

// What every feature of a token needs of its neighbours, hashed once per sentence.
struct TokenValues {
  Value word, shape, proposal, p3, s2, s3, s4;
};
const TokenValues& edge_values(bool start) {
  static const TokenValues before{value("<s>"), value("_"), value("_"), {}, {}, {}, {}};
  static const TokenValues after{value("</s>"), value("_"), value("_"), {}, {}, {}, {}};
  return start ? before : after;
}

// Only the first bytes of a folded word: affixes are about morphology ("-ov", "-stan", "-ministry").
std::string_view prefix(std::string_view w, std::size_t n) { return w.substr(0, std::min(n, w.size())); }
std::string_view suffix(std::string_view w, std::size_t n) { return w.size() <= n ? w : w.substr(w.size() - n); }

std::vector<TokenValues> values_of(const TaggerSentence& s) {
  std::vector<TokenValues> v(s.size());
  for (std::size_t i = 0; i < s.size(); ++i) {
    std::string_view w = s[i].folded;
    v[i] = {value(w), value(s[i].shape), value(s[i].proposal), value(prefix(w, 3)), value(suffix(w, 2)),
            value(suffix(w, 3)), value(suffix(w, 4))};
  }
  return v;
}

// Collects features as strings: "name", "name=a" or "name=a|b".
struct StringSink {
  std::vector<std::string>& out;
  void plain(Name n) { out.emplace_back(n.text); }
  void operator()(Name n, const Value& a) {
    std::string f(n.text);
    f += '=';
    f += a.text;
    out.push_back(std::move(f));
  }
  void operator()(Name n, const Value& a, const Value& b) {
    std::string f(n.text);
    f += '=';
    f += a.text;
    f += '|';
    f += b.text;
    out.push_back(std::move(f));
  }
};
const Value kBits[32] = {value("0"),  value("1"),  value("2"),  value("3"),  value("4"),  value("5"),  value("6"),
                         value("7"),  value("8"),  value("9"),  value("10"), value("11"), value("12"), value("13"),
                         value("14"), value("15"), value("16"), value("17"), value("18"), value("19"), value("20"),
                         value("21"), value("22"), value("23"), value("24"), value("25"), value("26"), value("27"),
                         value("28"), value("29"), value("30"), value("31")};
const Value kPlaces[3] = {value("place0"), value("place1"), value("place2")};

// The hash of "NAME=B" for a bit number B (0-31), then of "NAME=place0" .. "NAME=place2": the
// class and document features of SentenceHashes::token(), one table load each, no mix at run time.
struct BitFeatures {
  std::uint64_t bit[32], place[3];
};
constexpr BitFeatures bit_features(Name n) {
  BitFeatures f{};
  for (unsigned b = 0; b < 32; ++b) {
    const char digits[2] = {static_cast<char>(b < 10 ? '0' + b : '0' + b / 10), static_cast<char>('0' + b % 10)};
    f.bit[b] = mix(n.hash, fnv(kFnvOffset, std::string_view(digits, b < 10 ? 1 : 2)));
  }
  for (unsigned p = 0; p < 3; ++p) {
    const char place[6] = {'p', 'l', 'a', 'c', 'e', static_cast<char>('0' + p)};
    f.place[p] = mix(n.hash, fnv(kFnvOffset, std::string_view(place, 6)));
  }
  return f;
}

// The numbers SentenceHashes::token() writes for the constant features (kConstantFeatures).
enum ConstantId : std::uint64_t { kBiasId = 0, kFirstId = 1, kNoSpaceId = 2, kClassIds = 3, kDocumentIds = 3 + 5 * 35 };
constexpr std::uint64_t class_id(int distance, unsigned bit) { return kClassIds + 35 * static_cast<std::uint64_t>(distance) + bit; }
constexpr std::uint64_t place_id(int distance, unsigned bit) { return class_id(distance, 32 + bit); }
constexpr std::uint64_t document_id(int distance, unsigned bit) {
  return kDocumentIds + 32 * static_cast<std::uint64_t>(distance) + bit;
}
static_assert(document_id(2, 31) < kConstantFeatures);

// constant_feature_hash() of every number: distance d is the d-th of "c", "c-1", "c+1", "c-2",
// "c+2" (and "d", "d-1", "d+1").
constexpr auto kConstantHashes = [] {
  std::array<std::uint64_t, kConstantFeatures> t{};
  t[kBiasId] = mix(name("bias").hash, 0);
  t[kFirstId] = mix(name("first").hash, 0);
  t[kNoSpaceId] = mix(name("nospace").hash, 0);
  const Name classes[5] = {name("c"), name("c-1"), name("c+1"), name("c-2"), name("c+2")};
  const Name documents[3] = {name("d"), name("d-1"), name("d+1")};
  for (int d = 0; d < 5; ++d) {
    const BitFeatures f = bit_features(classes[d]);
    for (unsigned b = 0; b < 32; ++b) t[class_id(d, b)] = f.bit[b];
    for (unsigned p = 0; p < 3; ++p) t[place_id(d, p)] = f.place[p];
  }
  for (int d = 0; d < 3; ++d) {
    const BitFeatures f = bit_features(documents[d]);
    for (unsigned b = 0; b < 32; ++b) t[document_id(d, b)] = f.bit[b];
  }
  return t;
}();

template <class Sink>
void add_classes(Sink& add, Name n, const TaggerSentence& s, long i) {
  if (i < 0 || static_cast<std::size_t>(i) >= s.size()) return;
  const TaggerToken& t = s[static_cast<std::size_t>(i)];
  for (std::uint32_t bits = t.classes; bits != 0; bits &= bits - 1) add(n, kBits[__builtin_ctz(bits)]);
  for (unsigned bit = 0; bit < 3; ++bit)
    if (t.place & (1u << bit)) add(n, kPlaces[bit]);
}

template <class Sink>
void add_document(Sink& add, Name n, const TaggerSentence& s, long i) {
  if (i < 0 || static_cast<std::size_t>(i) >= s.size()) return;
  for (std::uint32_t bits = s[static_cast<std::size_t>(i)].document; bits != 0; bits &= bits - 1)
    add(n, kBits[__builtin_ctz(bits)]);
}

template <class Sink>
void features(const TaggerSentence& s, const std::vector<TokenValues>& v, std::size_t index, Sink& add) {
  const long i = static_cast<long>(index);
  auto at = [&](long k) -> const TokenValues& {
    return k < 0 ? edge_values(true) : static_cast<std::size_t>(k) >= s.size() ? edge_values(false) : v[static_cast<std::size_t>(k)];
  };
  const TokenValues& t = at(i);
  add.plain(name("bias"));
  add(name("w"), t.word);
  add(name("w-1"), at(i - 1).word);
  add(name("w+1"), at(i + 1).word);
  add(name("w-2"), at(i - 2).word);
  add(name("w+2"), at(i + 2).word);
  add(name("w-1w"), at(i - 1).word, t.word);
  add(name("ww+1"), t.word, at(i + 1).word);
  add(name("sh"), t.shape);
  add(name("sh-1sh"), at(i - 1).shape, t.shape);
  add(name("shsh+1"), t.shape, at(i + 1).shape);
  add(name("sh-2"), at(i - 2).shape);
  add(name("sh+2"), at(i + 2).shape);
  add(name("p3"), t.p3);
  add(name("s3"), t.s3);
  add(name("s4"), t.s4);
  add(name("s2"), t.s2);
  add(name("pr"), t.proposal);
  add(name("pr-1"), at(i - 1).proposal);
  add(name("pr+1"), at(i + 1).proposal);
  add(name("prsh"), t.proposal, t.shape);
  add_classes(add, name("c"), s, i);
  add_classes(add, name("c-1"), s, i - 1);
  add_classes(add, name("c+1"), s, i + 1);
  add_classes(add, name("c-2"), s, i - 2);
  add_classes(add, name("c+2"), s, i + 2);
  add_document(add, name("d"), s, i);
  add_document(add, name("d-1"), s, i - 1);
  add_document(add, name("d+1"), s, i + 1);
  if (index == 0) add.plain(name("first"));
  if (index < s.size() && !s[index].space_before) add.plain(name("nospace"));
}

}  // namespace

// The shape class of each byte below 0x80 ('X', 'x', 'd', or the byte itself); 0 above, which
// no class equals.
constexpr auto kShapeClass = [] {
  std::array<char, 256> t{};
  for (int c = 0; c < 0x80; ++c)
    t[static_cast<std::size_t>(c)] = c >= 'A' && c <= 'Z' ? 'X' : c >= 'a' && c <= 'z' ? 'x' : c >= '0' && c <= '9' ? 'd' : static_cast<char>(c);
  return t;
}();

std::string word_shape(std::string_view surface) {
  char shape[8];  // only the first 8 characters are kept: once there are 8, the rest cannot change them
  std::size_t n = 0;
  const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(surface[i]); };
  for (std::size_t i = 0; i < surface.size() && n < sizeof shape; ++i) {
    const unsigned char c = byte(i);
    char k;
    if (c >= 0x80) {
      if ((c & 0xC0) == 0x80) continue;  // a continuation byte: the letter was classified by its lead byte
      k = n == 0 || shape[n - 1] == '-' ? 'X' : 'x';  // non-ASCII letters: case by position
    } else {
      k = kShapeClass[c];
      if (k == 'x' || k == 'X' || k == 'd')  // the rest of a run of letters or digits adds nothing
        while (i + 1 < surface.size() && kShapeClass[byte(i + 1)] == k) ++i;
    }
    if (n == 0 || shape[n - 1] != k) shape[n++] = k;
  }
  return std::string(shape, n);
}

void token_features(const TaggerSentence& s, std::size_t index, std::vector<std::string>& out) {
  out.clear();
  StringSink sink{out};
  features(s, values_of(s), index, sink);
}

void sentence_feature_hashes(const TaggerSentence& s, std::vector<std::vector<std::uint64_t>>& out,
                             const std::vector<bool>& wanted) {
  SentenceHashes hashes;
  hashes.reset(s);
  std::uint64_t buf[kMaxTokenFeatures];
  out.resize(s.size());
  for (std::size_t i = 0; i < s.size(); ++i) {
    const std::size_t n = wanted[i] ? hashes.token(i, buf) : 0;
    for (std::size_t f = 0; f < n; ++f)
      if (buf[f] < kConstantFeatures) buf[f] = constant_feature_hash(buf[f]);
    out[i].assign(buf, buf + n);
  }
}

void SentenceHashes::reset(const TaggerSentence& s) {
  sentence_ = &s;
  const std::size_t n = s.size();
  values_.resize(n + 4);
  static constexpr std::uint64_t kBefore = fnv(kFnvOffset, "<s>"), kAfter = fnv(kFnvOffset, "</s>"),
                                 kEdge = fnv(kFnvOffset, "_");
  values_[0] = values_[1] = {kBefore, kEdge, kEdge, 0, 0};
  // A value and the pair (k - 1, k) that ends with it, in one pass over its bytes.
  const auto both = [](std::string_view bytes, std::uint64_t before, std::uint64_t& alone, std::uint64_t& pair) {
    std::uint64_t a = kFnvOffset, p = fnv(before, "|");
    for (char c : bytes) {
      a = (a ^ static_cast<unsigned char>(c)) * kFnvPrime;
      p = (p ^ static_cast<unsigned char>(c)) * kFnvPrime;
    }
    alone = a, pair = p;
  };
  for (std::size_t k = 0; k < n; ++k) {
    Values& v = values_[k + 2];
    both(s[k].folded, values_[k + 1].word, v.word, v.word_pair);
    both(s[k].shape, values_[k + 1].shape, v.shape, v.shape_pair);
    v.proposal = fnv(kFnvOffset, s[k].proposal);
  }
  values_[n + 2] = values_[n + 3] = {kAfter, kEdge, kEdge, 0, 0};
  values_[n + 2].word_pair = fnv(fnv(values_[n + 1].word, "|"), "</s>");  // the pair after the last token
  values_[n + 2].shape_pair = fnv(fnv(values_[n + 1].shape, "|"), "_");
}

std::size_t SentenceHashes::token(std::size_t index, std::uint64_t* out) const {
  const TaggerSentence& s = *sentence_;
  const Values* v = values_.data() + index + 2;  // v[k]: token index + k
  const TaggerToken& t = s[index];
  const std::string_view w = t.folded;
  std::uint64_t* o = out;
  auto add = [&o](Name n, std::uint64_t value) { *o++ = mix(n.hash, value); };
  *o++ = kBiasId;
  add(name("w"), v[0].word);
  add(name("w-1"), v[-1].word);
  add(name("w+1"), v[1].word);
  add(name("w-2"), v[-2].word);
  add(name("w+2"), v[2].word);
  add(name("w-1w"), v[0].word_pair);
  add(name("ww+1"), v[1].word_pair);
  add(name("sh"), v[0].shape);
  add(name("sh-1sh"), v[0].shape_pair);
  add(name("shsh+1"), v[1].shape_pair);
  add(name("sh-2"), v[-2].shape);
  add(name("sh+2"), v[2].shape);
  // An affix as long as the word is the word, whose hash reset() has made.
  add(name("p3"), w.size() <= 3 ? v[0].word : fnv(kFnvOffset, prefix(w, 3)));
  add(name("s3"), w.size() <= 3 ? v[0].word : fnv(kFnvOffset, suffix(w, 3)));
  add(name("s4"), w.size() <= 4 ? v[0].word : fnv(kFnvOffset, suffix(w, 4)));
  add(name("s2"), w.size() <= 2 ? v[0].word : fnv(kFnvOffset, suffix(w, 2)));
  add(name("pr"), v[0].proposal);
  add(name("pr-1"), v[-1].proposal);
  add(name("pr+1"), v[1].proposal);
  add(name("prsh"), fnv(fnv(v[0].proposal, "|"), t.shape));
  static constexpr long kClassOffsets[5] = {0, -1, 1, -2, 2};
  const std::size_t size = s.size();
  for (int c = 0; c < 5; ++c) {
    const long k = static_cast<long>(index) + kClassOffsets[c];
    if (k < 0 || static_cast<std::size_t>(k) >= size) continue;
    const TaggerToken& n = s[static_cast<std::size_t>(k)];
    for (std::uint32_t bits = n.classes; bits != 0; bits &= bits - 1)
      *o++ = class_id(c, static_cast<unsigned>(__builtin_ctz(bits)));
    for (std::uint32_t bits = n.place & 7u; bits != 0; bits &= bits - 1)  // the gazetteer's 3 flags, in order
      *o++ = place_id(c, static_cast<unsigned>(__builtin_ctz(bits)));
  }
  for (int c = 0; c < 3; ++c) {
    const long k = static_cast<long>(index) + kClassOffsets[c];
    if (k < 0 || static_cast<std::size_t>(k) >= size) continue;
    for (std::uint32_t bits = s[static_cast<std::size_t>(k)].document; bits != 0; bits &= bits - 1)
      *o++ = document_id(c, static_cast<unsigned>(__builtin_ctz(bits)));
  }
  if (index == 0) *o++ = kFirstId;
  if (!t.space_before) *o++ = kNoSpaceId;
  return static_cast<std::size_t>(o - out);
}

std::uint64_t constant_feature_hash(std::uint64_t id) { return id < kConstantFeatures ? kConstantHashes[id] : 0; }

std::uint64_t feature_hash(std::string_view feature) {
  std::size_t eq = feature.find('=');
  if (eq == std::string_view::npos) return mix(fnv(kFnvOffset, feature), 0);
  return mix(fnv(kFnvOffset, feature.substr(0, eq)), fnv(kFnvOffset, feature.substr(eq + 1)));
}

}  // namespace kg::tagger
