#include "extract/title_attachment.h"

#include <algorithm>

#include "extract/fold.h"
#include "extract/sentence_parser.h"

namespace kg {
namespace {

std::string bucket(std::size_t n) {
  if (n <= 2) return std::to_string(n);
  if (n <= 4) return "3-4";
  if (n <= 8) return "5-8";
  if (n <= 16) return "9-16";
  return "17+";
}

std::string head_of(const std::string& title) {
  std::string f = fold(title);
  auto space = f.rfind(' ');
  return space == std::string::npos ? f : f.substr(space + 1);
}

bool all_caps(const std::string& text) {
  bool letter = false;
  for (unsigned char c : text) {
    if (c >= 'a' && c <= 'z') return false;
    if (c >= 'A' && c <= 'Z') letter = true;
  }
  return letter;
}

const char* type_name(EntityType t) {
  switch (t) {
    case EntityType::Org: return "ORG";
    case EntityType::Gpe: return "GPE";
    default: return "OTHER";
  }
}

}  // namespace

std::vector<TitleCandidate> sentence_candidates(const SentenceParser& parser, const std::vector<RawMention>& mentions,
                                                const std::vector<int>& entity_of, std::size_t person, int rule_mention,
                                                const std::vector<ByteRange>& ranges) {
  const RawMention& p = mentions[person];
  const std::size_t n = parser.tokens().size();
  // The anchor: the person's name and its title, when the title's tokens are in this sentence.
  std::size_t first = p.first, last = p.last;
  bool title_here = p.title_last > p.title_first;
  if (title_here) first = std::min<std::size_t>(first, p.title_first), last = std::max<std::size_t>(last, p.title_last);
  const std::string head = head_of(p.title);
  const bool title_to = fold(p.title).find(" to ") != std::string::npos;
  std::vector<std::string> title_words;  // the title's content words ("foreign", "ambassador", "speaker")
  {
    std::string t = fold(p.title);
    std::size_t start = 0;
    for (std::size_t i = 0; i <= t.size(); ++i)
      if (i == t.size() || t[i] == ' ') {
        std::string w = t.substr(start, i - start);
        if (w.size() > 3 && w != "with" && w != "from") title_words.push_back(w);
        start = i + 1;
      }
  }
  auto word = [&](std::size_t i) -> std::string { return i < n ? parser.folded(i) : std::string("<end>"); };

  std::vector<TitleCandidate> out;
  // How many countries and named organizations the sentence offers: a title that names no
  // place of its own ("Foreign Minister X") in a sentence with one country is most often
  // held there ("talks in Luxembourg with Prime Minister X, Foreign Minister Y").
  std::size_t countries = 0, orgs = 0;
  for (std::size_t c = 0; c < mentions.size(); ++c) {
    const RawMention& m = mentions[c];
    if (entity_of[c] < 0 || m.generic || m.last <= m.first) continue;
    if (m.type == EntityType::Gpe && m.key.rfind("gpe:", 0) == 0) ++countries;
    if (m.type == EntityType::Org) ++orgs;
  }
  const bool bare = p.title_org < 0 && p.title_country.empty();
  // The nearest organization or place on each side of the anchor.
  std::size_t nearest_before = SIZE_MAX, nearest_after = SIZE_MAX;
  for (std::size_t c = 0; c < mentions.size(); ++c) {
    const RawMention& m = mentions[c];
    if (entity_of[c] < 0 || m.generic || (m.type != EntityType::Org && m.type != EntityType::Gpe) || m.last <= m.first)
      continue;
    if (m.last <= first && (nearest_before == SIZE_MAX || m.last > mentions[nearest_before].last)) nearest_before = c;
    if (m.first >= last && (nearest_after == SIZE_MAX || m.first < mentions[nearest_after].first)) nearest_after = c;
  }
  for (std::size_t c = 0; c < mentions.size(); ++c) {
    const RawMention& m = mentions[c];
    if (entity_of[c] < 0 || m.generic || (m.type != EntityType::Org && m.type != EntityType::Gpe)) continue;
    TitleCandidate cand;
    cand.entity = entity_of[c];
    cand.range = ranges[c];
    cand.rule = static_cast<int>(c) == rule_mention;
    auto& f = cand.features;
    f.push_back("bias");
    const std::string type = type_name(m.type);
    std::string pos;
    std::size_t gap_first = 0, gap_last = 0;
    if (m.last <= m.first) {
      pos = m.country.empty() ? "built" : "built_country";  // a name built from the title ("Ministry of Foreign Affairs of Latvia")
    } else if (title_here && m.first >= p.title_first && m.last <= p.title_last) {
      pos = "in_title";
      gap_first = p.title_first, gap_last = m.first;
    } else if (m.last <= first) {
      pos = "before";
      gap_first = m.last, gap_last = first;
    } else if (m.first >= last) {
      pos = "after";
      gap_first = last, gap_last = m.first;
    } else {
      pos = "overlap";
    }
    std::size_t gap = gap_last - gap_first;
    if (pos == "before" || pos == "after") f.push_back("gap=" + pos + "_" + bucket(gap));
    f.push_back("pos=" + pos);
    f.push_back("type=" + type);
    f.push_back("pos&type=" + pos + "_" + type);
    f.push_back("head&pos=" + head + "_" + pos);
    f.push_back("head&type=" + head + "_" + type);
    f.push_back("head&pos&type=" + head + "_" + pos + "_" + type);
    if (cand.rule) f.push_back("rule"), f.push_back("rule&pos=" + pos);
    for (const auto& w : title_words) f.push_back("title_word&type=" + w + "_" + type);
    if (c == nearest_before) f.push_back("nearest_before"), f.push_back("nearest_before&gap=" + bucket(gap));
    if (c == nearest_after) f.push_back("nearest_after"), f.push_back("nearest_after&gap=" + bucket(gap));
    if (all_caps(m.text)) f.push_back("acronym"), f.push_back("acronym&pos=" + pos);
    if (m.key.rfind("gpe:", 0) == 0) {
      f.push_back("country");
      f.push_back("countries=" + bucket(countries));
      if (countries == 1) f.push_back(bare ? "only_country&bare" : "only_country");
    }
    if (m.type == EntityType::Org && m.last > m.first && orgs == 1) f.push_back(bare ? "only_org&bare" : "only_org");
    if (bare) f.push_back("bare&pos&type=" + pos + "_" + type);
    if (!p.title_country.empty() && m.country == p.title_country) f.push_back("title_country&type=" + type);
    if (m.last > m.first) {
      std::string prev = m.first > 0 ? word(m.first - 1) : "<start>";
      f.push_back("prev=" + prev);
      f.push_back("prev&pos=" + prev + "_" + pos);
      f.push_back("next&pos=" + word(m.last) + "_" + pos);
      if (title_to && prev == "to") f.push_back("ambassador_to");
    }
    // What lies between the anchor and the candidate.
    std::size_t persons = 0;
    for (std::size_t k = 0; k < mentions.size(); ++k)
      if (k != person && mentions[k].type == EntityType::Person && entity_of[k] >= 0 && mentions[k].first >= gap_first &&
          mentions[k].last <= gap_last && mentions[k].last > mentions[k].first)
        ++persons;
    f.push_back("persons_between=" + bucket(persons));
    bool comma = false, conj = false, verb_like = false;
    for (std::size_t k = gap_first; k < gap_last && k < n; ++k) {
      const std::string& w = parser.folded(k);
      comma |= w == "," || w == ";";
      conj |= w == "and" || w == "with";
      verb_like |= w == "met" || w == "said" || w == "received" || w == "held" || w == "called" || w == "told";
    }
    if (comma) f.push_back("comma_between&pos=" + pos);
    if (conj) f.push_back("and_between&pos=" + pos);
    if (verb_like) f.push_back("verb_between");
    if (gap <= 2) {
      std::string words;
      for (std::size_t k = gap_first; k < gap_last && k < n; ++k) words += (words.empty() ? "" : "_") + parser.folded(k);
      f.push_back("gap_words&pos=" + words + "_" + pos);
    }
    out.push_back(std::move(cand));
  }
  return out;
}

namespace {

// Places the sentence does not name that the post may still belong to: the person's own
// country ("the Pakistani diplomat" earlier), and a ministry the document names elsewhere
// for a minister's title ("Deputy Minister of Foreign Affairs X" in a text that names the
// Ministry of Foreign Affairs of Kazakhstan once, in another sentence).
void add_elsewhere_candidates(TitleChoice& choice, const DocumentExtraction& doc, const std::string& head,
                              std::size_t in_sentence) {
  auto listed = [&](std::size_t e) {
    return std::any_of(choice.candidates.begin(), choice.candidates.end(),
                       [&](const TitleCandidate& c) { return c.entity == static_cast<int>(e); });
  };
  const std::string& person_country = doc.entities[static_cast<std::size_t>(choice.person)].country;
  const std::string title = fold(choice.title);
  const bool minister = title.find("minist") != std::string::npos;
  // "Foreign Secretary" and the Ministry of Foreign Affairs: a portfolio word both name.
  auto shares_portfolio = [&](const std::string& name) {
    for (std::string_view w : {"foreign", "defence", "defense", "finance", "interior", "justice", "health", "education",
                               "trade", "economy", "culture", "energy", "agriculture", "external"})
      if (title.find(w) != std::string::npos && name.find(w) != std::string::npos) return true;
    return false;
  };
  for (std::size_t e = 0; e < doc.entities.size(); ++e) {
    const auto& ent = doc.entities[e];
    if (ent.mentions.empty() || listed(e)) continue;
    std::string pos;
    const std::string name = ent.type == EntityType::Org ? fold(ent.name) : std::string();
    if (ent.type == EntityType::Gpe && !person_country.empty() && ent.key == "gpe:" + person_country) pos = "person_country";
    else if (ent.type == EntityType::Org && name.find("ministry") != std::string::npos &&
             (minister || shares_portfolio(name)) &&
             (person_country.empty() || ent.country.empty() || ent.country == person_country))
      pos = minister ? "doc_ministry" : "doc_ministry_portfolio";
    if (pos.empty()) continue;
    TitleCandidate c;
    c.entity = static_cast<int>(e);
    c.range = ent.mentions.front().range;
    c.features = {"bias", "pos=" + pos, "head&pos=" + head + "_" + pos, "candidates=" + bucket(in_sentence),
                  "doc_mentions=" + bucket(ent.mentions.size())};
    choice.candidates.push_back(std::move(c));
  }
}

}  // namespace

void add_document_features(TitleChoice& choice, const DocumentExtraction& doc, const std::string& home, int home_entity) {
  const std::string head = head_of(choice.title);
  bool home_seen = false;
  std::size_t in_sentence = choice.candidates.size();
  std::size_t top_place = 0;  // mentions of the document's most mentioned place
  for (const auto& e : doc.entities)
    if (e.type == EntityType::Gpe) top_place = std::max(top_place, e.mentions.size());
  const std::string& person_country = doc.entities[static_cast<std::size_t>(choice.person)].country;
  for (auto& c : choice.candidates) {
    std::size_t mentions = c.entity >= 0 ? doc.entities[static_cast<std::size_t>(c.entity)].mentions.size() : 0;
    c.features.push_back("doc_mentions=" + bucket(mentions));
    c.features.push_back("candidates=" + bucket(in_sentence));
    if (c.entity < 0) continue;
    const auto& e = doc.entities[static_cast<std::size_t>(c.entity)];
    if (e.type == EntityType::Gpe && mentions == top_place) c.features.push_back("top_place");
    if (!person_country.empty() && e.country == person_country)
      c.features.push_back(std::string("person_country&type=") + (e.type == EntityType::Gpe ? "GPE" : "ORG"));
    if (home_entity >= 0 && c.entity == home_entity) {
      home_seen = true;
      c.features.push_back("is_home");
      c.features.push_back("head&is_home=" + head);
    }
  }
  add_elsewhere_candidates(choice, doc, head, in_sentence);
  // The home country as the title's own reading ("President X" of the reporting country), unless
  // the sentence names it already as a candidate.
  if (home.empty() || (home_seen && !choice.head_of_state)) return;
  TitleCandidate h;
  h.entity = home_entity;
  h.country = home;
  h.range = choice.person_range;
  h.rule = choice.head_of_state;
  h.features = {"bias", "pos=home", "type=HOME", "head&pos=" + head + "_home", "candidates=" + bucket(in_sentence),
                "head&candidates=" + head + "_" + bucket(in_sentence)};
  if (h.rule) h.features.push_back("rule"), h.features.push_back("rule&pos=home");
  if (home_entity >= 0) {
    std::size_t mentions = doc.entities[static_cast<std::size_t>(home_entity)].mentions.size();
    h.features.push_back("doc_mentions=" + bucket(mentions));
    if (mentions == top_place) h.features.push_back("top_place");
  }
  if (person_country == home) h.features.push_back("person_country&type=HOME");
  choice.candidates.push_back(std::move(h));
}

std::vector<std::string> none_features(const TitleChoice& choice) {
  const std::string head = head_of(choice.title);
  const bool rule = std::any_of(choice.candidates.begin(), choice.candidates.end(), [](const auto& c) { return c.rule; });
  const std::string n = bucket(choice.candidates.size());
  std::vector<std::string> f = {"none", "none&head=" + head, "none&candidates=" + n,
                                std::string("none&rule=") + (rule ? "yes" : "no"),
                                "none&head&rule=" + head + (rule ? "_yes" : "_no")};
  if (choice.head_of_state) f.push_back("none&head_of_state");
  return f;
}

}  // namespace kg
