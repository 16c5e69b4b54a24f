#include <catch2/catch.hpp>

#include <algorithm>
#include <string>

#include "extract/extractor.h"

namespace {

kg::DocumentExtraction run(const std::string& text) {
  kg::Document d;
  d.id = "t";
  d.text = text;
  return kg::extract(d);
}

const kg::ExtractedEntity* entity(const kg::DocumentExtraction& x, kg::EntityType type, const std::string& name) {
  for (const auto& e : x.entities)
    if (e.type == type && (e.name == name || std::find(e.forms.begin(), e.forms.end(), name) != e.forms.end())) return &e;
  return nullptr;
}

bool has_fact(const kg::DocumentExtraction& x, const std::string& s, kg::Relation r, const std::string& o) {
  for (const auto& f : x.facts)
    if (f.relation == r && x.entities[f.subject].name == s && x.entities[f.object].name == o) return true;
  return false;
}

std::size_t count(const kg::DocumentExtraction& x, kg::EntityType type) {
  return static_cast<std::size_t>(std::count_if(x.entities.begin(), x.entities.end(), [&](const auto& e) { return e.type == type; }));
}

}  // namespace

TEST_CASE("A minister's post belongs to the country when the text names no ministry", "[extract]") {
  auto x = run("Uzbekistan's Deputy Foreign Minister Bakhtiyor Saidov received the Polish delegation.");
  REQUIRE(entity(x, kg::EntityType::Person, "Bakhtiyor Saidov"));
  CHECK(has_fact(x, "Bakhtiyor Saidov", kg::Relation::HoldsPosition, "Uzbekistan"));
  CHECK(count(x, kg::EntityType::Org) == 0);  // no ministry built from the title alone
  CHECK_FALSE(entity(x, kg::EntityType::Person, "Deputy Foreign Minister Bakhtiyor Saidov"));
}

TEST_CASE("A minister's post belongs to the ministry the text names", "[extract]") {
  auto x = run("Uzbekistan's Deputy Foreign Minister Bakhtiyor Saidov received the Polish delegation, "
               "the Uzbek Foreign Ministry said.");
  const auto* ministry = entity(x, kg::EntityType::Org, "Uzbek Foreign Ministry");  // the name as stated
  REQUIRE(ministry);
  CHECK(ministry->key == "ministry:UZ:Foreign Affairs");
  CHECK(has_fact(x, "Bakhtiyor Saidov", kg::Relation::HoldsPosition, "Uzbek Foreign Ministry"));
  CHECK(has_fact(x, "Uzbek Foreign Ministry", kg::Relation::PartOf, "Uzbekistan"));
  CHECK_FALSE(has_fact(x, "Bakhtiyor Saidov", kg::Relation::HoldsPosition, "Uzbekistan"));
}

TEST_CASE("An organization's name ends before the name of the person who holds its post", "[extract]") {
  auto x = run("He was received by Speaker of the National Assembly of the Republic of Serbia Ana Brnabic.");
  CHECK(entity(x, kg::EntityType::Org, "National Assembly of the Republic of Serbia"));
  CHECK(has_fact(x, "Ana Brnabic", kg::Relation::HoldsPosition, "National Assembly of the Republic of Serbia"));
}

TEST_CASE("References to persons named earlier resolve to them", "[extract]") {
  auto x = run("Foreign Minister of Latvia Baiba Braze held talks with Foreign Minister of Chile Alberto van Klaveren. "
               "The Latvian minister was later received by President of Chile Gabriel Boric.");
  CHECK(has_fact(x, "Baiba Braze", kg::Relation::MetWith, "Gabriel Boric"));
  CHECK_FALSE(has_fact(x, "Alberto van Klaveren", kg::Relation::MetWith, "Gabriel Boric"));
}

