// National bodies the text names without their country ("the Ministry of Foreign Affairs" in a
// ministry's own release, "the Senate", "the National Assembly", "the British House of Lords"):
// each belongs to the country its name's adjective gives, else to the country the document
// reports from. International bodies ("the European Parliament", "the UN General Assembly")
// and non-state ones (institutes, parties) are left alone, as is a body whose country the
// sentence already gave.
#include <set>
#include <string>
#include <string_view>

#include "extract/document_builder.h"
#include "extract/fold.h"
#include "extract/gazetteer.h"

namespace kg {
namespace {

std::set<std::string_view> words_of(std::string_view folded) {
  std::set<std::string_view> out;
  for (std::size_t s = 0, p = 0; p <= folded.size(); ++p)
    if (p == folded.size() || folded[p] == ' ') {
      if (p > s) out.insert(folded.substr(s, p - s));
      s = p + 1;
    }
  return out;
}

bool any_of_words(const std::set<std::string_view>& words, std::initializer_list<std::string_view> list) {
  for (auto w : list)
    if (words.count(w)) return true;
  return false;
}

// An international, regional or local body, or one the text names only by a common word: not
// one country's ("the European Parliament", "the Provincial Legislature", "the Assembly").
bool beyond_one_country(std::string_view folded) {
  const auto words = words_of(folded);
  return any_of_words(words, {"european", "eu", "un", "united", "nations", "international", "world", "global", "asian",
                              "african", "arab", "gulf", "nato", "osce", "cis", "asean", "inter-parliamentary",
                              "interparliamentary", "general", "security", "committee", "commission", "group",
                              "department", "division", "embassy", "pan", "provincial", "regional", "municipal"}) ||
         folded.find("parliamentary assembly") != std::string_view::npos || folded == "parliament house" ||
         folded == "assembly";
}

// A ministry or a government of one country (parliaments: DocumentBuilder::is_parliament).
bool ministry_or_government(std::string_view folded) {
  static const std::set<std::string_view> bodies{"foreign office",  "cabinet", "government", "federal government",
                                                 "council of ministers", "presidential administration",
                                                 "house of representatives", "house of lords", "house of commons",
                                                 "chamber of deputies", "national council", "federation council",
                                                 "federal national council", "shura council", "state council"};
  return any_of_words(words_of(folded), {"ministry", "mfa"}) || bodies.count(folded) > 0;
}

}  // namespace

void DocumentBuilder::own_national_bodies(const std::string& home) {
  std::vector<bool> owned(out_.entities.size(), false);
  for (const auto& f : out_.facts)
    if (f.relation == Relation::PartOf) owned[f.subject] = true;
  const std::size_t count = out_.entities.size();  // gpe_entity may add one
  for (std::size_t e = 0; e < count; ++e) {
    const auto& org = out_.entities[e];
    if (org.type != EntityType::Org || owned[e] || org.mentions.empty()) continue;
    std::string folded = fold(org.name);
    std::string country;
    if (auto space = folded.find(' '); space != std::string::npos)
      if (auto c = country_of_adjective(std::string_view(folded).substr(0, space))) country = *c;
    std::string_view body = folded;
    if (!country.empty()) body.remove_prefix(folded.find(' ') + 1);
    if (non_state_body(folded) || beyond_one_country(body) ||
        !(ministry_or_government(body) || is_parliament(static_cast<int>(e))))
      continue;
    if (country.empty()) country = home;
    if (country.empty()) continue;
    const Mention& first = org.mentions.front();
    if (first.sentence >= sentence_ranges_.size()) continue;
    sentence_ = first.sentence;
    sentence_range_ = sentence_ranges_[first.sentence];
    const ByteRange range = first.range;
    fact(static_cast<int>(e), gpe_entity(country), Relation::PartOf, "", range, range);
  }
}

}  // namespace kg
