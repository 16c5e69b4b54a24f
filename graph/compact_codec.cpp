#include "graph/compact_codec.h"

#include <unordered_map>
#include <vector>

#include "extract/input_error.h"

namespace kg {
namespace {

using detail::CompactDocument;
using detail::CompactEntity;
using detail::CompactFact;

constexpr std::string_view kMagic = "KGCD";
constexpr std::size_t kChecksumBytes = 8;
constexpr std::uint64_t kEntityTypes = static_cast<std::uint64_t>(EntityType::Event) + 1;
constexpr std::uint64_t kRelations = static_cast<std::uint64_t>(Relation::Chaired) + 1;

std::uint64_t fnv1a(std::string_view bytes) {
  std::uint64_t h = 0xcbf29ce484222325ULL;
  for (unsigned char c : bytes) h = (h ^ c) * 0x100000001b3ULL;
  return h;
}

class Writer {
 public:
  void number(std::uint64_t v) {
    do {
      auto byte = static_cast<unsigned char>(v & 0x7f);
      v >>= 7;
      out_.push_back(static_cast<char>(v ? byte | 0x80 : byte));
    } while (v);
  }
  void text(std::string_view s) {
    number(s.size());
    out_ += s;
  }
  void texts(const std::vector<std::string>& list) {
    number(list.size());
    for (const auto& s : list) text(s);
  }
  void range(ByteRange r) {
    number(r.begin);
    number(r.end);
  }
  std::string finish() {
    std::uint64_t sum = fnv1a(out_);
    for (std::size_t i = 0; i < kChecksumBytes; ++i) out_.push_back(static_cast<char>(sum >> (8 * i)));
    return std::move(out_);
  }

 private:
  std::string out_{kMagic};
};

class Reader {
 public:
  Reader(std::string_view bytes, const std::string& what) : bytes_(bytes), what_(what) {}

  [[noreturn]] void damaged(const std::string& why) const {
    throw InputError("damaged compact extraction: " + why, what_);
  }
  std::uint64_t number() {
    std::uint64_t v = 0;
    for (int shift = 0; shift < 64; shift += 7) {
      if (at_ == bytes_.size()) damaged("cut short");
      auto byte = static_cast<unsigned char>(bytes_[at_++]);
      v |= std::uint64_t{byte & 0x7fu} << shift;
      if (!(byte & 0x80)) return v;
    }
    damaged("a number longer than 64 bits");
  }
  std::uint32_t uint32() {
    std::uint64_t v = number();
    if (v > 0xffffffffULL) damaged("a number out of range");
    return static_cast<std::uint32_t>(v);
  }
  // A count of items that each take at least one byte: never more than the bytes left.
  std::size_t count() {
    std::uint64_t n = number();
    if (n > bytes_.size() - at_) damaged("a count past the end");
    return static_cast<std::size_t>(n);
  }
  std::string_view view() {
    std::size_t n = count();
    std::string_view s = bytes_.substr(at_, n);
    at_ += n;
    return s;
  }
  std::string text() { return std::string(view()); }
  std::vector<std::string> texts() {
    std::vector<std::string> list(count());
    for (auto& s : list) s = text();
    return list;
  }
  std::vector<std::uint32_t> numbers() {
    std::vector<std::uint32_t> list(count());
    for (auto& v : list) v = uint32();
    return list;
  }
  std::uint32_t index(std::size_t size, const char* of) {
    std::uint64_t v = number();
    if (v >= size) damaged(std::string("an index past the ") + of);
    return static_cast<std::uint32_t>(v);
  }
  ByteRange range() {
    ByteRange r;
    r.begin = uint32();
    r.end = uint32();
    return r;
  }
  bool done() const { return at_ == bytes_.size(); }