TEST_CASE("A named event and its participants", "[extract]") {
  auto x = run("Minister Tomas Berg chaired the Nordic-Baltic Eight Foreign Ministers' Meeting in Riga. "
               "Taking part were Foreign Minister of Finland Elina Valtonen and Foreign Minister of Iceland Thordis Gylfadottir.");
  CHECK(has_fact(x, "Tomas Berg", kg::Relation::Chaired, "Nordic-Baltic Eight Foreign Ministers' Meeting"));
  CHECK(has_fact(x, "Elina Valtonen", kg::Relation::ParticipatedIn, "Nordic-Baltic Eight Foreign Ministers' Meeting"));
  CHECK(has_fact(x, "Thordis Gylfadottir", kg::Relation::ParticipatedIn, "Nordic-Baltic Eight Foreign Ministers' Meeting"));
}

TEST_CASE("A plural title introduces a list of persons who are members of the parliament", "[extract]") {
  auto x = run("The delegation visited the Polish Sejm and met MPs Anna Nowak, Piotr Zielinski and Ewa Kowalczyk.");
  REQUIRE(count(x, kg::EntityType::Person) == 3);
  CHECK(has_fact(x, "Piotr Zielinski", kg::Relation::MemberOf, "Polish Sejm"));
  CHECK(has_fact(x, "Ewa Kowalczyk", kg::Relation::HoldsPosition, "Polish Sejm"));
}

TEST_CASE("An acronym in parentheses becomes an alias and later names the same organization", "[extract]") {
  auto x = run("Director of the Institute for Security Studies (ISS) Dr. Leila Haddad spoke. ISS analyst Omar Khalil agreed.");
  const auto* org = entity(x, kg::EntityType::Org, "Institute for Security Studies");
  REQUIRE(org);
  CHECK(std::find(org->forms.begin(), org->forms.end(), "ISS") != org->forms.end());
  CHECK(has_fact(x, "Leila Haddad", kg::Relation::HoldsPosition, "Institute for Security Studies"));
  CHECK(has_fact(x, "Omar Khalil", kg::Relation::HoldsPosition, "Institute for Security Studies"));
}

TEST_CASE("Co-chairs chair the event and meet; attendees participate", "[extract]") {
  auto x = run(
      "The Uzbek-Polish consultations were held under the co-chairmanship of Deputy Minister Anna Nowak and "
      "Ambassador Ulugbek Karimov.\nThe meeting was also attended by Ambassador Piotr Zielinski.");
  const auto* ev = entity(x, kg::EntityType::Event, "Uzbek-Polish consultations");
  REQUIRE(ev);
  CHECK(has_fact(x, "Anna Nowak", kg::Relation::Chaired, ev->name));
  CHECK(has_fact(x, "Ulugbek Karimov", kg::Relation::Chaired, ev->name));
  CHECK((has_fact(x, "Anna Nowak", kg::Relation::MetWith, "Ulugbek Karimov") ||
         has_fact(x, "Ulugbek Karimov", kg::Relation::MetWith, "Anna Nowak")));
  CHECK(has_fact(x, "Piotr Zielinski", kg::Relation::ParticipatedIn, ev->name));
}

TEST_CASE("A surname alone refers back to the full name", "[extract]") {
  auto x = run("Foreign Minister Radoslaw Kowal arrived in Vilnius. Kowal met with Ambassador Jonas Petraitis.");
  REQUIRE(count(x, kg::EntityType::Person) == 2);
  CHECK(has_fact(x, "Radoslaw Kowal", kg::Relation::MetWith, "Jonas Petraitis"));
}

TEST_CASE("Bare titles, datelines and abbreviations never become persons", "[extract]") {
  auto x = run("TASHKENT. KAZINFORM The President said the Minister will visit. RES and RES projects grow.");
  CHECK(count(x, kg::EntityType::Person) == 0);
  CHECK(entity(x, kg::EntityType::Gpe, "TASHKENT"));
  CHECK(entity(x, kg::EntityType::Org, "KAZINFORM"));
}

