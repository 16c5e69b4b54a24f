#pragma once
// Word classes the recognizer reasons with. Each entry is a folded word (see fold.h); a word
// may belong to several classes. Lists name kinds of words (titles, heads of organization
// names, given names), never particular officials.
#include <cstdint>
#include <string_view>

namespace kg {

enum WordClass : std::uint32_t {
  kTitleHead = 1u << 0,      // Minister, Ambassador, Director, MP, researcher
  kTitleMod = 1u << 1,       // Deputy, Vice, First, Acting, Administrative
  kTitlePlural = 1u << 2,    // Ministers, MPs, Ambassadors (starts a list of names)
  kHonorific = 1u << 3,      // Dr, Mr, Mrs, Prof, H.E.
  kOrgHead = 1u << 4,        // Ministry, Office, Committee, Bundestag, Institute, Club
  kOrgSuffix = 1u << 5,      // Inc, Ltd, GmbH, JSC, Solar, Energy (company-like last words)
  kEventNoun = 1u << 6,      // consultations, talks, meeting, visit, summit
  kEventMod = 1u << 7,       // political, bilateral, official, intergovernmental
  kGivenName = 1u << 8,      // common given names across the regions news covers
  kConnector = 1u << 9,      // of, for, and, the, on, in, de, von, al (inside names)
  kStopCap = 1u << 10,       // capitalized words that never start or join a name (The, Today, months)
  kParliament = 1u << 11,    // Parliament, Bundestag, Mazhilis, Senate: bodies whose members are MPs
  kParliamentTitle = 1u << 12,  // MP, Senator, Deputy (of a parliament), Member
  kMinistryDomain = 1u << 13,   // Foreign, Defence, Finance ... ("Foreign Minister")
  kHeadOfState = 1u << 14,   // President, Prime Minister, King: belongs to a country
  kLowerTitle = 1u << 15,    // lower-case titles that introduce a name: researcher, expert
  kPronoun = 1u << 16,       // he, she, his, her
  kMonth = 1u << 17,
};

/// Classes of a folded word; 0 when unknown.
std::uint32_t word_classes(std::string_view folded);

/// Expansion of a well-known organization acronym ("OSCE" -> "Organization for Security and
/// Co-operation in Europe"), or empty.
std::string_view acronym_expansion(std::string_view acronym);
/// True for well-known news agencies ("Kazinform", "Xinhua").
bool is_news_agency(std::string_view folded);
/// Canonical ministry domain for a folded domain word or phrase ("foreign" -> "Foreign Affairs").
std::string_view ministry_domain(std::string_view folded);
/// An ordinal number, folded: "8th", "141st", "nineteenth", "fifty-fifth".
bool is_ordinal(std::string_view folded);

}  // namespace kg
