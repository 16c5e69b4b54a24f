#!/usr/bin/env bash
# The distributed build figures of bench/README.md: one process, then mpirun -n 1, 2 and 4 on a
# kg_news_synth corpus; every output compared with the one-process build.
#   bench/distributed/run.sh KGRAPH CORPUS [OUT_DIR]
# RANKS="4" runs mpirun at those rank counts only (default "1 2 4"); ONE=0 skips the
# one-process build and compares with OUT_DIR's one.json and one.graphml from an earlier run.
# (CORPUS from `kg_news_synth CORPUS 20 1` or `... 100 1`, a build with -DKG_BUILD_BENCH=ON or
# tests/distributed's copy.) The per-rank lines are the summary's under --verbose.
set -uo pipefail
K=${1:?kgraph binary}
C=${2:?corpus directory}
O=${3:-/tmp/kg-bench-out}
RANKS=${RANKS:-1 2 4}
ONE=${ONE:-1}
if [ "$ONE" = 1 ]; then rm -rf "$O"; fi
mkdir -p "$O"
uptime
[ "$ONE" = 1 ] && /usr/bin/time -f "one-process --jobs 2: wall %e s, user %U s, sys %S s, peak RSS %M KB" $K build $C -o $O/one.json -o $O/one.graphml --jobs 2 2>&1 | tail -4
for n in $RANKS; do
  j=2; [ $n -gt 1 ] && j=1
  uptime
  /usr/bin/time -f "mpirun -n $n --jobs $j: wall %e s, user %U s, sys %S s" mpirun --oversubscribe --allow-run-as-root -n $n $K build $C -o $O/n$n.json -o $O/n$n.graphml --jobs $j --verbose 2>&1 | grep -v "entities:\|relations:"
  cmp $O/one.json $O/n$n.json && cmp $O/one.graphml $O/n$n.graphml && echo "n=$n identical"
done
uptime