TEST_CASE("Evidence byte ranges point into the original text", "[extract]") {
  std::string text = "\xEF\xBB\xBFGerman Ambassador to Kazakhstan Anna Berg attended.";
  auto x = run(text);
  REQUIRE_FALSE(x.facts.empty());
  const auto& ev = x.facts.front().evidence;
  CHECK(text.substr(ev.sentence_range.begin, ev.sentence_range.end - ev.sentence_range.begin) ==
        "German Ambassador to Kazakhstan Anna Berg attended.");
  CHECK(text.substr(ev.subject_range.begin, ev.subject_range.end - ev.subject_range.begin) == "Anna Berg");
}

TEST_CASE("Places and holders paired by 'respectively' give each holder the post of its place", "[extract]") {
  auto x = run("The minister met the foreign ministers of Chile and Peru, Mario Lopez and Ana Torres, respectively.\n\n"
               "Later he met Polish, Kenyan and Brazilian foreign ministers, Jan Kowalski, Otieno Mwangi, and Paulo "
               "Souza, respectively.");
  CHECK(has_fact(x, "Mario Lopez", kg::Relation::HoldsPosition, "Chile"));
  CHECK(has_fact(x, "Ana Torres", kg::Relation::HoldsPosition, "Peru"));
  CHECK_FALSE(has_fact(x, "Mario Lopez", kg::Relation::HoldsPosition, "Peru"));
  CHECK(has_fact(x, "Jan Kowalski", kg::Relation::HoldsPosition, "Poland"));
  CHECK(has_fact(x, "Otieno Mwangi", kg::Relation::HoldsPosition, "Kenya"));
  CHECK(has_fact(x, "Paulo Souza", kg::Relation::HoldsPosition, "Brazil"));
}

TEST_CASE("A plural title after a colon names each listed holder's country", "[extract]") {
  auto x = run("The following Ambassadors Extraordinary and Plenipotentiary will be guests of the Palace on Monday: "
               "Karl Berg of Austria, Jonas Lind of Sweden and Pedro Alves of Portugal.");
  CHECK(has_fact(x, "Karl Berg", kg::Relation::HoldsPosition, "Austria"));
  CHECK(has_fact(x, "Jonas Lind", kg::Relation::HoldsPosition, "Sweden"));
  CHECK(has_fact(x, "Pedro Alves", kg::Relation::HoldsPosition, "Portugal"));
  CHECK_FALSE(entity(x, kg::EntityType::Person, "Extraordinary"));
  CHECK_FALSE(entity(x, kg::EntityType::Person, "Plenipotentiary"));
}

TEST_CASE("In a list of titled persons each title goes to the name after it", "[extract]") {
  auto x = run("The session was attended by Minister of External Affairs of the Republic of Chile Mario Lopez, "
               "Minister of Foreign Affairs of the Republic of Peru Ana Torres and Foreign Minister of the Russian "
               "Federation Pavel Orlov.");
  auto post_in = [&](const std::string& person, const std::string& key) {
    for (const auto& f : x.facts)
      if (f.relation == kg::Relation::HoldsPosition && x.entities[f.subject].name == person &&
          x.entities[f.object].key == key)
        return true;
    return false;
  };
  CHECK(post_in("Mario Lopez", "gpe:CL"));
  CHECK_FALSE(post_in("Mario Lopez", "gpe:PE"));
  CHECK(post_in("Ana Torres", "gpe:PE"));
  const auto* russia = entity(x, kg::EntityType::Gpe, "Russian Federation");
  REQUIRE(russia);
  CHECK(russia->key == "gpe:RU");
}

TEST_CASE("A dateline after a 'date' metadata line names the home country of untitled posts", "[extract]") {
  auto x = run("date 2024-05-02 LIMA: Foreign Minister Ana Torres received a delegation from Chile on Thursday.");
  CHECK(x.date == "2024-05-02");
  CHECK(has_fact(x, "Ana Torres", kg::Relation::HoldsPosition, "Peru"));
}

