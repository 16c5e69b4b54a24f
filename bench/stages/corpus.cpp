#include "bench/stages/corpus.h"

#include <cstdlib>
#include <string>

#include "extract/document_reader.h"

namespace kg::bench {

const std::vector<Document>& corpus() {
  static const std::vector<Document> documents = [] {
    const char* dir = std::getenv("KG_BENCH_CORPUS");
    std::vector<Document> out;
    for (const auto& source : expand_inputs({dir ? dir : KG_DEFAULT_CORPUS})) out.push_back(read_document(source));
    return out;
  }();
  return documents;
}

std::size_t corpus_bytes() {
  std::size_t bytes = 0;
  for (const auto& d : corpus()) bytes += d.text.size();
  return bytes;
}

}  // namespace kg::bench
