#pragma once
// The map step: one document in, its entities and facts out. A pure function of the
// document and the (immutable) tagger model, so it runs on any number of threads.
#include <functional>
#include <string_view>
#include <vector>

#include "extract/document.h"
#include "extract/document_extraction.h"
#include "extract/participation.h"
#include "extract/raw_mention.h"
#include "extract/title_attachment.h"
#include "tagger/sequence_tagger.h"

namespace kg {

class SentenceParser;

struct ExtractOptions {
  /// The learned entity tagger; nullptr: the rule parser alone decides.
  const tagger::SequenceTagger* tagger = &tagger::default_tagger();
  /// Called for every sentence with the rule parser's proposals, before the tagger's decisions
  /// (training reads the tagger's input here). Optional.
  std::function<void(const SentenceParser&, std::string_view text, const std::vector<RawMention>&)> observe;
  /// The learned title attachment (extract/title_attachment.h); nullptr: the rules' choice.
  const tagger::LinearModel* attachment = &default_attachment_model();
  /// Called once per document with its title candidates and the entities they name (training
  /// the attachment reads them here). Optional.
  std::function<void(const DocumentExtraction&, const std::vector<TitleChoice>&)> observe_titles;
  /// The learned participation decision (extract/participation.h); nullptr: the rules' facts.
  const tagger::LinearModel* participation = &default_participation_model();
  /// Called once per document with its participation candidates (training reads them). Optional.
  std::function<void(const DocumentExtraction&, const std::vector<ParticipationCandidate>&)> observe_participation;
};

DocumentExtraction extract(const Document& document, const ExtractOptions& options = {});

}  // namespace kg
