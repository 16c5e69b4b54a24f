// DocumentBuilder: stated titles (split from document_relations.cpp). Each person's title is
// a choice among places (extract/title_attachment.h), decided once the document is read; the
// memberships a title implies ("MP", the speaker of a parliament) follow the rules' choice.
#include <algorithm>

#include "extract/document_builder.h"
#include "extract/fold.h"

namespace kg {
namespace {

bool presiding_title(const std::string& title) {
  std::string f = fold(title);
  std::string head = f.substr(f.rfind(' ') == std::string::npos ? 0 : f.rfind(' ') + 1);
  return head == "speaker" || head == "president" || head == "chair" || head == "chairman" || head == "chairwoman" ||
         head == "chairperson";
}

}  // namespace

void DocumentBuilder::stated_title(const SentenceParser& parser, const std::vector<RawMention>& mentions,
                                   const std::vector<int>& entity_of, const std::vector<ByteRange>& ranges,
                                   std::size_t i) {
  const RawMention& m = mentions[i];
  const int id = entity_of[i];
  const std::uint32_t sentence = sentence_;
  const ByteRange range = sentence_range_;
  auto range_of = [&](std::size_t k) { return ranges[k]; };
  auto& person = out_.entities[static_cast<std::size_t>(id)];
  int org = m.title_org >= 0 ? entity_of[static_cast<std::size_t>(m.title_org)] : -1;
  ByteRange org_range = m.title_org >= 0 ? range_of(static_cast<std::size_t>(m.title_org)) : range_of(i);
  if (org < 0 && m.parliamentary && last_parliament_ >= 0) org = last_parliament_;
  // Where the post is held is decided for the whole document in finish() (title_attachment.h);
  // the rules' choice is one candidate among the sentence's organizations and places.
  TitleChoice choice{id, m.title, range_of(i), sentence, range, false, {}};
  bool org_here = org >= 0 && m.title_org >= 0 && entity_of[static_cast<std::size_t>(m.title_org)] == org;
  choice.candidates = sentence_candidates(parser, mentions, entity_of, i, org_here ? m.title_org : -1, ranges);
  bool listed = std::any_of(choice.candidates.begin(), choice.candidates.end(), [](const auto& c) { return c.rule; });
  if (org >= 0 && !listed) {  // the parliament of an earlier sentence, or a reference ("the ministry")
    choice.candidates.push_back({org, "", org_range, true, {"bias", "pos=earlier", "rule", "rule&pos=earlier"}});
  } else if (org < 0 && !m.title_country.empty()) {  // the country the title names ("Kyrgyz Foreign Minister")
    auto gpe = by_key_.find("gpe:" + m.title_country);
    choice.candidates.push_back({gpe != by_key_.end() ? gpe->second : -1, m.title_country, range_of(i), true,
                                 {"bias", "pos=title_country", "rule", "rule&pos=title_country"}});
  }
  choice.head_of_state = org < 0 && m.title_country.empty() && m.head_of_state;
  choices_.push_back(std::move(choice));
  if (org >= 0) {
    const auto& o = out_.entities[static_cast<std::size_t>(org)];
    // MPs are members of their parliament, and so are its speaker and presiding officers.
    if (m.parliamentary || (presiding_title(m.title) && is_parliament(org)))
      fact(id, org, Relation::MemberOf, "", range_of(i), org_range);
    // A post in a parliament's group or committee makes its holder a member of the parliament.
    if (m.title_org >= 0) {
      int parent = mentions[static_cast<std::size_t>(m.title_org)].part_of;
      if (parent >= 0 && entity_of[static_cast<std::size_t>(parent)] == last_parliament_ && last_parliament_ >= 0)
        fact(id, last_parliament_, Relation::MemberOf, "", range_of(i), range_of(static_cast<std::size_t>(parent)));
    }
    if (person.country.empty()) person.country = o.country;
  } else if (!m.title_country.empty()) {
    if (person.country.empty()) person.country = m.title_country;
  }
}

// Each stated title's post goes to its best candidate (extract/title_attachment.h).
void DocumentBuilder::attach_titles(const std::string& home) {
  auto home_it = home.empty() ? by_key_.end() : by_key_.find("gpe:" + home);
  int home_entity = home_it != by_key_.end() ? home_it->second : -1;
  for (auto& choice : choices_) add_document_features(choice, out_, home, home_entity);
  std::vector<int> chosen = choose_candidates(choices_, attachment_);
  for (std::size_t i = 0; i < choices_.size(); ++i) {
    if (chosen[i] < 0) continue;
    auto& choice = choices_[i];
    auto& c = choice.candidates[static_cast<std::size_t>(chosen[i])];
    if (c.entity < 0) c.entity = gpe_entity(c.country);
    sentence_ = choice.sentence;
    sentence_range_ = choice.sentence_range;
    fact(choice.person, c.entity, Relation::HoldsPosition, choice.title, choice.person_range, c.range);
  }
}

}  // namespace kg
