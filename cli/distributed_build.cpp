#include "cli/distributed_build.h"

#include "distributed/launch.h"
#include "extract/input_error.h"

#if KG_HAVE_MPI
#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <iostream>
#include <map>
#include <thread>

#include "cli/build_inputs.h"
#include "cli/distributed_replay.h"
#include "cli/distributed_resolution.h"
#include "cli/distributed_share.h"
#include "cli/document_store.h"
#include "cli/output_file.h"
#include "cli/output_formats.h"
#include "distributed/error_agreement.h"
#include "distributed/mpi_environment.h"
#include "distributed/rank_exchange.h"
#include "extract/jsonl_reader.h"
#include "graph/graph_builder.h"
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

// This rank's figures, for the summary: gathered on rank 0.
struct RankFigures {
  std::uint64_t documents = 0, input_bytes = 0, sent_bytes = 0, extract_ms = 0, peak_rss_kb = 0, cpu_ms = 0;
  std::vector<std::uint64_t> values() const {
    return {documents, input_bytes, sent_bytes, extract_ms, peak_rss_kb, cpu_ms};
  }
};

rusage usage_now() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return usage;
}
std::uint64_t peak_rss_kb() { return static_cast<std::uint64_t>(usage_now().ru_maxrss); }
std::uint64_t cpu_ms() {
  rusage u = usage_now();
  return static_cast<std::uint64_t>((u.ru_utime.tv_sec + u.ru_stime.tv_sec) * 1000 +
                                    (u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1000);
}

std::uint64_t ms_since(std::chrono::steady_clock::time_point start) {
  return static_cast<std::uint64_t>(
      std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - start).count());
}

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

void print_summary(const KnowledgeGraph& graph, const Replay& replay, std::uint64_t total_ms,
                   const std::vector<std::vector<std::uint64_t>>& ranks) {
  std::map<std::string, std::size_t> entities, relations;
  for (NodeId n = 0; n < graph.node_count(); ++n) ++entities[std::string(to_string(graph.node(n).type))];
  for (EdgeId e = 0; e < graph.edge_count(); ++e) ++relations[std::string(to_string(graph.edge(e).relation))];
  std::cerr << "kgraph: " << replay.documents() << " documents, " << replay.sentences() << " sentences, "
            << graph.node_count() << " entities, " << graph.edge_count() << " relations in " << total_ms << " ms on "
            << ranks.size() << (ranks.size() == 1 ? " rank\n" : " ranks\n");
  std::cerr << "  entities:";
  for (auto& [type, n] : entities) std::cerr << ' ' << type << ' ' << n;
  std::cerr << "\n  relations:";
  for (auto& [rel, n] : relations) std::cerr << ' ' << rel << ' ' << n;
  std::cerr << '\n';
  for (std::size_t r = 0; r < ranks.size(); ++r) {
    const auto& f = ranks[r];
    std::cerr << "  rank " << r << ": " << f[0] << " documents, " << f[1] << " input bytes, extracted at " << f[3]
              << " ms, CPU " << f[5] << " ms, sent " << f[2] << " bytes, peak RSS " << f[4] / 1024 << " MB\n";
  }
}

unsigned default_jobs(unsigned asked) {
  if (asked) return asked;
  unsigned local_ranks = 1;
  if (const char* n = std::getenv("OMPI_COMM_WORLD_LOCAL_SIZE")) local_ranks = static_cast<unsigned>(std::max(1, std::atoi(n)));
  return std::max(1u, std::thread::hardware_concurrency() / local_ranks);
}

}  // namespace

int run_distributed_build(const DistributedBuildRequest& request) {
  const auto start = std::chrono::steady_clock::now();
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
  RankShare share;
  if (!error)
    share = extract_share(request, plan.sources, plan.sizes, plan.pieces, parts, default_jobs(request.jobs), progress,
                          [&] { return agreement.lower_rank_failed(); });
  RankFigures figures{share.documents, share.input_bytes, 0, ms_since(start), 0};
  if (auto agreed = agreement.agree(error ? error : share.error)) return fail(*agreed);

  // Each rank keeps its documents; rank 0 replays the headers of rank 0's, 1's, ... in turn.
  const bool keep = std::any_of(plan.outputs.begin(), plan.outputs.end(), [](const std::string& out) { return names_store(out); });
  Replay replay(request.strict, keep);
  std::exception_ptr failure;
  std::vector<detail::CompactDocument> local;
  std::string headers;
  try {
    if (rank == 0 && !request.into.empty()) local = replay.add_stored(request.into, load_stored_extractions(request.into));
    auto split = split_records(std::move(share.records), keep, rank);
    for (auto& doc : split.docs) local.push_back(std::move(doc));
    headers = std::move(split.headers);
  } catch (...) {
    failure = std::current_exception();
  }
  share.records = {};
  // Every rank's headers are received even after a failure here, so no rank is left sending.
  if (rank != 0) {
    distributed::send_bytes(headers, 0, distributed::kTagShare);
    figures.sent_bytes = headers.size();
  }
  const std::size_t stored = local.size() - (rank == 0 ? share.documents : 0);
  for (int r = 0; r < ranks && rank == 0; ++r) {
    std::string received = r == 0 ? std::move(headers) : distributed::receive_bytes(r, distributed::kTagShare);
    try {
      if (!failure) replay.add(received, r, r == 0 ? stored : 0, progress);
    } catch (...) {
      failure = std::current_exception();
    }
  }
  headers = {};
  try {
    if (rank == 0 && !failure && replay.documents() == 0)
      throw InputError("no input documents: every JSON Lines input was empty or refused");
  } catch (...) {
    failure = std::current_exception();
  }
  const bool failed = distributed::all_gather({failure ? 1u : 0u})[0][0] != 0;  // rank 0's word
  ResolveResult resolved;
  if (!failed) {
    if (rank == 0) progress.phase("resolving");
    resolved = resolve_distributed(rank == 0 ? &replay : nullptr, std::move(local), rank, ranks, figures.sent_bytes);
  }
  figures.peak_rss_kb = peak_rss_kb();
  figures.cpu_ms = cpu_ms();
  auto all_figures = distributed::all_gather(figures.values());
  if (rank == 0 && !failure) try {
      progress.phase("writing");
      const StoredExtractions& extractions = replay.extractions();
      std::vector<OutputJob> writes;
      for (const auto& out : plan.outputs)
        for (auto& j : output_jobs_keeping(out, resolved.graph, extractions)) writes.push_back(std::move(j));
      OutputSet files;  // all outputs or none, as in a one-process build
      files.stage_all(writes, default_jobs(request.jobs));
      files.commit();
      progress.finish();
      if (request.explain)
        for (const auto& m : resolved.merges) std::cout << m.node << "\t<- " << m.form << "\t(" << m.reason << ")\n";
      all_figures[0][4] = peak_rss_kb();  // rank 0's own figures include resolving and writing
      all_figures[0][5] = cpu_ms();
      if (!request.quiet) print_summary(resolved.graph, replay, ms_since(start), all_figures);
    } catch (...) {
      failure = std::current_exception();
    }
  distributed::ErrorAgreement::share_exit_code(failure ? 2 : 0);  // the others wait for rank 0's outputs
  if (failure && rank == 0) std::rethrow_exception(failure);
  return 0;
}

#endif

}  // namespace kg::cli
