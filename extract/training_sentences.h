#pragma once
// Training data for the entity tagger: a document's sentences as the tagger sees them
// (the rule parser's proposals included, exactly as at extraction time), each token labelled
// from the names a gold file lists. Every occurrence of a listed name or alias is a span;
// where names overlap, the longest one starting first wins (the tagger is flat: a country
// inside a ministry's name stays the rules' to find).
#include <string>
#include <vector>

#include "extract/document.h"
#include "tagger/bilou.h"
#include "tagger/model_trainer.h"

namespace kg {

struct GoldName {
  std::string text;  // a name, alias or title as the text writes it
  tagger::SpanType type;
};

std::vector<tagger::TrainingSentence> training_sentences(const Document& document, const std::vector<GoldName>& names);

}  // namespace kg
