#include "extract/extractor.h"

#include <cctype>

#include "extract/document_builder.h"
#include "extract/normalized_text.h"
#include "extract/sentence_parser.h"
#include "extract/span_arbiter.h"
#include "extract/tagging_input.h"
#include "extract/sentence_splitter.h"
#include "extract/token.h"

namespace kg {
namespace {

bool digit(char c) { return c >= '0' && c <= '9'; }

// "date 2023-03-31" or any ISO date near the top of the text (datelines, metadata lines).
std::string find_date(std::string_view text) {
  std::size_t limit = std::min<std::size_t>(text.size(), 400);
  for (std::size_t i = 0; i + 10 <= limit; ++i) {
    std::string_view s = text.substr(i, 10);
    if (digit(s[0]) && digit(s[1]) && digit(s[2]) && digit(s[3]) && s[4] == '-' && digit(s[5]) && digit(s[6]) &&
        s[7] == '-' && digit(s[8]) && digit(s[9]) && (i == 0 || !digit(text[i - 1])) &&
        (i + 10 == text.size() || !digit(text[i + 10])))
      return std::string(s);
  }
  return {};
}

}  // namespace

DocumentExtraction extract(const Document& document, const ExtractOptions& options) {
  DocumentExtraction result;
  result.doc_id = document.id;
  result.source = document.source;
  result.url = document.url;
  NormalizedText text(document.text);
  result.invalid_utf8 = text.invalid_sequences();
  result.date = document.date.empty() ? find_date(text.text()) : document.date;

  auto sentences = split_sentences(text.text());
  result.sentence_count = static_cast<std::uint32_t>(sentences.size());
  ParseContext context;
  DocumentBuilder builder(text, result);
  builder.set_title_attachment(options.attachment, options.observe_titles);
  builder.set_participation(options.participation, options.observe_participation);
  TaggingMemory memory;  // the tagger's document-level flags, from the sentences so far
  for (std::uint32_t s = 0; s < sentences.size(); ++s) {
    SentenceParser parser(text.text(), tokenize(text.text(), sentences[s].begin, sentences[s].end), context);
    auto mentions = parser.parse();
    if (options.observe) options.observe(parser, text.text(), mentions);
    if (options.tagger && !options.tagger->empty())
      arbitrate(parser, options.tagger->tag(tagging_input(parser, text.text(), mentions, &memory)), mentions, context);
    builder.add_sentence(s, sentences[s], parser, std::move(mentions), context.home_country);
  }
  builder.finish();
  return result;
}

}  // namespace kg
