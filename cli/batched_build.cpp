#include "cli/batched_build.h"

#include "cli/document_store.h"
#include "cli/parallel_each.h"
#include "extract/extractor.h"
#include "extract/input_error.h"
#include "extract/name_cap.h"
#include "extract/text_check.h"
#include "graph/compact_codec.h"

namespace kg::cli {
namespace {

std::string plural(std::uint64_t n, const std::string& word) {
  return std::to_string(n) + " " + word + (n == 1 ? "" : "s");
}

}  // namespace

DocumentExtraction extract_one(const Document& doc, const BuildOptions& options, std::vector<std::string>& warnings) {
  TextFacts facts = scan_text(doc.text);
  if (facts.invalid_sequences > 0) {
    std::string what = "invalid UTF-8: " + plural(facts.invalid_sequences, "ill-formed sequence") +
                       ", the first at this offset";
    if (options.strict) throw InputError::at_offset(what + " (--strict)", doc.path, facts.first_invalid);
    warnings.push_back(doc.path + ": byte " + std::to_string(facts.first_invalid) + ": " + what +
                       "; replaced by U+FFFD");
  }
  if (facts.blank) warnings.push_back(doc.path + ": empty document (nothing but whitespace); it adds nothing");
  DocumentExtraction extraction = extract(doc);
  if (std::size_t cut = cap_entity_names(extraction))
    warnings.push_back(doc.path + ": " + plural(cut, "entity name") + " longer than " +
                       std::to_string(kMaxNameBytes) + " bytes cut at a character boundary");
  return extraction;
}

void BatchedBuild::keep_extractions() {
  if (!spill_) spill_ = std::make_unique<ExtractionSpill>();
}

void BatchedBuild::add_extracted(const std::string& id, std::string_view bytes) {
  auto doc = decode_compact(bytes, options_.into + ": document " + id);
  sentences_ += doc.info.sentences;
  texts_->spill(doc);
  builder_.add(std::move(doc));
  ++documents_;
  in_store_.insert(id);
  if (spill_) spill_->add(id, bytes);
}

void BatchedBuild::add(Document doc, bool stored, std::uint64_t input_bytes) {
  if (batch_ids_.count(doc.id)) flush();  // a text file of this batch has the id: it came first
  if (in_store(doc, warnings_)) {
    progress_.advance(1, input_bytes);
    return;
  }
  if (stored) ids_.add_stored(doc);
  else if (!ids_.admit(doc, warnings_)) {
    progress_.advance(1, input_bytes);
    return;
  }
  batch_bytes_ += doc.text.size();
  batch_.push_back({std::move(doc), std::nullopt, stored, false, input_bytes});
  if (batch_.size() >= kBatchDocuments || batch_bytes_ >= kBatchBytes) flush();
}

void BatchedBuild::add(const InputSource& source, std::uint64_t file_bytes) {
  batch_bytes_ += file_bytes;
  // An id seen before is skipped once its text is read (for the warning), never extracted.
  bool repeated = ids_.contains(source.id) || in_store_.count(source.id) || !batch_ids_.insert(source.id).second;
  batch_.push_back({Document{}, source, false, repeated, file_bytes});
  if (batch_.size() >= kBatchDocuments || batch_bytes_ >= kBatchBytes) flush();
}

void BatchedBuild::flush() {
  print(warnings_);
  warnings_.clear();
  std::vector<detail::CompactDocument> results(batch_.size());
  std::vector<std::string> encoded(spill_ ? batch_.size() : 0);
  std::vector<std::vector<std::string>> warnings(batch_.size());
  BuildOptions stored_options = options_;
  stored_options.strict = false;  // a stored text was accepted when it was added
  rethrow_first(parallel_each(batch_.size(), jobs_, [&](std::size_t i) {
    Entry& e = batch_[i];
    if (e.source) e.doc = read_document(*e.source, options_.max_input_bytes);
    if (!e.repeated)
      results[i] = GraphBuilder::prepare(extract_one(e.doc, e.stored ? stored_options : options_, warnings[i]));
    if (!e.repeated && spill_) encoded[i] = encode_compact(results[i]);
    progress_.advance(1, e.input_bytes);
  }));
  for (std::size_t i = 0; i < batch_.size(); ++i) {
    Entry& e = batch_[i];
    if (e.source && (in_store(e.doc, warnings_) || !ids_.admit(e.doc, warnings_))) {  // reported, skipped
      print(warnings_);
      warnings_.clear();
      continue;
    }
    if (!e.stored) print(warnings[i]);  // a stored text's warnings were given when it was added
    sentences_ += results[i].info.sentences;
    if (spill_) spill_->add(e.doc.id, encoded[i]);
    texts_->spill(results[i]);
    builder_.add(std::move(results[i]));
    ++documents_;
    if (!options_.into.empty() && !names_store(options_.into)) kept_.push_back(std::move(e.doc));
  }
  batch_.clear();
  batch_ids_.clear();
  batch_bytes_ = 0;
}

const ExtractionRows& BatchedBuild::extractions() {
  if (!spill_) return no_extractions_;
  spill_->set_version(extraction_version());
  return *spill_;
}

void BatchedBuild::print(const std::vector<std::string>& warnings) {
  for (const auto& w : warnings) progress_.print("kgraph: warning: " + w);
}

// A document whose id the store being added to holds: reported, skipped.
bool BatchedBuild::in_store(const Document& doc, std::vector<std::string>& warnings) const {
  if (!in_store_.count(doc.id)) return false;
  warnings.push_back(doc.path + ": document \"" + doc.id + "\" is already in " + options_.into +
                     "; skipped (the first one is kept)");
  return true;
}

}  // namespace kg::cli
