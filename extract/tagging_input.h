#pragma once
// The tagger's view of one parsed sentence (tagger/tagger_token.h): every token's folded word,
// shape, lexicon classes and gazetteer flags, and the rule parser's mentions as BILOU
// proposals. The rules propose, the learned tagger decides (extract/span_arbiter.h).
#include <vector>

#include "extract/raw_mention.h"
#include "extract/sentence_parser.h"
#include "tagger/tagger_token.h"

namespace kg {

tagger::TaggerSentence tagging_input(const SentenceParser& parser, std::string_view text,
                                     const std::vector<RawMention>& mentions);

}  // namespace kg
