#pragma once
// Rank 0 of a distributed build replays the document headers of each rank
// (cli/distributed_headers.h) in rank order, that is in input order, exactly as a
// one-process build meets its documents: the same warnings, repeated ids skipped
// (cli/build_inputs.h DocumentIds). Of each admitted document it keeps what resolution needs
// (its info and its entities' keys), and its encoded extraction for a store among the outputs.
#include <cstddef>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "cli/build_inputs.h"
#include "cli/distributed_key_table.h"
#include "cli/progress.h"
#include "distributed/resolution_wire.h"
#include "graph/compact_document.h"
#include "store/stored_extractions.h"

namespace kg::cli {

/// A document of the corpus: which rank holds it (`local`: its place among that rank's
/// documents), its info and the keys of its entities.
struct AdmittedDocument {
  int rank = 0;
  std::size_t local = 0;
  DocumentInfo info;
  std::vector<InternedKeys> entities;  // into Replay::keys()
};

class Replay {
 public:
  /// `keep_extractions`: a store (.kgdb) is among the outputs.
  Replay(bool strict, bool keep_extractions) : strict_(strict), keep_(keep_extractions) {}

  /// The documents of the store `store` that the inputs are added to (--into GRAPH.kgdb):
  /// resolved again, not extracted again (rank 0 holds them, before its own documents); an
  /// input with one of their ids is skipped. Returns them decoded.
  std::vector<detail::CompactDocument> add_stored(const std::string& store, StoredExtractions stored);
  /// Replays the headers `rank` sent (whole records: all of them or one chunk), printing
  /// warnings through `progress`; `first_local` is the place of their first document among the
  /// rank's documents; returns the place after their last. Throws kg::InputError for a
  /// repeated JSON Lines id under --strict, std::runtime_error for damaged headers.
  std::size_t add(const std::string& headers, int rank, std::size_t first_local, Progress& progress);

  /// Frees what tells repeats apart (every id seen, the JSON Lines lines, the store's ids)
  /// once every rank's headers are replayed.
  void release_ids() {
    ids_ = DocumentIds{""};
    first_line_ = {};
    in_store_ = {};
  }
  std::vector<AdmittedDocument>& admitted() { return admitted_; }
  const KeyTable& keys() const { return keys_; }
  /// Frees the keys once clustering is done (the admitted documents' entities are numbers into them).
  void release_keys() { keys_ = {}; }
  std::size_t documents() const { return admitted_count_; }
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
  std::vector<AdmittedDocument> admitted_;
  KeyTable keys_;
  StoredExtractions extractions_;
  std::size_t admitted_count_ = 0, sentences_ = 0;
};

}  // namespace kg::cli
