// Micro benchmarks of the stages of `kgraph build`, one document set per iteration:
// normalization, segmentation (sentences + tokens), entity recognition (folding, lexicon and
// gazetteer lookups, the sentence rules), relation patterns (the document builder), the whole
// extract(), cross-document resolution and each exporter. Each stage gets the previous
// stages' results precomputed, so its time is its own.
#include <deque>
#include <memory>
#include <sstream>

#include <benchmark/benchmark.h>

#include "bench/stages/corpus.h"
#include "export/dot_writer.h"
#include "export/gexf_writer.h"
#include "export/graphml_writer.h"
#include "extract/document_builder.h"
#include "extract/extractor.h"
#include "extract/normalized_text.h"
#include "extract/sentence_parser.h"
#include "extract/sentence_splitter.h"
#include "extract/token.h"
#include "graph/graph_json.h"
#include "graph/resolver.h"

namespace kg::bench {
namespace {

void count_bytes(benchmark::State& state) {
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * corpus_bytes()));
}

struct Segmented {
  std::unique_ptr<NormalizedText> text;
  std::vector<ByteRange> sentences;
  std::vector<std::vector<Token>> tokens;
};

const std::vector<Segmented>& segmented() {
  static const std::vector<Segmented> docs = [] {
    std::vector<Segmented> out;
    for (const auto& d : corpus()) {
      Segmented s{std::make_unique<NormalizedText>(d.text), {}, {}};
      s.sentences = split_sentences(s.text->text());
      for (const auto& r : s.sentences) s.tokens.push_back(tokenize(s.text->text(), r.begin, r.end));
      out.push_back(std::move(s));
    }
    return out;
  }();
  return docs;
}

// Parsed sentences of one document, kept alive for the relation stage.
struct Parsed {
  std::deque<ParseContext> context{1};
  std::vector<SentenceParser> parsers;
  std::vector<std::vector<RawMention>> mentions;
};

const std::deque<Parsed>& parsed() {
  static const std::deque<Parsed> docs = [] {
    std::deque<Parsed> out;
    for (const auto& s : segmented()) {
      auto& p = out.emplace_back();
      for (const auto& tokens : s.tokens) {
        p.parsers.emplace_back(s.text->text(), tokens, p.context.front());
        p.mentions.push_back(p.parsers.back().parse());
      }
    }
    return out;
  }();
  return docs;
}

const std::vector<DocumentExtraction>& extractions() {
  static const std::vector<DocumentExtraction> all = [] {
    std::vector<DocumentExtraction> out;
    for (const auto& d : corpus()) out.push_back(extract(d));
    return out;
  }();
  return all;
}

const KnowledgeGraph& graph() {
  static const ResolveResult resolved = build_graph(extractions());
  return resolved.graph;
}

void BM_Normalize(benchmark::State& state) {
  for (auto _ : state)
    for (const auto& d : corpus()) benchmark::DoNotOptimize(NormalizedText(d.text).text().size());
  count_bytes(state);
}

void BM_SplitSentences(benchmark::State& state) {
  for (auto _ : state)
    for (const auto& s : segmented()) benchmark::DoNotOptimize(split_sentences(s.text->text()).size());
  count_bytes(state);
}

void BM_Tokenize(benchmark::State& state) {
  for (auto _ : state)
    for (const auto& s : segmented())
      for (const auto& r : s.sentences) benchmark::DoNotOptimize(tokenize(s.text->text(), r.begin, r.end).size());
  count_bytes(state);
}

void BM_RecognizeEntities(benchmark::State& state) {
  for (auto _ : state)
    for (const auto& s : segmented()) {
      ParseContext context;
      for (const auto& tokens : s.tokens) {
        SentenceParser parser(s.text->text(), tokens, context);
        benchmark::DoNotOptimize(parser.parse().size());
      }
    }
  count_bytes(state);
}

void BM_RelationPatterns(benchmark::State& state) {
  const auto& docs = parsed();
  for (auto _ : state) {
    state.PauseTiming();
    std::vector<std::vector<std::vector<RawMention>>> mentions;
    for (const auto& p : docs) mentions.push_back(p.mentions);
    state.ResumeTiming();
    for (std::size_t d = 0; d < docs.size(); ++d) {
      DocumentExtraction out;
      DocumentBuilder builder(*segmented()[d].text, out);
      for (std::uint32_t i = 0; i < docs[d].parsers.size(); ++i)
        builder.add_sentence(i, segmented()[d].sentences[i], docs[d].parsers[i], std::move(mentions[d][i]), "");
      builder.finish();
      benchmark::DoNotOptimize(out.facts.size());
    }
  }
  count_bytes(state);
}

void BM_Extract(benchmark::State& state) {
  for (auto _ : state)
    for (const auto& d : corpus()) benchmark::DoNotOptimize(extract(d).entities.size());
  count_bytes(state);
}

void BM_Resolve(benchmark::State& state) {
  for (auto _ : state) {
    state.PauseTiming();
    auto copy = extractions();
    state.ResumeTiming();
    benchmark::DoNotOptimize(build_graph(std::move(copy)).graph.node_count());
  }
  count_bytes(state);
}

template <void (*Write)(std::ostream&, const KnowledgeGraph&)>
void BM_Export(benchmark::State& state) {
  std::size_t bytes = 0;
  for (auto _ : state) {
    std::ostringstream out;
    Write(out, graph());
    bytes = out.str().size();
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * bytes));
}

BENCHMARK(BM_Normalize)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_SplitSentences)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Tokenize)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_RecognizeEntities)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_RelationPatterns)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Extract)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Resolve)->Unit(benchmark::kMillisecond);
BENCHMARK_TEMPLATE(BM_Export, write_graph_json)->Name("BM_Export/json")->Unit(benchmark::kMillisecond);
BENCHMARK_TEMPLATE(BM_Export, write_graphml)->Name("BM_Export/graphml")->Unit(benchmark::kMillisecond);
BENCHMARK_TEMPLATE(BM_Export, write_gexf)->Name("BM_Export/gexf")->Unit(benchmark::kMillisecond);
BENCHMARK_TEMPLATE(BM_Export, write_dot)->Name("BM_Export/dot")->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace kg::bench

BENCHMARK_MAIN();
