#!/usr/bin/env bash
# Whole-process benchmark of `kgraph build` against compromise's NER-like pass, in one run.
#
#   bash bench/build/run.sh [KGRAPH] [CORPUS] [RUNS]
#
# KGRAPH  the binary (default build-speed/cli/kgraph, a Release build)
# CORPUS  a folder with press/ and all/ (default ../shared/corpus/brown)
# RUNS    runs per kgraph row (default 5; compromise runs COMPROMISE_RUNS times, default 3)
#
# Every row is the median of its runs as measured by `/usr/bin/time -v` (wall clock, user +
# system CPU, peak RSS). Words are counted once per input as `wc -w` does, and the same count
# divides both tools' times. The --jobs rows also check that every output file is
# byte-identical to the --jobs 1 output. Prints a Markdown table on stdout.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
kgraph="${1:-$root/build-speed/cli/kgraph}"
corpus="${2:-$root/../shared/corpus/brown}"
runs="${3:-5}"
compromise_runs="${COMPROMISE_RUNS:-3}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

if [[ ! -x /usr/bin/time ]]; then
  apt-get install -y time >/dev/null || sudo apt-get install -y time >/dev/null
fi
if [[ ! -d "$here/node_modules/compromise" ]]; then
  (cd "$here" && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
fi
[[ -x "$kgraph" ]] || { echo "run.sh: no kgraph binary at $kgraph" >&2; exit 2; }

# words and bytes of every *.txt below $1
count() { find "$1" -name '*.txt' -print0 | sort -z | xargs -0 cat | wc -"$2"; }

# measure OUT_PREFIX CMD...: runs CMD under /usr/bin/time -v, appends "wall cpu rss_kb" to OUT_PREFIX.times
measure() {
  local prefix="$1"
  shift
  /usr/bin/time -v -o "$prefix.time" "$@" >"$prefix.stdout" 2>"$prefix.stderr"
  awk -F': ' '
    /Elapsed \(wall clock\)/ { n = split($2, p, ":"); wall = 0; for (i = 1; i <= n; ++i) wall = wall * 60 + p[i] }
    /User time/ { cpu += $2 } /System time/ { cpu += $2 }
    /Maximum resident set size/ { rss = $2 }
    END { printf "%.3f %.3f %d\n", wall, cpu, rss }' "$prefix.time" >>"$prefix.times"
}

# median COLUMN FILE
median() { sort -g -k"$1","$1" "$2" | awk -v c="$1" '{ v[NR] = $c } END { print v[int((NR + 1) / 2)] }'; }

# kgraph_row NAME INPUT JOBS: RUNS runs of kgraph build writing every checked format
kgraph_row() {
  local name="$1" input="$2" jobs="$3" out="$work/$1"
  mkdir -p "$out"
  for ((r = 0; r < runs; ++r)); do
    measure "$out/run" "$kgraph" build "$input" -o "$out/g.json" -o "$out/g.graphml" -o "$out/g.gexf" \
      -o "$out/g.dot" --jobs "$jobs" --quiet
  done
  echo "$(median 1 "$out/run.times") $(median 2 "$out/run.times") $(median 3 "$out/run.times")"
}

compromise_row() {
  local out="$work/compromise-$1"
  mkdir -p "$out"
  for ((r = 0; r < compromise_runs; ++r)); do measure "$out/run" node "$here/compromise_ner.mjs" "$2"; done
  echo "$(median 1 "$out/run.times") $(median 2 "$out/run.times") $(median 3 "$out/run.times")"
}

same_outputs() {
  for f in g.json g.graphml g.gexf g.dot; do cmp -s "$work/$1/$f" "$work/$2/$f" || { echo "DIFFERENT ($f)"; return; }; done
  echo "identical"
}

press="$corpus/press"
all="$corpus/all"
press_words=$(count "$press" w) press_bytes=$(count "$press" c)
all_words=$(count "$all" w) all_bytes=$(count "$all" c)
cores=$(nproc)

read -r cw cc cr <<<"$(compromise_row press "$press")"
read -r p1w p1c p1r <<<"$(kgraph_row press-j1 "$press" 1)"
read -r a1w a1c a1r <<<"$(kgraph_row all-j1 "$all" 1)"
read -r a2w a2c a2r <<<"$(kgraph_row all-j2 "$all" 2)"
read -r anw anc anr <<<"$(kgraph_row all-jn "$all" "$cores")"

row() {  # NAME WORDS BYTES WALL CPU RSS_KB NOTE
  awk -v n="$1" -v w="$2" -v b="$3" -v t="$4" -v c="$5" -v r="$6" -v note="$7" 'BEGIN {
    printf "| %s | %.3f s | %.3f s | %.0f | %.2f | %.1f MB | %s |\n", n, t, c, w / t, b / t / 1e6, r / 1024, note }'
}
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.0f", a / b }'; }

echo "Machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg) at the end; $runs kgraph runs, $compromise_runs compromise runs per row (medians)."
echo
echo "| run | wall | CPU (user+sys) | words/s | MB/s | peak RSS | note |"
echo "|---|---|---|---|---|---|---|"
row "compromise, press/ (people/places/organizations)" "$press_words" "$press_bytes" "$cw" "$cc" "$cr" "node $(node --version)"
row "kgraph build, press/, --jobs 1" "$press_words" "$press_bytes" "$p1w" "$p1c" "$p1r" \
  "$(ratio "$cw" "$p1w")× compromise by wall, $(ratio "$cc" "$p1c")× by CPU"
row "kgraph build, all/, --jobs 1" "$all_words" "$all_bytes" "$a1w" "$a1c" "$a1r" ""
row "kgraph build, all/, --jobs 2" "$all_words" "$all_bytes" "$a2w" "$a2c" "$a2r" \
  "$(awk -v a="$a1w" -v b="$a2w" 'BEGIN { printf "%.2f", a / b }')× --jobs 1; outputs $(same_outputs all-j1 all-j2)"
row "kgraph build, all/, --jobs $cores (all cores)" "$all_words" "$all_bytes" "$anw" "$anc" "$anr" \
  "outputs $(same_outputs all-j1 all-jn)"
echo
echo "press/: $press_words words, $press_bytes bytes; all/: $all_words words, $all_bytes bytes." \
  "RSS limit for all/ (3 × size + 50 MB): $(awk -v b="$all_bytes" 'BEGIN { printf "%.1f", (3 * b + 50e6) / 1048576 }') MB."
