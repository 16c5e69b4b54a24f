#pragma once
// What a store keeps of every document's extraction (table `extractions`, schema version 2)
// so that `kgraph build NEW... --into graph.kgdb` resolves the old documents again without
// extracting them: each document's compact extraction (graph/compact_codec.h), and the
// version of the extraction that made them all (meta `extraction_version`), which a build
// compares with its own before it mixes old extractions with new ones.
#include <string>
#include <utility>
#include <vector>

namespace kg {

struct StoredExtractions {
  /// What made them; empty when a store holds none (version 1, or written by `kgraph
  /// export`, which has no extractions to keep).
  std::string version;
  /// (document id, encode_compact bytes), sorted by id, each id once.
  std::vector<std::pair<std::string, std::string>> documents;
};

}  // namespace kg
