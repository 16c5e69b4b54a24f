#include "eval/gold.h"

#include <fstream>
#include <iterator>
#include <set>
#include <unordered_map>
#include <utility>

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>
#include <rapidjson/memorystream.h>
#include <rapidjson/reader.h>

#include "extract/entity_type.h"
#include "extract/input_error.h"
#include "extract/name_key.h"
#include "extract/relation.h"

namespace kg {
namespace {

using rapidjson::SizeType;
using rapidjson::Value;
constexpr unsigned kParseFlags = rapidjson::kParseIterativeFlag | rapidjson::kParseValidateEncodingFlag;

// RapidJSON's DOM forgets where values came from, but a gold error is only useful with a
// line:column. This handler feeds the DOM and records, in document order, the byte where
// each value starts: the first byte after the previous token that is not whitespace, ','
// or ':' (the reader reports a value only once it has consumed the whole token).
class OffsetRecorder {
 public:
  OffsetRecorder(rapidjson::Document& doc, rapidjson::MemoryStream& in, std::string_view bytes,
                 std::vector<std::size_t>& starts)
      : doc_(doc), in_(in), bytes_(bytes), starts_(starts) {}

  bool Null() { return value(), doc_.Null(); }
  bool Bool(bool b) { return value(), doc_.Bool(b); }
  bool Int(int i) { return value(), doc_.Int(i); }
  bool Uint(unsigned u) { return value(), doc_.Uint(u); }
  bool Int64(std::int64_t i) { return value(), doc_.Int64(i); }
  bool Uint64(std::uint64_t u) { return value(), doc_.Uint64(u); }
  bool Double(double d) { return value(), doc_.Double(d); }
  bool RawNumber(const char* s, SizeType n, bool copy) { return value(), doc_.RawNumber(s, n, copy); }
  bool String(const char* s, SizeType n, bool copy) { return value(), doc_.String(s, n, copy); }
  bool StartObject() { return value(), doc_.StartObject(); }
  bool Key(const char* s, SizeType n, bool copy) { return token(), doc_.Key(s, n, copy); }
  bool EndObject(SizeType n) { return token(), doc_.EndObject(n); }
  bool StartArray() { return value(), doc_.StartArray(); }
  bool EndArray(SizeType n) { return token(), doc_.EndArray(n); }

 private:
  void value() {
    std::size_t at = last_end_;
    while (at < bytes_.size() && (bytes_[at] == ' ' || bytes_[at] == '\t' || bytes_[at] == '\n' ||
                                  bytes_[at] == '\r' || bytes_[at] == ',' || bytes_[at] == ':'))
      ++at;
    starts_.push_back(at);
    token();
  }
  void token() { last_end_ = in_.Tell(); }

  rapidjson::Document& doc_;
  rapidjson::MemoryStream& in_;
  std::string_view bytes_;
  std::vector<std::size_t>& starts_;
  std::size_t last_end_ = 0;
};

[[noreturn]] void throw_at(std::string_view bytes, const std::string& file, std::size_t offset,
                          const std::string& message) {
  std::uint64_t line = 1, column = 1;
  for (std::size_t i = 0; i < offset && i < bytes.size(); ++i) {
    if (bytes[i] == '\n') {
      ++line;
      column = 1;
    } else if ((static_cast<unsigned char>(bytes[i]) & 0xC0) != 0x80) {
      ++column;  // columns count code points, not bytes
    }
  }
  throw InputError(message, file, line, column);
}

// Reads the parsed DOM into a Gold, reporting errors at the offending value.
class GoldReader {
 public:
  GoldReader(std::string_view bytes, const std::string& file, const Value& root,
             const std::vector<std::size_t>& starts)
      : bytes_(bytes), file_(file) {
    // Pre-order walk (explicit stack: the input may nest deeply) pairs DOM nodes with the
    // value starts recorded in the same order.
    std::vector<const Value*> stack{&root};
    std::size_t index = 0;
    while (!stack.empty()) {
      const Value* v = stack.back();
      stack.pop_back();
      start_[v] = index < starts.size() ? starts[index] : 0;
      ++index;
      if (v->IsObject()) {
        for (auto m = v->MemberEnd(); m != v->MemberBegin();) stack.push_back(&(--m)->value);
      } else if (v->IsArray()) {
        for (auto e = v->End(); e != v->Begin();) stack.push_back(--e);
      }
    }
  }

