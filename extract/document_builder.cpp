#include "extract/document_builder.h"

#include <algorithm>
#include <set>
#include <tuple>
#include <unordered_set>

#include "extract/acronym.h"
#include "extract/fold.h"
#include "extract/gazetteer.h"
#include "extract/lexicon.h"

namespace kg {
namespace {

// "german bundestag" -> "bundestag"; empty when the name does not start with a country adjective.
std::string without_adjective(const std::string& folded) {
  auto space = folded.find(' ');
  if (space == std::string::npos || !country_of_adjective(std::string_view(folded).substr(0, space))) return {};
  return folded.substr(space + 1);
}

std::string collapse_spaces(std::string_view s) {
  std::string out;
  bool space = false;
  for (char c : s) {
    if (c == ' ' || c == '\n' || c == '\t') { space = !out.empty(); continue; }
    if (space) out.push_back(' ');
    space = false;
    out.push_back(c);
  }
  return out;
}

bool is_parliament_name(const std::string& folded) {
  std::size_t start = 0;
  for (std::size_t i = 0; i <= folded.size(); ++i)
    if (i == folded.size() || folded[i] == ' ') {
      if (word_classes(folded.substr(start, i - start)) & kParliament) return true;
      start = i + 1;
    }
  return false;
}

}  // namespace

// Shorter names a later mention may use for a new organization: without its country
// adjective ("bundestag"), and each part before " of " ("chamber of deputies").
void DocumentBuilder::register_org_keys(const std::string& folded, int id) {
  if (std::string bare = without_adjective(folded); !bare.empty()) by_key_.emplace("bare:" + bare, id);
  // "the Rada" for "the Verkhovna Rada": a two-word parliament's last word alone.
  if (auto space = folded.find(' '); space != std::string::npos && folded.find(' ', space + 1) == std::string::npos &&
                                    is_parliament_name(folded.substr(space + 1)))
    by_key_.emplace("bare:" + folded.substr(space + 1), id);
  for (std::size_t p = folded.find(" of "); p != std::string::npos; p = folded.find(" of ", p + 1))
    by_key_.emplace("prefix:" + folded.substr(0, p), id);
}

bool DocumentBuilder::is_parliament(int entity) const {
  return is_parliament_name(fold(out_.entities[static_cast<std::size_t>(entity)].name));
}

ByteRange DocumentBuilder::original(std::uint32_t begin, std::uint32_t end) const {
  return {text_.original(begin), text_.original(end)};
}

void DocumentBuilder::add_form(int entity, const std::string& form) {
  auto& forms = out_.entities[static_cast<std::size_t>(entity)].forms;
  if (std::find(forms.begin(), forms.end(), form) == forms.end()) forms.push_back(form);
}

void DocumentBuilder::add_mention(int entity, const RawMention& m, std::uint32_t sentence) {
  auto& e = out_.entities[static_cast<std::size_t>(entity)];
  if (!m.generic && !m.synthesized) add_form(entity, m.text);
  else if (m.type == EntityType::Event && std::find(e.references.begin(), e.references.end(), m.text) == e.references.end())
    e.references.push_back(m.text);
  if (m.type == EntityType::Event && !m.synthesized) add_written_references(e, m);
  for (const auto& a : m.aliases) add_form(entity, a);
  e.mentions.push_back({original(m.begin, m.end), sentence, m.text, m.rule});
  if (e.country.empty()) e.country = m.country;
}

int DocumentBuilder::gpe_entity(const std::string& code) {
  std::string key = "gpe:" + code;
  if (auto it = by_key_.find(key); it != by_key_.end()) return it->second;
  ExtractedEntity e;
  e.type = EntityType::Gpe;
  e.name = country_name(code);
  e.key = key;
  e.country = code;
  out_.entities.push_back(std::move(e));
  int id = static_cast<int>(out_.entities.size()) - 1;
  by_key_[key] = id;
  return id;
}

namespace {
// The words of a folded organization name that carry its meaning.
std::set<std::string> content_words(const std::string& text) {
  std::set<std::string> words;
  std::size_t start = 0;
  for (std::size_t i = 0; i <= text.size(); ++i)
    if (i == text.size() || text[i] == ' ') {
      std::string w = text.substr(start, i - start);
      if (!w.empty() && w != "the" && w != "of" && w != "and") words.insert(w);
      start = i + 1;
    }
  return words;
}
// The head word of a folded organization name: the last word before its first complement
// ("senate" of "senate of romania", "committee" of "verkhovna rada committee on foreign policy").
std::string head_word(const std::string& text) {
  std::size_t end = text.size();
  for (const char* joint : {" of ", " on ", " for ", " in ", " under "}) end = std::min(end, text.find(joint));
  std::string head = text.substr(0, end);
  auto space = head.rfind(' ');
  return space == std::string::npos ? head : head.substr(space + 1);
}

}  // namespace

int DocumentBuilder::tagger_org_within(const std::string& folded) const {
  std::set<std::string> have = content_words(folded);
  int found = -1;
  for (int e : tagger_orgs_) {
    std::string name = fold(out_.entities[static_cast<std::size_t>(e)].name);
    std::set<std::string> wanted = content_words(name);
    if (head_word(name) != head_word(folded) || wanted.empty() || have.size() <= wanted.size() || !std::includes(have.begin(), have.end(), wanted.begin(), wanted.end()))
      continue;
    if (found >= 0) return -1;
    found = e;
  }
  return found;
}

int DocumentBuilder::org_with_words(const std::string& folded) const {
  const auto& words_of = content_words;
  std::set<std::string> wanted = words_of(folded);
  if (wanted.empty() || wanted.size() > 3) return -1;
  int found = -1;
  for (std::size_t e = 0; e < out_.entities.size(); ++e) {
    const auto& org = out_.entities[e];
    if (org.type != EntityType::Org) continue;
    std::string name = fold(org.name);
    std::set<std::string> have = words_of(name);
    if (head_word(name) != head_word(folded) || have.size() <= wanted.size() || !std::includes(have.begin(), have.end(), wanted.begin(), wanted.end())) continue;
    if (found >= 0) return -1;  // two candidates: no guess
    found = static_cast<int>(e);
  }
  return found;
}

// Finds or creates the document entity a mention refers to.
int DocumentBuilder::entity_for(const RawMention& m, std::uint32_t sentence) {
  if (m.type == EntityType::Event && !m.generic && generic_event_phrase(m.text)) {  // the tagger's "This event"
    RawMention reference = m;
    reference.generic = true;
    return entity_for(reference, sentence);
  }
  std::string folded = fold(m.text);
  std::string key;
  switch (m.type) {
    case EntityType::Gpe:
      // Continents and multi-country regions ("Central Asia", "the Middle East") are no GPE
      // (ANNOTATION.md): the parser reads them so that their words make no other entity.
      if (m.rule == "region") return -1;
      if (m.key.empty() && m.country.empty()) return -1;
      if (!m.key.empty()) {
        int id = gpe_entity(m.country);
        add_mention(id, m, sentence);
        return id;
      }
      key = "city:" + folded;
      break;
    case EntityType::Org:
      if (m.rule == "tagger-head") {  // "the Institute", "the Council": the latest organization so named
        for (std::size_t e = out_.entities.size(); e-- > 0;) {
          const auto& org = out_.entities[e];
          if (org.type != EntityType::Org) continue;
          std::string words(1, ' ');  // appended: GCC 12 misreads `" " + fold(...)` (-Wrestrict)
          words += fold(org.name);
          words += ' ';
          if (words.find(" " + folded + " ") == std::string::npos) continue;
          add_mention(static_cast<int>(e), m, sentence);
          return static_cast<int>(e);
        }
        return -1;
      }
      key = m.key.rfind("acronym:", 0) == 0 ? "org:" + fold(m.key.substr(8)) : !m.key.empty() ? m.key : "org:" + folded;
      if (!by_key_.count(key))
        for (const auto& a : m.aliases)
          if (auto it = by_key_.find("org:" + fold(a)); it != by_key_.end()) key = "org:" + fold(a);
      // "the Bundestag" after "the German Bundestag" (and the reverse), "the Chamber of Deputies"
      // after "the Chamber of Deputies of the Parliament of X": keys registered when an
      // organization is created (see register_org_keys).
      if (!by_key_.count(key) && m.key.empty()) {
        std::string bare = without_adjective(folded);
        if (!bare.empty() && by_key_.count("org:" + bare)) key = "org:" + bare;
        else if (by_key_.count("bare:" + folded)) key = "bare:" + folded;
        else if (by_key_.count("prefix:" + folded)) key = "prefix:" + folded;
      }
      // "KazISS", "UNSC" after the organization's full name: letters that abbreviate its words.
      if (!by_key_.count(key) && m.key.empty() && m.text.find(' ') == std::string::npos)
        for (std::size_t e = out_.entities.size(); e-- > 0;) {
          const auto& org = out_.entities[e];
          if (org.type != EntityType::Org || org.name.find(' ') == std::string::npos || !is_acronym_of(m.text, org.name))
            continue;
          add_mention(static_cast<int>(e), m, sentence);
          return static_cast<int>(e);
        }
      // "the Senate of the Parliament of X" after "the Senate": the short name came first.
      for (std::size_t p = folded.find(" of "); !by_key_.count(key) && m.key.empty() && p != std::string::npos;
           p = folded.find(" of ", p + 1))
        if (by_key_.count("org:" + folded.substr(0, p))) key = "org:" + folded.substr(0, p);
      // A short name the tagger found ("the Rada", "Senate") for the one organization of the
      // document whose name has all its words ("Verkhovna Rada", "Senate of Romania").
      if (!by_key_.count(key) && m.key.empty() && m.rule == "tagger")
        if (int e = org_with_words(folded); e >= 0) {
          add_mention(e, m, sentence);
          return e;
        }
      break;
    case EntityType::Event:
      if (int e = resolve_event(m, sentence, folded, key); e >= 0) return e;
      break;
    case EntityType::Person: {
      if (m.generic) {
        int target = resolve_reference(m);
        if (target >= 0) add_mention(target, m, sentence);
        return target;
      }
      key = "person:" + folded;
      if (!by_key_.count(key))
        if (int found = persons_.match(m.text); found >= 0) {
          auto& e = out_.entities[static_cast<std::size_t>(found)];
          if (m.text.find(' ') != std::string::npos && e.name.find(' ') == std::string::npos) {
            e.name = m.text;  // a surname seen first, now the full name
            persons_.set(found, e.name);
          }
          by_key_[key] = found;
        }
      break;
    }
  }
  // "Verkhovna Rada" after the tagger's "Rada" (a headline): the short name came first.
  if (m.type == EntityType::Org && m.key.empty() && !m.synthesized && m.rule != "tagger" && !by_key_.count(key))
    if (int e = tagger_org_within(folded); e >= 0) {
      out_.entities[static_cast<std::size_t>(e)].name = m.text;
      by_key_[key] = e;
      register_org_keys(folded, e);
    }
  auto it = by_key_.find(key);
  int id;
  if (it == by_key_.end()) {
    ExtractedEntity e;
    e.type = m.type;
    e.name = m.text;
    e.key = (m.type == EntityType::Org && !m.key.empty() && m.key.rfind("acronym:", 0) != 0) ? m.key : "";
    e.date = m.type == EntityType::Event ? out_.date : "";
    out_.entities.push_back(std::move(e));
    id = static_cast<int>(out_.entities.size()) - 1;
    by_key_[key] = id;
    for (const auto& a : m.aliases) by_key_.emplace("org:" + fold(a), id);
    if (m.type == EntityType::Person) persons_.set(id, m.text);
    if (m.type == EntityType::Org && !m.synthesized) register_org_keys(folded, id);
    if (m.type == EntityType::Org && m.rule == "tagger") tagger_orgs_.push_back(id);
  } else {
    id = it->second;
    auto& e = out_.entities[static_cast<std::size_t>(id)];
    // Prefer a stated name over one built from a title.
    bool stated = static_cast<std::size_t>(id) < stated_.size() && stated_[static_cast<std::size_t>(id)];
    if (m.type == EntityType::Org && !m.synthesized && !stated) e.name = m.text;
  }
  add_mention(id, m, sentence);
  if (stated_.size() <= static_cast<std::size_t>(id)) stated_.resize(static_cast<std::size_t>(id) + 1, false);
  if (!m.synthesized) stated_[static_cast<std::size_t>(id)] = true;
  // The first event a document names is what it reports; later bare references default to it.
  if (m.type == EntityType::Event && main_event_ < 0) main_event_ = id;
  if (m.type == EntityType::Org && is_parliament_name(folded)) last_parliament_ = id;
  return id;
}

// "He" is the person the previous sentence was about; "the Kyrgyz minister" the latest person
// whose title has that head word (and that country); "the diplomat" the latest titled person.
int DocumentBuilder::resolve_reference(const RawMention& m) const {
  if (m.rule == "coref-pronoun") return last_subject_;
  int best = -1;
  std::uint32_t best_seen = 0;
  for (const auto& [person, titles] : titles_) {
    const auto& e = out_.entities[static_cast<std::size_t>(person)];
    bool any_title = m.title == "diplomat" || m.title == "official";
    if (!any_title && (" " + titles + " ").find(" " + m.title + " ") == std::string::npos) continue;
    if (!m.title_country.empty() && e.country != m.title_country) continue;
    std::uint32_t seen = last_seen_.count(person) ? last_seen_.at(person) : 0;
    if (best < 0 || seen > best_seen) best = person, best_seen = seen;
  }
  return best;
}

void DocumentBuilder::fact(int subject, int object, Relation relation, const std::string& title, ByteRange s, ByteRange o) {
  if (subject < 0 || object < 0 || subject == object) return;
  if (relation == Relation::MetWith) last_pair_ = {subject, object};
  ExtractedFact f;
  f.subject = static_cast<std::uint32_t>(subject);
  f.object = static_cast<std::uint32_t>(object);
  f.relation = relation;
  f.title = title;
  auto [cited, fresh] = cited_.try_emplace(sentence_);
  if (fresh)
    cited->second = collapse_spaces(
        std::string_view(text_.text()).substr(sentence_range_.begin, sentence_range_.end - sentence_range_.begin));
  f.evidence.doc = doc_id_;
  f.evidence.sentence = sentence_;
  f.evidence.sentence_range = original(sentence_range_.begin, sentence_range_.end);
  f.evidence.subject_range = s;
  f.evidence.object_range = o;
  f.evidence.text = cited->second;
  f.evidence.date = date_;
  out_.facts.push_back(std::move(f));
}
// A ministry built from a title ("Foreign Minister of Latvia") stays a node only when the text
// names it too ("the Latvian Foreign Ministry", "the MFA"); otherwise the post belongs to the
// country, as the text states it, and the built name would be outside knowledge.
void DocumentBuilder::drop_unstated_ministries() {
  auto& ents = out_.entities;
  std::vector<int> target(ents.size(), -2);  // -2 keep, -1 drop, >= 0 holds_position moves there
  bool any = false;
  for (std::size_t e = 0; e < ents.size(); ++e) {
    bool stated = e < stated_.size() && stated_[e];
    if (ents[e].type != EntityType::Org || stated) continue;
    target[e] = ents[e].country.empty() ? -1 : gpe_entity(ents[e].country);
    any = true;
  }
  if (!any) return;
  target.resize(ents.size(), -2);
  std::vector<ExtractedFact> kept;
  for (auto& f : out_.facts) {
    if (target[f.subject] != -2) continue;
    if (int t = target[f.object]; t != -2) {
      if (t < 0 || f.relation != Relation::HoldsPosition) continue;
      f.object = static_cast<std::uint32_t>(t);
      f.evidence.object_range = f.evidence.subject_range;
    }
    kept.push_back(std::move(f));
  }
  std::vector<std::uint32_t> index(ents.size());
  std::vector<ExtractedEntity> live;
  for (std::size_t e = 0; e < ents.size(); ++e) {
    index[e] = static_cast<std::uint32_t>(live.size());
    if (target[e] == -2) live.push_back(std::move(ents[e]));
  }
  for (auto& f : kept) f.subject = index[f.subject], f.object = index[f.object];
  // finish() still adds facts after this: what it looks up by entity index must follow.
  auto remap = [&](int e) {
    return e >= 0 && target[static_cast<std::size_t>(e)] == -2 ? static_cast<int>(index[static_cast<std::size_t>(e)]) : -1;
  };
  // A post held in a dropped ministry is held in its country.
  auto remap_target = [&](int e) {
    if (e < 0) return -1;
    int t = target[static_cast<std::size_t>(e)];
    if (t == -2) return static_cast<int>(index[static_cast<std::size_t>(e)]);
    return t >= 0 ? static_cast<int>(index[static_cast<std::size_t>(t)]) : -1;
  };
  for (auto& choice : choices_) {
    choice.person = remap(choice.person);
    for (auto& c : choice.candidates) c.entity = remap_target(c.entity);
  }
  for (auto it = by_key_.begin(); it != by_key_.end();)
    if (int e = remap(it->second); e >= 0) it->second = e, ++it;
    else it = by_key_.erase(it);
  ents = std::move(live);
  out_.facts = std::move(kept);
  // A post stated twice in one sentence (title and ministry) becomes one fact.
  std::set<std::tuple<std::uint32_t, std::uint32_t, Relation, std::string, std::uint32_t>> seen;
  std::vector<ExtractedFact> unique;
  for (auto& f : out_.facts)
    if (seen.emplace(f.subject, f.object, f.relation, f.title, f.evidence.sentence).second) unique.push_back(std::move(f));
  out_.facts = std::move(unique);
}

}  // namespace kg
