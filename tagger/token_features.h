#pragma once
// The features of one token in its sentence: its word, shape and affixes, its neighbours',
// the lexicon classes around it and the rule parser's proposals. Strings, so a model file
// stays readable and a feature never depends on an index assigned at training time.
#include <string>
#include <vector>

#include "tagger/tagger_token.h"

namespace kg::tagger {

/// Appends the features of token `i` of `sentence` to `out` (cleared first).
void token_features(const TaggerSentence& sentence, std::size_t i, std::vector<std::string>& out);

}  // namespace kg::tagger
