#include <catch2/catch.hpp>

#include <string>

#include "extract/acronym.h"
#include "extract/extractor.h"
#include "extract/span_arbiter.h"
#include "extract/training_sentences.h"
#include "tagger/bilou.h"

using kg::tagger::Span;
using kg::tagger::SpanType;

namespace {

// The rule parser's mentions of one sentence, then the arbiter's verdict on `spans`.
struct Arbitrated {
  std::string text;
  kg::ParseContext context;
  std::vector<kg::RawMention> before, after;
};

Arbitrated arbitrate_one(const std::string& sentence, const std::vector<Span>& spans) {
  Arbitrated a;
  a.text = sentence;
  kg::SentenceParser parser(a.text, kg::tokenize(a.text, 0, static_cast<std::uint32_t>(a.text.size())), a.context);
  a.before = parser.parse();
  a.after = a.before;
  kg::arbitrate(parser, spans, a.after, a.context);
  return a;
}

const kg::RawMention* find(const std::vector<kg::RawMention>& ms, const std::string& text) {
  for (const auto& m : ms)
    if (m.text == text && m.emit) return &m;
  return nullptr;
}

}  // namespace

TEST_CASE("A tagger span that no rule mention overlaps becomes a mention", "[extract][arbiter]") {
  // Tokens: Zorbek(0) Quuntal(1) arrived(2) in(3) Oslo(4) .(5)
  auto a = arbitrate_one("Zorbek Quuntal arrived in Oslo.", {{SpanType::Person, 0, 2}});
  REQUIRE(find(a.after, "Zorbek Quuntal"));
  CHECK(find(a.after, "Zorbek Quuntal")->rule == "tagger");
  CHECK(find(a.after, "Zorbek Quuntal")->type == kg::EntityType::Person);
}

TEST_CASE("An acronym in parentheses after an organization becomes its other name", "[extract][arbiter]") {
  // Tokens: the(0) Velmar(1) Policy(2) Forum(3) ((4) VPF(5) )(6) opened(7) .(8)
  auto a = arbitrate_one("the Velmar Policy Forum (VPF) opened.", {{SpanType::Org, 1, 4}, {SpanType::Org, 5, 6}});
  const auto* forum = find(a.after, "Velmar Policy Forum");
  REQUIRE(forum);
  CHECK(std::find(forum->aliases.begin(), forum->aliases.end(), "VPF") != forum->aliases.end());
  CHECK(!find(a.after, "VPF"));
  CHECK(a.context.acronyms.count("vpf"));
}

TEST_CASE("A unit after a number and an item of a list of common nouns are no organizations", "[extract][arbiter]") {
  // Tokens: trade(0) reached(1) 5(2) billion(3) USD(4) in(5) farming(6) ,(7) RES(8) ,(9) and(10) mining(11) .(12)
  auto a = arbitrate_one("trade reached 5 billion USD in farming, RES, and mining.",
                         {{SpanType::Org, 4, 5}, {SpanType::Org, 8, 9}});
  CHECK(!find(a.after, "USD"));
  CHECK(!find(a.after, "RES"));
}

TEST_CASE("A title span before a person the parser gave no title becomes the person's title", "[extract][arbiter]") {
  // Tokens: Chief(0) Envoy(1) Zorbek(2) Quuntal(3) spoke(4) .(5)
  auto a = arbitrate_one("Chief Envoy Zorbek Quuntal spoke.", {{SpanType::Title, 0, 2}, {SpanType::Person, 2, 4}});
  const kg::RawMention* p = nullptr;
  for (const auto& m : a.after)
    if (m.type == kg::EntityType::Person && m.emit) p = &m;
  REQUIRE(p);
  CHECK(p->title == "Chief Envoy");
}

TEST_CASE("Gold names label a document's tokens, the longest name first", "[extract][training]") {
  kg::Document doc;
  doc.id = "t";
  doc.text = "Minister of Foreign Affairs of Velmaria Zorbek Quuntal met Dora Lind in Oslo.\n";
  auto sentences = kg::training_sentences(doc, {{"Velmaria", SpanType::Gpe},
                                                {"Zorbek Quuntal", SpanType::Person},
                                                {"Dora Lind", SpanType::Person},
                                                {"Minister of Foreign Affairs", SpanType::Title},
                                                {"Oslo", SpanType::Gpe}});
  REQUIRE(sentences.size() == 1);
  std::vector<std::string> labels;
  for (int l : sentences[0].labels) labels.push_back(kg::tagger::label_name(l));
  CHECK(labels == std::vector<std::string>{"B-TITLE", "I-TITLE", "I-TITLE", "L-TITLE", "O", "U-GPE", "B-PERSON",
                                           "L-PERSON", "O", "B-PERSON", "L-PERSON", "O", "U-GPE", "O"});
  // The rule parser's proposals are part of the tagger's input.
  CHECK(sentences[0].tokens[6].proposal != "O");
}

TEST_CASE("An acronym abbreviates the words of a name, function words optional", "[extract][acronym]") {
  auto [acronym, name, expected] = GENERATE(table<std::string, std::string, bool>({
      {"KazISS", "Kazakhstan Institute for Strategic Studies", true},
      {"UNSC", "UN Security Council", true},
      {"CCTSS", "Cooperation Council of Turkic-speaking States", true},
      {"OSCE", "Organization for Security and Co-operation in Europe", true},
      {"IPU", "Inter-Parliamentary Union", true},
      {"U.N.", "United Nations", true},
      {"ISRS", "Institute for Strategic and Regional Studies", true},
      {"NATO", "United Nations", false},
      {"UN", "UN", false},              // one word is no abbreviation
      {"SC", "Security Council of X", false},  // every content word gives a letter
      {"X", "Xavier Xylophone", false},
  }));
  CAPTURE(acronym, name);
  CHECK(kg::is_acronym_of(acronym, name) == expected);
}
