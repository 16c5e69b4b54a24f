#pragma once
// The tagger's view of one parsed sentence (tagger/tagger_token.h): every token's folded word,
// shape, lexicon classes and gazetteer flags, the rule parser's mentions as BILOU proposals,
// and what the sentences before it said of its word (TaggingMemory). The rules propose, the
// learned tagger decides (extract/span_arbiter.h).
#include <string>
#include <unordered_map>
#include <vector>

#include "extract/raw_mention.h"
#include "extract/sentence_parser.h"
#include "extract/string_map.h"
#include "tagger/tagger_token.h"

namespace kg {

/// What the sentences of one document seen so far said of each word: whether it was written
/// in lower case or capitalized (not first in its sentence), which rule proposals it was part
/// of, and the capitalized names an all-caps word may abbreviate. Fed by tagging_input() in
/// sentence order, one per document (extraction and training alike), so a token's document
/// flags depend only on the text before it and extraction stays a function of the document.
class TaggingMemory {
 public:
  /// The DocumentFlag bits of a word known so far (0 for an unseen one).
  std::uint32_t flags(std::string_view folded) const;
  /// Whether `acronym` (its surface form) abbreviates a name remembered so far (memoized).
  bool abbreviates(std::string_view acronym);
  void note(std::string_view folded, std::uint32_t flags) { words_[folded] |= flags; }
  /// Remembers a run of capitalized words (folded, function words between them kept).
  void note_name(std::vector<std::string> words);

 private:
  StringMap<std::uint32_t> words_;
  std::vector<std::vector<std::string>> names_;
  struct Checked {
    std::size_t names = 0;  // names_[0, names) were tried
    bool found = false;
  };
  std::unordered_map<std::string, Checked> acronyms_;  // abbreviates(), so far
};

/// The tagger's input for a parsed sentence. With a memory, each token's document flags are
/// read from it and the sentence is then added to it.
tagger::TaggerSentence tagging_input(const SentenceParser& parser, std::string_view text,
                                     const std::vector<RawMention>& mentions, TaggingMemory* memory = nullptr);

}  // namespace kg
