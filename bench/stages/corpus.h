#pragma once
// The documents the stage benchmarks run on, read once per process and kept in memory:
// every *.txt below $KG_BENCH_CORPUS (default: the Brown press/ sample), in sorted order.
#include <vector>

#include "extract/document.h"

namespace kg::bench {

const std::vector<Document>& corpus();
/// Total bytes of corpus(), for bytes/second counters.
std::size_t corpus_bytes();

}  // namespace kg::bench
