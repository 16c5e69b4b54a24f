#include "cli/distributed_build.h"

#include "distributed/launch.h"
#include "extract/input_error.h"

#if KG_HAVE_MPI
#include <algorithm>
#include <malloc.h>
#include <iostream>
#include <memory>
#include <thread>

#include "cli/build_inputs.h"
#include "cli/distributed_replay.h"
#include "cli/distributed_resolution.h"
#include "cli/distributed_share.h"
#include "cli/distributed_summary.h"
#include "cli/document_store.h"
#include "cli/output_file.h"
#include "cli/output_formats.h"
#include "distributed/error_agreement.h"
#include "distributed/mpi_environment.h"
#include "distributed/rank_exchange.h"
#include "export/graphml_writer.h"
#include "extract/jsonl_reader.h"
#include "graph/graph_builder.h"
#include "graph/graph_json_writer.h"
#endif

namespace kg::cli {

#if !KG_HAVE_MPI

// Without MPI, one rank is an ordinary build; more would each build everything.
bool launched_by_mpirun() {
  auto launch = distributed::launched_by_mpi();
  return launch && launch->size > 1;
}

int run_distributed_build(const DistributedBuildRequest&) {
  if (distributed::launched_by_mpi()->rank != 0) return 2;
  throw InputError("this kgraph was built without MPI (cmake -DKGRAPH_MPI=OFF): run it without mpirun, or as one rank");
}

#else

bool launched_by_mpirun() { return distributed::launched_by_mpi().has_value(); }

namespace {

namespace fs = std::filesystem;
using distributed::Piece;

// What every rank computes alike before it reads anything: the checks of a one-process
// build, the inputs and the partition.
struct Plan {
  std::vector<std::string> outputs;
  std::vector<InputSource> sources;
  std::vector<std::uint64_t> sizes;
  std::vector<Piece> pieces;
};

Plan plan_build(const DistributedBuildRequest& request, int rank, int ranks) {
  // A store keeps its documents' extractions, which rank 0 reads; a graph file keeps their
  // texts, which would have to be extracted again on the ranks: not yet.
  if (!request.into.empty() && !names_store(request.into))
    throw InputError("--into GRAPH.json cannot be used under mpirun yet (issue 15): add documents to a store "
                     "(--into GRAPH.kgdb), or build without mpirun");
  Plan plan;
  plan.outputs = request.outputs;
  if (!request.into.empty()) plan.outputs.push_back(request.into);
  if (plan.outputs.empty()) throw InputError("no output: name one with -o OUT or --into GRAPH.json");
  request.check_outputs(plan.outputs);
  for (const auto& input : request.inputs)
    if (input == "-") throw InputError("stdin (-) cannot be read under mpirun: name files or directories");
  plan.sources = expand_inputs(request.inputs);
  if (plan.sources.empty())
    throw InputError("no input documents: the directories named hold no *.txt, *.jsonl or *.ndjson files "
                     "(nor .gz ones)");
  request.check_inputs_are_not_outputs(plan.sources, plan.outputs);
  std::vector<distributed::PartitionInput> inputs;
  for (const auto& source : plan.sources) {
    std::error_code ec;
    auto size = fs::file_size(source.path, ec);
    plan.sizes.push_back(ec ? 0 : static_cast<std::uint64_t>(size));
    const bool plain_jsonl = is_jsonl_path(source.path) && source.path.extension() != ".gz";
    inputs.push_back({plan.sizes.back(), plain_jsonl && plan.sizes.back() <= request.max_input_bytes});
  }
  plan.pieces = distributed::partition(inputs, rank, ranks);
  return plan;
}

// Reads this rank's parts of JSON Lines files and numbers their lines, which needs how many
// lines the lower ranks' parts of the same file hold. Collective; a read error is returned.
std::optional<InputError> read_parts(const Plan& plan, std::vector<JsonlPart>& parts, int rank) {
  std::optional<InputError> error;
  std::vector<std::uint64_t> counts;  // (input, lines) pairs
  parts.assign(plan.pieces.size(), {});
  try {
    for (std::size_t p = 0; p < plan.pieces.size(); ++p) {
      const Piece& piece = plan.pieces[p];
      if (piece.whole) continue;
      parts[p].lines = distributed::read_lines_starting_in(plan.sources[piece.input].path, piece.begin, piece.end,
                                                           plan.sizes[piece.input]);
      counts.insert(counts.end(), {piece.input, distributed::count_lines(parts[p].lines.bytes)});
    }
  } catch (...) {
    error = as_input_error(std::current_exception());
  }
  auto all = distributed::all_gather(counts);
  for (std::size_t p = 0; p < plan.pieces.size(); ++p)
    for (int r = 0; r < rank; ++r)
      for (std::size_t i = 0; i + 1 < all[static_cast<std::size_t>(r)].size(); i += 2)
        if (all[static_cast<std::size_t>(r)][i] == plan.pieces[p].input)
          parts[p].first_line += all[static_cast<std::size_t>(r)][i + 1];
  return error;
}

// The extension of `out`, lower-cased, as cli/output_formats.cpp matches it.
std::string extension_of(const std::string& out) {
  std::string ext = fs::path(out).extension().string();
  for (char& c : ext)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return ext;
}

// Every output's writer takes its nodes and edges from sources: rank 0 builds no graph.
bool outputs_take_sources(const std::vector<std::string>& outputs) {
  return std::all_of(outputs.begin(), outputs.end(), [](const std::string& out) {
    const std::string ext = extension_of(out);
    return ext == ".json" || ext == ".graphml";
  });
}

// The graph file or GraphML of `graph` (outputs_take_sources).
OutputJob job_from_sources(const std::string& out, const SourcedGraph& graph) {
  if (extension_of(out) == ".json")
    return {out, [&graph](std::ostream& os) { write_graph_json_from(os, graph.documents, graph.nodes, *graph.edges); }};
  return {out, [&graph](std::ostream& os) { write_graphml_from(os, graph.nodes, *graph.edges); }};
}

// What the summary counts, from the graph or from the sources.
GraphTally tally(const KnowledgeGraph& graph, const SourcedGraph* sourced) {
  GraphTally counts;
  if (!sourced) {
    for (NodeId n = 0; n < graph.node_count(); ++n) counts.add(graph.node(n).type);
    for (EdgeId e = 0; e < graph.edge_count(); ++e) counts.add(graph.relation(e));
    return counts;
  }
  for (EntityType type : sourced->node_types) counts.add(type);
  if (sourced->edges)
    for (EdgeId e = 0; e < sourced->edges->size(); ++e) counts.add(sourced->edges->relation(e));
  return counts;
}

unsigned default_jobs(unsigned asked) {
  if (asked) return asked;
  unsigned local_ranks = 1;
  if (const char* n = std::getenv("OMPI_COMM_WORLD_LOCAL_SIZE")) local_ranks = static_cast<unsigned>(std::max(1, std::atoi(n)));
  return std::max(1u, std::thread::hardware_concurrency() / local_ranks);
}

}  // namespace

int run_distributed_build(const DistributedBuildRequest& request) {
  PhaseClock clock;
  distributed::MpiEnvironment mpi;
  const int rank = mpi.rank(), ranks = mpi.size();
  distributed::ErrorAgreement agreement;
  // Rank 0 speaks for the job: it prints the error and its exit code is mpirun's. The others
  // end quietly with 0, since mpirun aborts the job, rank 0 too, as soon as a rank fails.
  auto fail = [&](const InputError& error) -> int {
    if (rank == 0) throw error;
    return 0;
  };
  Plan plan;
  std::optional<InputError> error;
  try {
    plan = plan_build(request, rank, ranks);
  } catch (...) {
    error = as_input_error(std::current_exception());
  }
  if (auto agreed = agreement.agree(error)) return fail(*agreed);

  Progress progress(rank == 0 && progress_wanted(request.progress, request.quiet));
  std::uint64_t share_bytes = 0;
  for (const auto& piece : plan.pieces) share_bytes += piece.whole ? plan.sizes[piece.input] : piece.end - piece.begin;
  progress.set_totals(std::nullopt, share_bytes);
  progress.phase("reading+extracting");
  std::vector<JsonlPart> parts;
  error = read_parts(plan, parts, rank);
  // Rank 0 replays every rank's headers; a store among the outputs also keeps the extractions.
  const bool keep = std::any_of(plan.outputs.begin(), plan.outputs.end(), [](const std::string& out) { return names_store(out); });
  RankShare share;
  if (!error)
    share = extract_share(request, rank, keep, plan.sources, plan.sizes, plan.pieces, parts, default_jobs(request.jobs),
                          progress, [&] { return agreement.lower_rank_failed(); });
  RankFigures figures;
  figures.documents = share.documents, figures.input_bytes = share.input_bytes, figures.extracted_ms = clock.elapsed_ms();
  clock.lap("read+extract");
  if (auto agreed = agreement.agree(error ? error : share.error)) return fail(*agreed);

  // Each rank keeps its documents on disk; rank 0 replays the headers of rank 0's, 1's, ... in
  // turn, after the store's documents (with --into), which it holds decoded.
  Replay replay(request.strict, keep);
  std::exception_ptr failure;
  std::vector<detail::CompactDocument> stored;
  DocumentSpill own = std::move(share.spilled);
  HeaderSpill headers = std::move(share.headers);
  try {
    if (rank == 0 && !request.into.empty()) stored = replay.add_stored(request.into, load_stored_extractions(request.into));
  } catch (...) {
    failure = std::current_exception();
  }
  // The headers go a chunk at a time, an empty message after the last. Every rank's are
  // received even after a failure here, so no rank is left sending.
  if (rank != 0) {
    headers.for_each_chunk([&](const std::string& chunk) { distributed::send_bytes(chunk, 0, distributed::kTagShare); });
    distributed::send_bytes({}, 0, distributed::kTagShare);
    figures.sent_bytes = headers.bytes();
  }
  for (int r = 0; r < ranks && rank == 0; ++r) {
    std::size_t local = r == 0 ? stored.size() : 0;
    auto replay_chunk = [&](const std::string& chunk) {
      try {
        if (!failure) local = replay.add(chunk, r, local, progress);
      } catch (...) {
        failure = std::current_exception();
      }
    };
    if (r == 0) {
      headers.for_each_chunk(replay_chunk);
      continue;
    }
    for (std::string chunk; !(chunk = distributed::receive_bytes(r, distributed::kTagShare)).empty();) replay_chunk(chunk);
  }
  headers = {};
  replay.release_ids();
  try {
    if (rank == 0 && !failure && replay.documents() == 0)
      throw InputError("no input documents: every JSON Lines input was empty or refused");
  } catch (...) {
    failure = std::current_exception();
  }
  const bool failed = distributed::all_gather({failure ? 1u : 0u})[0][0] != 0;  // rank 0's word
  clock.lap("replay");
  ResolveResult resolved;
  std::unique_ptr<SourcedGraph> sourced;  // rank 0: nodes and edges, when no output needs a graph
  if (rank == 0 && outputs_take_sources(plan.outputs)) sourced = std::make_unique<SourcedGraph>();
  if (!failed) {
    if (rank == 0) progress.phase("resolving");
    resolved = resolve_distributed(rank == 0 ? &replay : nullptr, std::move(stored), std::move(own), request.explain,
                                   rank, ranks, figures.sent_bytes, clock, sourced.get());
  }
  figures.measure(clock.elapsed_ms());
  std::vector<RankFigures> all_figures;
  for (const auto& values : distributed::all_gather(figures.values())) all_figures.push_back(RankFigures::from(values));
  if (rank == 0 && !failure) try {
      ::malloc_trim(0);  // what resolution freed goes back before the writers' buffers
      progress.phase("writing");
      const StoredExtractions& extractions = replay.extractions();
      std::vector<OutputJob> writes;
      for (const auto& out : plan.outputs)
        if (sourced) writes.push_back(job_from_sources(out, *sourced));
        else
          for (auto& j : output_jobs_keeping(out, resolved.graph, extractions)) writes.push_back(std::move(j));
      OutputSet files;  // all outputs or none, as in a one-process build
      files.stage_all(writes, default_jobs(request.jobs));
      files.commit();
      clock.lap("write");
      progress.finish();
      if (request.explain)
        for (const auto& m : resolved.merges) std::cout << m.node << "\t<- " << m.form << "\t(" << m.reason << ")\n";
      all_figures[0].measure(clock.elapsed_ms());  // rank 0's own figures include writing
      if (!request.quiet)
        print_distributed_summary(tally(resolved.graph, sourced.get()), replay.documents(), replay.sentences(), clock,
                                  all_figures, request.verbose);
    } catch (...) {
      failure = std::current_exception();
    }
  distributed::ErrorAgreement::share_exit_code(failure ? 2 : 0);  // the others wait for rank 0's outputs
  if (failure && rank == 0) std::rethrow_exception(failure);
  return 0;
}

#endif

}  // namespace kg::cli
