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
/// strings, for every token i of `sentence` with wanted[i] (others get none).
void sentence_feature_hashes(const TaggerSentence& sentence, std::vector<std::vector<std::uint64_t>>& out,
                             const std::vector<bool>& wanted);

/// The most features one token has: 23 fixed ones; for itself and its four neighbours, one per
/// lexicon class bit (32) and gazetteer flag (3); for itself and its two neighbours, one per
/// document flag.
inline constexpr std::size_t kMaxTokenFeatures = 23 + 5 * (32 + 3) + 3 * kDocumentFlags;

/// The feature hashes of one sentence's tokens, for the tagger's hot path: reset() hashes each
/// token's values once, token() then writes a token's feature_hash()es (the order of
/// token_features(); a constant feature's number in place of its hash, see kConstantFeatures)
/// into a caller's buffer, with no allocation. Keeps its buffer for the next
/// sentence: one per thread. `sentence` must outlive the calls to token().
class SentenceHashes {
 public:
  void reset(const TaggerSentence& sentence);
  /// Writes the hashes of token i's features to out[0, n), n <= kMaxTokenFeatures; returns n.
  std::size_t token(std::size_t i, std::uint64_t* out) const;

 private:
  // FNV states of a token's values; the pairs hash "previous|this" ("<s>" and "</s>" at the edges).
  struct Values {
    std::uint64_t word = 0, shape = 0, proposal = 0, word_pair = 0, shape_pair = 0;
  };
  const TaggerSentence* sentence_ = nullptr;
  std::vector<Values> values_;  // token k at k + 2, two edge entries on either side
};
/// The 64-bit hash of a feature string "name" or "name=value": FNV-1a of the name and of the
/// value (all after the first '='), mixed; never below kConstantFeatures.
std::uint64_t feature_hash(std::string_view feature);

/// SentenceHashes::token() writes, in place of the hash of a feature whose name and value are
/// fixed (bias, first, nospace, each class, place and document bit at each distance: some 40 %
/// of a token's features), its number below kConstantFeatures, so the model finds their rows
/// once, at load, not by a probe per token. constant_feature_hash(id) is that feature's
/// feature_hash() (0 for a number that names none).
inline constexpr std::uint64_t kConstantFeatures = 512;
std::uint64_t constant_feature_hash(std::uint64_t id);

}  // namespace kg::tagger