TEST_CASE("An acronym alone after a title is the title's organization, not a person", "[extract]") {
  auto x = run("Maria Lopez, Director General SASSI, welcomed the guests.");
  CHECK_FALSE(entity(x, kg::EntityType::Person, "SASSI"));
  CHECK(entity(x, kg::EntityType::Org, "SASSI"));
  CHECK(entity(x, kg::EntityType::Person, "Maria Lopez"));
}

TEST_CASE("A phone call is an event its two parties take part in; 'called for' is not", "[extract]") {
  auto x = run("Foreign Minister of Norway Kari Lund held a phone call with Foreign Minister of Chile Tomas Reyes. "
               "Both ministers called for calm and a call to dialogue.");
  REQUIRE(count(x, kg::EntityType::Event) == 1);
  const auto* ev = entity(x, kg::EntityType::Event, "phone call");
  REQUIRE(ev);
  CHECK(has_fact(x, "Kari Lund", kg::Relation::ParticipatedIn, ev->name));
  CHECK(has_fact(x, "Tomas Reyes", kg::Relation::ParticipatedIn, ev->name));
}

TEST_CASE("An ordinal numbers one event of a series; its short name later is the same event", "[extract]") {
  auto x = run("Speaker Anna Berg attended the 141st assembly of the Nordic Parliamentary Union in Oslo. "
               "The 141st assembly adopted two resolutions. The National Assembly of Norway hosted it.");
  const auto* ev = entity(x, kg::EntityType::Event, "141st assembly of the Nordic Parliamentary Union");
  REQUIRE(ev);
  CHECK(count(x, kg::EntityType::Event) == 1);
  CHECK(has_fact(x, "Anna Berg", kg::Relation::ParticipatedIn, ev->name));
  CHECK(entity(x, kg::EntityType::Org, "National Assembly of Norway"));
}

TEST_CASE("A national body named without its country belongs to the country the text reports from", "[extract]") {
  auto x = run("LIMA, May 2 - The Senate approved the treaty on Thursday. The Ministry of Foreign Affairs welcomed the vote, "
               "and the European Parliament and the British House of Lords were informed. A delegation from Chile attended.");
  CHECK(has_fact(x, "Senate", kg::Relation::PartOf, "Peru"));
  CHECK(has_fact(x, "Ministry of Foreign Affairs", kg::Relation::PartOf, "Peru"));
  CHECK(has_fact(x, "British House of Lords", kg::Relation::PartOf, "United Kingdom"));
  CHECK_FALSE(has_fact(x, "European Parliament", kg::Relation::PartOf, "Peru"));
}

TEST_CASE("Two lower-case particles inside a name keep it whole, and the list after it going", "[extract]") {
  auto x = run("The following Ambassadors were received: Luis Ortega de la Vega of Spain, Pieter van der Smit "
               "of Belgium and Omar Haddi of Tunisia.");
  CHECK(has_fact(x, "Luis Ortega de la Vega", kg::Relation::HoldsPosition, "Spain"));
  CHECK(has_fact(x, "Pieter van der Smit", kg::Relation::HoldsPosition, "Belgium"));
  CHECK(has_fact(x, "Omar Haddi", kg::Relation::HoldsPosition, "Tunisia"));
}

TEST_CASE("A country in parentheses after each listed holder is where the plural title is held", "[extract]") {
  auto x = run("The talks brought together Foreign Ministers Anna Berg (Sweden) and Omar Haddi (Tunisia). "
               "The minister also received OSCE Minsk Group Co-Chairs Ivan Sokolov (Russia) and Mark Brown (France).");
  CHECK(has_fact(x, "Anna Berg", kg::Relation::HoldsPosition, "Sweden"));
  CHECK(has_fact(x, "Omar Haddi", kg::Relation::HoldsPosition, "Tunisia"));
  CHECK(has_fact(x, "Ivan Sokolov", kg::Relation::HoldsPosition, "OSCE Minsk Group"));
  CHECK_FALSE(entity(x, kg::EntityType::Org, "Sweden"));
}
