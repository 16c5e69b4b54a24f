#pragma once
// What a store keeps of every document's extraction (table `extractions`, schema version 2)
// so that `kgraph build NEW... --into graph.kgdb` resolves the old documents again without
// extracting them: each document's compact extraction (graph/compact_codec.h), and the
// version of the extraction that made them all (meta `extraction_version`), which a build
// compares with its own before it mixes old extractions with new ones.
#include <functional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace kg {

/// The extractions a store is written with, in id order, wherever they are kept: in memory
/// (StoredExtractions) or in a temp file (store/extraction_spill.h).
class ExtractionRows {
 public:
  using Row = std::function<void(const std::string& id, std::string_view bytes)>;
  virtual ~ExtractionRows() = default;
  /// What made them; empty when there are none to keep.
  virtual const std::string& version() const = 0;
  /// Calls `row` for every document, sorted by id, each id once.
  virtual void each(const Row& row) const = 0;
};

struct StoredExtractions {
  /// What made them; empty when a store holds none (version 1, or written by `kgraph
  /// export`, which has no extractions to keep).
  std::string version;
  /// (document id, encode_compact bytes), sorted by id, each id once.
  std::vector<std::pair<std::string, std::string>> documents;
};

/// StoredExtractions read as ExtractionRows; keeps a reference.
class StoredExtractionRows final : public ExtractionRows {
 public:
  explicit StoredExtractionRows(const StoredExtractions& stored) : stored_(stored) {}
  const std::string& version() const override { return stored_.version; }
  void each(const Row& row) const override {
    for (const auto& [id, bytes] : stored_.documents) row(id, bytes);
  }

 private:
  const StoredExtractions& stored_;
};

}  // namespace kg
