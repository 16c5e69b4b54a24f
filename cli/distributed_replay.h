#pragma once
// Rank 0 of a distributed build replays the records of each rank (distributed/extraction_record.h)
// in rank order, that is in input order, exactly as a one-process build meets its documents:
// the same warnings, repeated ids skipped (cli/build_inputs.h DocumentIds), every admitted
// document decoded into the graph builder, and its encoded extraction kept for a store.
#include <cstddef>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "cli/build_inputs.h"
#include "cli/progress.h"
#include "graph/graph_builder.h"
#include "store/stored_extractions.h"

namespace kg::cli {

class Replay {
 public:
  /// `keep_extractions`: a store (.kgdb) is among the outputs.
  Replay(bool strict, bool keep_extractions) : strict_(strict), keep_(keep_extractions) {}

  /// The documents of the store `store` that the inputs are added to (--into GRAPH.kgdb):
  /// resolved again, not extracted again; an input with one of their ids is skipped.
  void add_stored(const std::string& store, StoredExtractions stored);
  /// Replays the records `rank` sent, printing warnings through `progress`. Throws
  /// kg::InputError for a repeated JSON Lines id under --strict, std::runtime_error or
  /// kg::InputError for damaged records.
  void add(const std::string& records, int rank, Progress& progress);

  GraphBuilder& builder() { return builder_; }
  std::size_t documents() const { return documents_; }
  std::size_t sentences() const { return sentences_; }
  /// What a store among the outputs keeps, sorted by id, as a one-process build keeps it.
  const StoredExtractions& extractions();

 private:
  bool repeated_in_its_file(const Document& doc, std::vector<std::string>& warnings);

  bool in_store(const Document& doc, std::vector<std::string>& warnings) const;

  bool strict_, keep_;
  std::string store_;                  // --into GRAPH.kgdb
  std::set<std::string> in_store_;     // the ids of its documents
  DocumentIds ids_{""};
  std::map<std::string, std::string> first_line_;  // "FILE\nID" of JSON Lines documents: the line
  GraphBuilder builder_;
  StoredExtractions extractions_;
  std::size_t documents_ = 0, sentences_ = 0;
};

}  // namespace kg::cli