 private:
  std::string_view bytes_;
  const std::string& what_;
  std::size_t at_ = 0;
};

void put_entity(Writer& w, const CompactEntity& e) {
  w.number(static_cast<std::uint64_t>(e.type));
  w.text(e.name);
  w.texts(e.forms);
  w.number(e.form_mentions.size());
  for (auto m : e.form_mentions) w.number(m);
  w.number(e.mentions);
  w.text(e.name_key);
  w.texts(e.form_keys);
  w.texts(e.references);
  w.text(e.key);
  w.text(e.country);
  w.text(e.date);
}

CompactEntity get_entity(Reader& r) {
  CompactEntity e;
  e.type = static_cast<EntityType>(r.index(kEntityTypes, "entity types"));
  e.name = r.text();
  e.forms = r.texts();
  e.form_mentions = r.numbers();
  e.mentions = r.uint32();
  e.name_key = r.text();
  e.form_keys = r.texts();
  e.references = r.texts();
  e.key = r.text();
  e.country = r.text();
  e.date = r.text();
  return e;
}

}  // namespace

std::string encode_compact(const CompactDocument& doc) {
  Writer w;
  w.number(kCompactCodecVersion);
  w.text(doc.info.id);
  w.text(doc.info.date);
  w.text(doc.info.source);
  w.text(doc.info.url);
  w.number(doc.info.sentences);
  w.texts(doc.titles);
  // Each sentence text once, in order of first use; facts name it by index.
  std::unordered_map<std::string_view, std::size_t> text_index;
  std::vector<std::size_t> fact_texts;
  std::vector<std::string_view> texts;
  fact_texts.reserve(doc.facts.size());
  for (const CompactFact& f : doc.facts) {
    auto [it, fresh] = text_index.try_emplace(f.text.str(), texts.size());
    if (fresh) texts.push_back(f.text.str());
    fact_texts.push_back(it->second);
  }
  w.number(texts.size());
  for (auto t : texts) w.text(t);
  w.number(doc.entities.size());
  for (const CompactEntity& e : doc.entities) put_entity(w, e);
  w.number(doc.facts.size());
  for (std::size_t i = 0; i < doc.facts.size(); ++i) {
    const CompactFact& f = doc.facts[i];
    w.number(f.subject);
    w.number(f.object);
    w.number(static_cast<std::uint64_t>(f.relation));
    w.number(f.title);
    w.number(f.sentence);
    w.range(f.sentence_range);
    w.range(f.subject_range);
    w.range(f.object_range);
    w.number(fact_texts[i]);
  }
  return w.finish();
}

CompactDocument decode_compact(std::string_view bytes, const std::string& what) {
  if (bytes.size() < kMagic.size() + kChecksumBytes || bytes.substr(0, kMagic.size()) != kMagic)
    throw InputError("damaged compact extraction: not a compact extraction (no KGCD header)", what);
  std::string_view body = bytes.substr(0, bytes.size() - kChecksumBytes);
  std::uint64_t sum = 0;
  for (std::size_t i = 0; i < kChecksumBytes; ++i)
    sum |= std::uint64_t{static_cast<unsigned char>(bytes[body.size() + i])} << (8 * i);
  Reader r(body.substr(kMagic.size()), what);
  std::uint64_t version = r.number();
  if (version != kCompactCodecVersion)
    throw InputError("compact extraction of format version " + std::to_string(version) + ", this kgraph reads " +
                         std::to_string(kCompactCodecVersion),
                     what);
  if (fnv1a(body) != sum) r.damaged("its checksum does not match its bytes");
  CompactDocument doc;
  doc.info.id = r.text();
  doc.info.date = r.text();
  doc.info.source = r.text();
  doc.info.url = r.text();
  doc.info.sentences = r.uint32();
  doc.titles = r.texts();
  if (doc.titles.empty() || !doc.titles.front().empty()) r.damaged("its first title is not the empty one");
  std::vector<SharedText> texts(r.count());
  for (auto& t : texts) t = SharedText(r.view());
  doc.entities.resize(r.count());
  for (auto& e : doc.entities) e = get_entity(r);
  doc.facts.resize(r.count());
  for (CompactFact& f : doc.facts) {
    f.subject = r.index(doc.entities.size(), "entities");
    f.object = r.index(doc.entities.size(), "entities");
    f.relation = static_cast<Relation>(r.index(kRelations, "relations"));
    f.title = r.index(doc.titles.size(), "titles");
    f.sentence = r.uint32();
    f.sentence_range = r.range();
    f.subject_range = r.range();
    f.object_range = r.range();
    f.text = texts[r.index(texts.size(), "sentence texts")];
  }
  if (!r.done()) r.damaged("bytes after its end");
  doc.id = doc.info.id;
  doc.date = doc.info.date;
  return doc;
}

}  // namespace kg
