#include "extract/training_sentences.h"

#include <map>

#include "extract/extractor.h"
#include "extract/fold.h"
#include "extract/sentence_parser.h"
#include "extract/tagging_input.h"
#include "extract/token.h"

namespace kg {
namespace {

constexpr std::size_t kMaxNameTokens = 16;

// Folded tokens joined by single spaces: the same key for a name and for its occurrence.
std::string token_key(const std::vector<std::string>& folded, std::size_t first, std::size_t last) {
  std::string key;
  for (std::size_t i = first; i < last; ++i) {
    if (i > first) key += ' ';
    key += folded[i];
  }
  return key;
}

}  // namespace

std::vector<tagger::TrainingSentence> training_sentences(const Document& document, const std::vector<GoldName>& names) {
  std::map<std::string, tagger::SpanType> known;  // first listing of a name wins
  for (const auto& n : names) {
    auto toks = tokenize(n.text, 0, static_cast<std::uint32_t>(n.text.size()));
    if (toks.empty() || toks.size() > kMaxNameTokens) continue;
    std::vector<std::string> folded;
    for (const auto& t : toks) folded.push_back(fold(std::string_view(n.text).substr(t.begin, t.end - t.begin)));
    known.emplace(token_key(folded, 0, folded.size()), n.type);
  }

  std::vector<tagger::TrainingSentence> out;
  TaggingMemory memory;  // as extract() keeps one per document
  ExtractOptions options;
  options.tagger = nullptr;
  options.participation = nullptr;  // the tagger's input does not depend on it
  options.observe = [&](const SentenceParser& parser, std::string_view text, const std::vector<RawMention>& proposals) {
    tagger::TrainingSentence s;
    s.tokens = tagging_input(parser, text, proposals, &memory);
    std::vector<std::string> folded;
    for (std::size_t i = 0; i < parser.tokens().size(); ++i) folded.push_back(parser.folded(i));
    std::vector<tagger::Span> spans;
    for (std::size_t i = 0; i < folded.size();) {
      std::size_t best = 0;
      tagger::SpanType type{};
      for (std::size_t len = std::min(kMaxNameTokens, folded.size() - i); len >= 1; --len)
        if (auto it = known.find(token_key(folded, i, i + len)); it != known.end()) {
          best = len, type = it->second;
          break;
        }
      if (best == 0) {
        ++i;
        continue;
      }
      spans.push_back({type, static_cast<std::uint32_t>(i), static_cast<std::uint32_t>(i + best)});
      i += best;
    }
    s.labels = tagger::encode_bilou(spans, folded.size());
    out.push_back(std::move(s));
  };
  extract(document, options);
  return out;
}

}  // namespace kg