  Gold read(const Value& root) const {
    Gold gold;
    expect_object(root, "the gold file");
    check_keys(root, {"source", "entities", "relations"}, "the gold file");
    if (root.HasMember("source")) gold.source = string_of(root["source"], "source");
    const Value& entities = required(root, "entities", "the gold file");
    expect_array(entities, "entities");
    const Value& relations = required(root, "relations", "the gold file");
    expect_array(relations, "relations");

    std::set<std::pair<std::string, std::string>> seen;  // (type, folded name)
    std::set<std::string> names;
    for (SizeType i = 0; i < entities.Size(); ++i) {
      const Value& e = entities[i];
      std::string where = "entities[" + std::to_string(i) + "]";
      expect_object(e, where);
      check_keys(e, {"name", "type", "aliases"}, where);
      GoldEntity entity;
      const Value& name = required(e, "name", where);
      entity.name = string_of(name, where + ".name");
      if (entity.name.empty()) fail(name, where + ".name: must not be empty");
      const Value& type = required(e, "type", where);
      entity.type = string_of(type, where + ".type");
      if (!parse_entity_type(entity.type))
        fail(type, where + ".type: expected PERSON, ORG, GPE or EVENT, got \"" + entity.type + "\"");
      if (e.HasMember("aliases")) {
        const Value& aliases = e["aliases"];
        expect_array(aliases, where + ".aliases");
        for (SizeType k = 0; k < aliases.Size(); ++k)
          entity.aliases.push_back(string_of(aliases[k], where + ".aliases[" + std::to_string(k) + "]"));
      }
      if (!seen.emplace(entity.type, name_key(entity.name)).second)
        fail(name, where + ": " + entity.type + " \"" + entity.name + "\" is listed twice");
      names.insert(entity.name);
      gold.entities.push_back(std::move(entity));
    }

    for (SizeType i = 0; i < relations.Size(); ++i) {
      const Value& r = relations[i];
      std::string where = "relations[" + std::to_string(i) + "]";
      expect_object(r, where);
      check_keys(r, {"subject", "relation", "object", "title"}, where);
      GoldRelation relation;
      const Value& kind = required(r, "relation", where);
      relation.relation = string_of(kind, where + ".relation");
      if (!parse_relation(relation.relation))
        fail(kind, where + ".relation: unknown relation \"" + relation.relation + "\"");
      for (auto [key, field] : {std::pair{"subject", &relation.subject}, std::pair{"object", &relation.object}}) {
        const Value& v = required(r, key, where);
        *field = string_of(v, where + "." + key);
        if (!names.count(*field))
          fail(v, where + "." + key + ": \"" + *field + "\" is not an entity of this file");
      }
      if (r.HasMember("title")) relation.title = string_of(r["title"], where + ".title");
      gold.relations.push_back(std::move(relation));
    }
    return gold;
  }

 private:
  [[noreturn]] void fail(const Value& v, const std::string& message) const {
    auto it = start_.find(&v);
    throw_at(bytes_, file_, it == start_.end() ? 0 : it->second, message);
  }

  void expect_object(const Value& v, const std::string& what) const {
    if (!v.IsObject()) fail(v, what + ": expected an object");
  }
  void expect_array(const Value& v, const std::string& what) const {
    if (!v.IsArray()) fail(v, what + ": expected an array");
  }
  std::string string_of(const Value& v, const std::string& what) const {
    if (!v.IsString()) fail(v, what + ": expected a string");
    return std::string(v.GetString(), v.GetStringLength());
  }
  const Value& required(const Value& obj, const char* key, const std::string& what) const {
    auto m = obj.FindMember(key);
    if (m == obj.MemberEnd()) fail(obj, what + ": missing \"" + key + "\"");
    return m->value;
  }
  // Unknown keys are errors: a misspelt "alias" would otherwise silently drop gold data.
  void check_keys(const Value& obj, std::initializer_list<std::string_view> allowed,
                  const std::string& what) const {
    for (auto m = obj.MemberBegin(); m != obj.MemberEnd(); ++m) {
      std::string_view key(m->name.GetString(), m->name.GetStringLength());
      bool known = false;
      for (auto a : allowed) known = known || a == key;
      if (!known) fail(m->value, what + ": unknown key \"" + std::string(key) + "\"");
    }
  }

  std::string_view bytes_;
  const std::string& file_;
  std::unordered_map<const Value*, std::size_t> start_;
};

}  // namespace

Gold parse_gold(std::string_view bytes, const std::string& file_name) {
  rapidjson::Document doc;
  rapidjson::MemoryStream in(bytes.data(), bytes.size());
  std::vector<std::size_t> starts;
  rapidjson::Reader reader;
  auto generate = [&](rapidjson::Document& handler) {
    OffsetRecorder recorder(handler, in, bytes, starts);
    return !reader.Parse<kParseFlags>(in, recorder).IsError();
  };
  doc.Populate(generate);
  if (reader.HasParseError()) {
    throw_at(bytes, file_name, reader.GetErrorOffset(),
             rapidjson::GetParseError_En(reader.GetParseErrorCode()));
  }
  return GoldReader(bytes, file_name, doc, starts).read(doc);
}

Gold load_gold(const std::filesystem::path& path) {
  std::error_code ec;
  std::ifstream in(path, std::ios::binary);
  if (!in || std::filesystem::is_directory(path, ec)) throw InputError("cannot read gold file", path.string());
  std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (in.bad()) throw InputError("cannot read gold file", path.string());
  Gold gold = parse_gold(bytes, path.string());
  std::string name = path.filename().string();
  constexpr std::string_view kSuffix = ".gold.json";
  if (name.size() > kSuffix.size() && name.ends_with(kSuffix))
    gold.document = name.substr(0, name.size() - kSuffix.size());
  else
    gold.document = path.stem().string();
  return gold;
}

}  // namespace kg
