#!/usr/bin/env bash
# Runs each libFuzzer harness of tests/fuzz for SECONDS (default 60) on its seed corpus.
# Usage: scripts/fuzz.sh [SECONDS] [FUZZER...]   (fuzzers: text_pipeline graph_json)
# New inputs go to build-asan/fuzz/corpus/NAME; a crash, leak, timeout (10 s per input)
# or sanitizer report is saved under build-asan/fuzz/artifacts/NAME and fails the script.
# To keep a finding as a regression test, copy it into tests/fuzz/corpus/NAME.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-60}"
shift || true
fuzzers=("$@")
if ((${#fuzzers[@]} == 0)); then fuzzers=(text_pipeline graph_json); fi
bash scripts/install-deps.sh
cmake --preset asan >/dev/null
targets=()
for f in "${fuzzers[@]}"; do targets+=("${f}_fuzzer"); done
cmake --build --preset asan -j "${KG_JOBS:-$(nproc)}" --target "${targets[@]}"
status=0
for f in "${fuzzers[@]}"; do
  corpus="build-asan/fuzz/corpus/$f"
  artifacts="build-asan/fuzz/artifacts/$f"
  mkdir -p "$corpus" "$artifacts"
  echo "kgraph: fuzzing $f for ${seconds}s" >&2
  if ! "build-asan/tests/fuzz/${f}_fuzzer" "$corpus" "tests/fuzz/corpus/$f" \
      -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=16384 \
      -artifact_prefix="$artifacts/" -print_final_stats=1 2>"build-asan/fuzz/$f.log"; then
    tail -n 60 "build-asan/fuzz/$f.log" >&2
    echo "kgraph: fuzzer $f found a problem; reproducer in $artifacts" >&2
    status=1
  else
    grep -E "^stat::number_of_executed_units|^stat::new_units_added" "build-asan/fuzz/$f.log" >&2 || true
  fi
done
exit "$status"
