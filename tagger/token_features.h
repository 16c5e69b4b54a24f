#pragma once
// The features of one token in its sentence: its word, shape and affixes, its neighbours',
// the lexicon classes around it and the rule parser's proposals. Named by strings ("w-1=minister"),
// so a model file stays readable and a feature never depends on an index assigned at training
// time; extraction uses their 64-bit hashes, computed without building the strings.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "tagger/tagger_token.h"

namespace kg::tagger {

/// The features of token `i` of `sentence`, as strings (`out` is cleared first).
void token_features(const TaggerSentence& sentence, std::size_t i, std::vector<std::string>& out);
/// The feature_hash() of each of token_features(), in the same order and without building the
/// strings, for every token i of `sentence` with wanted[i] (others get none),
/// each token's values hashed once.
void sentence_feature_hashes(const TaggerSentence& sentence, std::vector<std::vector<std::uint64_t>>& out,
                             const std::vector<bool>& wanted);
/// The 64-bit hash of a feature string "name" or "name=value": FNV-1a of the name and of the
/// value (all after the first '='), mixed.
std::uint64_t feature_hash(std::string_view feature);

}  // namespace kg::tagger
