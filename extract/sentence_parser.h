#pragma once
// Finds entity mentions in one sentence with hand-written rules over tokens (no regex: long
// capitalized runs cost linear time). Order of attempts at each position: title phrase
// (+ name), honorific + name, organization, event, place, known surname, given name + surname.
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "extract/raw_mention.h"
#include "extract/string_map.h"
#include "extract/token.h"

namespace kg {

/// What earlier sentences of the same document taught the parser.
struct ParseContext {
  StringMap<char> surnames;                              // folded last names of persons seen
  std::unordered_map<std::string, std::string> acronyms; // folded acronym -> org name
  std::string home_country;                              // dateline country, when known
  bool first_sentence = true;
  std::size_t sentences_seen = 0;
};

class SentenceParser {
 public:
  SentenceParser(std::string_view text, std::vector<Token> tokens, ParseContext& context);
  std::vector<RawMention> parse();

  const std::vector<Token>& tokens() const { return toks_; }
  const std::string& folded(std::size_t i) const { return folded_[i]; }
  std::uint32_t classes(std::size_t i) const { return cls_[i]; }
  /// The text of tokens [first, last); whether token i is the punctuation p or the folded word w.
  std::string_view slice_text(std::size_t first, std::size_t last) const { return slice(first, last); }
  bool is_punct(std::size_t i, std::string_view p) const { return punct(i, p); }
  bool folded_is(std::size_t i, std::string_view w) const { return word(i, w); }

 private:
  struct TitleParse {
    std::size_t end = 0;           // token after the title phrase (and its organization)
    std::size_t title_first = 0, title_last = 0;
    int org = -1;
    bool lower_head = false;      // may start at a lower-case head ("the chairman of X, Y")
    std::string country;
    bool plural = false, parliamentary = false, head_of_state = false;
    std::size_t head = 0;          // the title's head word ("Minister", "MPs")
  };

  // Inline: the rules ask these some three million times on Brown press/.
  bool cap(std::size_t i) const {
    return i < toks_.size() && toks_[i].kind == TokenKind::Word && (toks_[i].capitalized || toks_[i].all_caps);
  }
  bool word(std::size_t i, std::string_view w) const { return i < toks_.size() && folded_[i] == w; }
  bool punct(std::size_t i, std::string_view p) const {
    return i < toks_.size() && toks_[i].kind == TokenKind::Punct && text_.substr(toks_[i].begin, toks_[i].end - toks_[i].begin) == p;
  }
  std::string_view slice(std::size_t first, std::size_t last) const;
  int add(RawMention m);
  /// A place over tokens [first, end) as place_at found it: keyed "gpe:CODE" when a country.
  RawMention place_mention(std::size_t first, std::size_t end, const std::string& code, int kind) const;

  bool try_title(std::size_t& i, int org = -1, bool lower_head = false);
  // Titles shared by a list of holders (sentence_parser_lists.cpp).
  struct PlaceItem {
    std::size_t first, end;
    std::string code;
  };
  std::size_t list_bridge(std::size_t i, bool& colon) const;
  std::size_t parse_place_list(std::size_t i, std::vector<PlaceItem>& places) const;
  std::vector<std::pair<std::size_t, std::size_t>> parse_names(std::size_t i, std::size_t count) const;
  std::size_t pair_respectively(std::size_t j, const std::vector<PlaceItem>& places, const TitleParse& t);
  bool try_respectively(std::size_t& i);
  /// "Foreign Minister Winston P. and his Australian counterpart Marise P.": the counterpart
  /// holds the post of the titled person before, in the country the adjective names.
  bool try_counterpart(std::size_t& i);
  bool looks_like_name(std::size_t i) const;
  bool acronym_after_title(std::size_t k) const;
  bool trailing_person(std::size_t i) const;
  std::size_t parenthesized_country(std::size_t j, std::string& code) const;
  bool open_title(const TitleParse& t) const;
  std::size_t name_particle(std::size_t j) const;
  bool org_can_end(std::size_t i) const;
  bool seat_head(std::size_t i) const;
  bool title_follows(std::size_t k) const;
  std::size_t subunit_split(std::size_t j, std::size_t end) const;
  void add_adjective_parts(std::size_t i, const std::vector<std::string>& codes);
  void link_structure();
  bool parse_title(std::size_t i, TitleParse& out);
  std::size_t parse_title_complement(std::size_t j, TitleParse& out, std::size_t& title_end);
  std::size_t parse_name(std::size_t i, bool after_title) const;
  std::size_t add_person(std::size_t i, std::size_t end, const TitleParse* title, std::string rule);
  std::size_t parse_name_list(std::size_t i, const TitleParse& title);
  /// "Francisco B. of Uruguay": the end of "of [the] COUNTRY" right after a name at `end`
  /// (`code` set), or `end` when none follows.
  std::size_t name_country(std::size_t end, std::string& code) const;
  int try_org(std::size_t& i, bool emit = true);
  bool try_quoted_org(std::size_t& i);
  bool try_event(std::size_t& i);
  bool try_named_event(std::size_t& i);
  std::string event_key(const RawMention& org, std::size_t noun) const;
  bool try_reference(std::size_t& i);
  bool try_relative_post(std::size_t& i);
  bool person_context(std::size_t i, std::size_t e);
  std::size_t appositive_title(std::size_t e, TitleParse& t);
  std::size_t add_named_person(std::size_t i, std::size_t e, std::string rule);
  bool try_place(std::size_t& i);
  std::size_t place_at(std::size_t i, std::string& code, int& kind) const;
  std::size_t skip_honorifics(std::size_t i) const;
  void synthesize_ministry(TitleParse& t, std::string_view domain);

  std::string_view text_;
  std::vector<Token> toks_;
  std::vector<std::string> folded_;
  std::vector<std::uint32_t> cls_;
  ParseContext& ctx_;
  std::vector<RawMention> out_;
  bool respectively_ = false;  // the sentence pairs lists "respectively"
};

}  // namespace kg
