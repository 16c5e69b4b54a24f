// The compact extraction codec (graph/compact_codec.h): a byte-identical round trip that
// resolves to the same graph, and damaged bytes refused with kg::InputError.
#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <sstream>
#include <vector>

#include "extract/extractor.h"
#include "extract/input_error.h"
#include "graph/compact_codec.h"
#include "graph/graph_builder.h"
#include "graph/graph_json.h"
#include "test_support.h"

namespace {

namespace fs = std::filesystem;
using kg::detail::CompactDocument;

std::vector<CompactDocument> sample_extractions() {
  std::vector<fs::path> paths;
  for (const auto& entry : fs::directory_iterator(kg::test::source_dir() / "samples"))
    if (entry.path().extension() == ".txt") paths.push_back(entry.path());
  std::sort(paths.begin(), paths.end());
  std::vector<CompactDocument> docs;
  for (const auto& p : paths) {
    kg::Document d;
    d.id = p.stem().string();
    d.path = p.string();
    d.text = kg::test::read_file(p);
    d.date = "2024-05-01";
    d.source = "samples";
    docs.push_back(kg::GraphBuilder::prepare(kg::extract(d)));
  }
  REQUIRE(docs.size() >= 10);
  return docs;
}

std::string json_of(std::vector<CompactDocument> docs) {
  kg::GraphBuilder builder;
  for (auto& d : docs) builder.add(std::move(d));
  std::ostringstream out;
  kg::write_graph_json(out, builder.build().graph);
  return out.str();
}

// A small document by hand: two entities, one titled fact, bytes that are not UTF-8.
CompactDocument tiny() {
  CompactDocument doc;
  doc.info = {"d\xC3\xB6" "c", "2023-03-31", "src", "https://example.org/a", 3};
  kg::detail::CompactEntity a;
  a.type = kg::EntityType::Person;
  a.name = "Bekir Bozda\xC4\x9F";
  a.forms = {"Bekir Bozda\xC4\x9F", "Bozdag"};
  a.form_mentions = {2, 1};
  a.mentions = 3;
  a.name_key = "bekir bozdag";
  a.form_keys = {"bekir bozdag", "bozdag"};
  a.references = {"the speaker"};
  a.key = "k\xFF";
  a.country = "TR";
  kg::detail::CompactEntity b;
  b.type = kg::EntityType::Org;
  b.name = "Grand National Assembly";
  b.form_mentions = {1};
  b.mentions = 1;
  doc.entities = {a, b};
  doc.titles = {"", "Deputy Speaker"};
  kg::SharedText sentence("Deputy Speaker Bekir Bozda\xC4\x9F spoke.");
  doc.facts.push_back({0, 1, kg::Relation::HoldsPosition, 1, 2, {10, 48}, {25, 40}, {0, 0}, sentence});
  doc.facts.push_back({0, 1, kg::Relation::MemberOf, 0, 2, {10, 48}, {25, 40}, {1, 2}, sentence});
  doc.id = doc.info.id;
  doc.date = doc.info.date;
  return doc;
}

std::string error_of(std::string_view bytes) {
  try {
    kg::decode_compact(bytes, "x.kgdb: document d");
  } catch (const kg::InputError& e) {
    CHECK(e.file() == "x.kgdb: document d");
    return e.what();
  }
  return "(accepted)";
}

}  // namespace

TEST_CASE("A compact extraction survives encode and decode field by field", "[graph][codec]") {
  const CompactDocument doc = tiny();
  const std::string bytes = kg::encode_compact(doc);
  CompactDocument back = kg::decode_compact(bytes, "tiny");
  CHECK(back.info == doc.info);
  CHECK(back.id == doc.info.id);
  CHECK(back.date == "2023-03-31");
  CHECK(back.titles == doc.titles);
  REQUIRE(back.entities.size() == 2);
  CHECK(back.entities[0].forms == doc.entities[0].forms);
  CHECK(back.entities[0].form_mentions == doc.entities[0].form_mentions);
  CHECK(back.entities[0].form_keys == doc.entities[0].form_keys);
  CHECK(back.entities[0].references == doc.entities[0].references);
  CHECK(back.entities[0].key == "k\xFF");
  CHECK(back.entities[0].country == "TR");
  CHECK(back.entities[1].type == kg::EntityType::Org);
  CHECK(back.entities[1].forms.empty());
  REQUIRE(back.facts.size() == 2);
  CHECK(back.facts[0].relation == kg::Relation::HoldsPosition);
  CHECK(back.facts[0].title == 1);
  CHECK(back.facts[1].object_range == kg::ByteRange{1, 2});
  CHECK(back.facts[0].text == doc.facts[0].text);
  CHECK(back.facts[0].text.same_copy(back.facts[1].text));  // one sentence, one copy
  CHECK(kg::encode_compact(back) == bytes);
}

TEST_CASE("Decoded sample extractions re-encode to the same bytes and resolve to the same graph",
          "[graph][codec]") {
  auto docs = sample_extractions();
  std::vector<CompactDocument> decoded;
  for (const auto& d : docs) {
    const std::string bytes = kg::encode_compact(d);
    CHECK(kg::encode_compact(d) == bytes);  // a pure function
    decoded.push_back(kg::decode_compact(bytes, d.info.id));
    CHECK(kg::encode_compact(decoded.back()) == bytes);
  }
  CHECK(json_of(std::move(decoded)) == json_of(std::move(docs)));
}

TEST_CASE("An empty compact extraction round-trips", "[graph][codec]") {
  CompactDocument empty;
  empty.titles.emplace_back();
  const std::string bytes = kg::encode_compact(empty);
  CompactDocument back = kg::decode_compact(bytes, "empty");
  CHECK(back.entities.empty());
  CHECK(back.facts.empty());
  CHECK(kg::encode_compact(back) == bytes);
}

TEST_CASE("Damaged compact extractions are refused with kg::InputError", "[graph][codec]") {
  const std::string bytes = kg::encode_compact(tiny());
  CHECK(error_of("") == "damaged compact extraction: not a compact extraction (no KGCD header)");
  CHECK(error_of("KGDB" + bytes.substr(4)) == "damaged compact extraction: not a compact extraction (no KGCD header)");
  SECTION("any flipped byte after the header") {
    for (std::size_t i = 5; i < bytes.size(); ++i) {
      std::string bad = bytes;
      bad[i] = static_cast<char>(bad[i] ^ 0x10);
      CHECK(error_of(bad).rfind("damaged compact extraction: ", 0) == 0);
    }
  }
  SECTION("cut short anywhere") {
    for (std::size_t n = 0; n < bytes.size(); ++n) CHECK(error_of(bytes.substr(0, n)) != "(accepted)");
  }
  SECTION("bytes after the end") {
    CHECK(error_of(bytes + "x") != "(accepted)");
  }
  SECTION("another format version") {
    std::string newer = bytes;
    newer[4] = 2;
    CHECK(error_of(newer) == "compact extraction of format version 2, this kgraph reads 1");
  }
}
