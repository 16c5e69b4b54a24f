#pragma once
// Turns the sentence parser's raw mentions into document-local entities (coreference:
// surnames, acronyms, concept keys, generic event references) and facts (titles, possessives
// and cue words), with evidence mapped back to the original bytes.
#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "extract/document_extraction.h"
#include "extract/normalized_text.h"
#include "extract/participation.h"
#include "extract/person_index.h"
#include "extract/raw_mention.h"
#include "extract/sentence_parser.h"
#include "extract/title_attachment.h"

namespace kg {

/// "the meeting", "This event": a determiner and lower-case words (extract/event_references.cpp).
bool generic_event_phrase(std::string_view text);
/// A think tank, university, party, association ... (folded name): not part of a country even
/// when it bears the country's name (extract/document_relations.cpp).
bool non_state_body(const std::string& folded);

class DocumentBuilder {
 public:
  /// `out` carries the document's id and date already; every fact's evidence shares them.
  DocumentBuilder(const NormalizedText& text, DocumentExtraction& out)
      : text_(text), out_(out), doc_id_(out.doc_id), date_(out.date) {}
  /// Adds one parsed sentence (index `sentence`, byte range `range` in the normalized text).
  void add_sentence(std::uint32_t sentence, ByteRange range, const SentenceParser& parser,
                    std::vector<RawMention> mentions, const std::string& home_country);
  /// Resolves facts that need the whole document (the home country of a bare "President").
  void finish();
  /// The model that decides where titles belong (nullptr: the rules' choice), and who sees each
  /// document's title candidates once it is finished (training reads them there).
  using TitleObserver = std::function<void(const DocumentExtraction&, const std::vector<TitleChoice>&)>;
  void set_title_attachment(const tagger::LinearModel* model, TitleObserver observe) {
    attachment_ = model;
    observe_titles_ = std::move(observe);
  }
  /// The model that decides who took part in which event (nullptr or empty: the rules' facts),
  /// and who sees each document's participation candidates (training reads them there).
  using ParticipationObserver = std::function<void(const DocumentExtraction&, const std::vector<ParticipationCandidate>&)>;
  void set_participation(const tagger::LinearModel* model, ParticipationObserver observe) {
    participation_ = model;
    observe_participation_ = std::move(observe);
  }

 private:
  int entity_for(const RawMention& m, std::uint32_t sentence);
  int gpe_entity(const std::string& code);
  void add_form(int entity, const std::string& form);
  void add_mention(int entity, const RawMention& m, std::uint32_t sentence);
  // extract/event_references.cpp: the event an event mention names (-1: a new one, under `key`).
  int resolve_event(const RawMention& m, std::uint32_t sentence, const std::string& folded, std::string& key);
  void add_written_references(ExtractedEntity& e, const RawMention& m);
  void fact(int subject, int object, Relation relation, const std::string& title, ByteRange s, ByteRange o);
  void cue_relations(const SentenceParser& parser, const std::vector<RawMention>& mentions,
                     const std::vector<int>& entity_of);
  ByteRange original(std::uint32_t begin, std::uint32_t end) const;
  void drop_unstated_ministries();
  void coordinated_meetings(const SentenceParser& parser, const std::vector<RawMention>& mentions,
                            const std::vector<int>& entity_of);  // extract/document_meetings.cpp
  void event_frames();  // extract/event_frames.cpp
  void own_national_bodies(const std::string& home);  // extract/national_bodies.cpp
  // extract/document_participation.cpp: what each sentence says about taking part, and the
  // learned decision of who took part in which event, at the end.
  void record_cues(const SentenceParser& parser, const std::vector<RawMention>& mentions, const std::vector<int>& entity_of);
  void decide_participation();
  // extract/document_titles.cpp: a stated title becomes a choice, decided at the end.
  void stated_title(const SentenceParser& parser, const std::vector<RawMention>& mentions,
                    const std::vector<int>& entity_of, const std::vector<ByteRange>& ranges, std::size_t i);
  void attach_titles(const std::string& home);
  /// The one organization whose name has every word of `folded` and more, or -1.
  int org_with_words(const std::string& folded) const;
  /// The one organization the tagger alone named whose words are all in `folded`, or -1.
  int tagger_org_within(const std::string& folded) const;
  int resolve_reference(const RawMention& m) const;
  bool is_parliament(int entity) const;
  void register_org_keys(const std::string& folded, int id);

  const NormalizedText& text_;
  DocumentExtraction& out_;
  std::map<std::string, int> by_key_;      // concept / folded-name keys -> entity
  int main_event_ = -1;
  int delegation_host_ = -1;               // who received the delegation the text reports
  std::vector<int> delegation_members_;    // its leader and members, as the text lists them
  int last_subject_ = -1;                  // first person named in the latest sentence naming one
  std::map<int, std::string> titles_;       // person -> folded titles stated with them
  std::map<int, std::uint32_t> last_seen_;  // person -> latest sentence that mentions them (+1)
  int last_parliament_ = -1;
  std::pair<int, int> last_pair_{-1, -1};  // the two persons of the latest met_with ("the two officials")
  PersonIndex persons_;
  std::vector<int> tagger_orgs_;            // organizations created from a tagger span
  std::vector<bool> stated_;               // per entity: named in the text, not only built from a title
  std::uint32_t sentence_ = 0;
  ByteRange sentence_range_;
  std::vector<ByteRange> sentence_ranges_;  // per sentence seen, its range in the normalized text
  SharedText doc_id_, date_;                       // shared by every fact's evidence
  std::map<std::uint32_t, SharedText> cited_;      // sentence -> its text, once however many facts cite it
  struct Pending { int subject; std::string title; ByteRange subject_range; std::uint32_t sentence; ByteRange range; };
  std::vector<TitleChoice> choices_;       // stated titles, decided at the end (attach_titles)
  const tagger::LinearModel* attachment_ = nullptr;
  TitleObserver observe_titles_;
  std::vector<SentenceCues> sentence_cues_;  // per sentence, for the participation candidates
  const tagger::LinearModel* participation_ = nullptr;
  ParticipationObserver observe_participation_;
  std::vector<Pending> speakers_;          // persons the report quotes, for the main event
  std::string home_country_;
};

}  // namespace kg
