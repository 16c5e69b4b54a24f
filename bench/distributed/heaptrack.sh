#!/usr/bin/env bash
# The heaptrack figures of bench/README.md's distributed section: mpirun -n RANKS kgraph build
# with heaptrack on the ranks listed in TRACK (default "0 1"), the others plain.
#   bench/distributed/heaptrack.sh KGRAPH CORPUS OUT_PREFIX
# writes OUT_PREFIX.json, OUT_PREFIX.graphml and OUT_PREFIX-rR.zst per traced rank; then
# `heaptrack_print OUT_PREFIX-r1.zst | grep '^peak heap'` (RANKS defaults to 4).
set -uo pipefail
K=${1:?kgraph binary}
C=${2:?corpus directory}
O=${3:?output prefix}
RANKS=${RANKS:-4}
TRACK=${TRACK:-0 1}
export K C O TRACK
mpirun --oversubscribe --allow-run-as-root -n "$RANKS" bash -c '
  r=$OMPI_COMM_WORLD_RANK
  args=(build "$C" -o "$O.json" -o "$O.graphml" --jobs 1 --verbose)
  for t in $TRACK; do [ "$t" = "$r" ] && exec heaptrack -o "$O-r$r" "$K" "${args[@]}"; done
  exec "$K" "${args[@]}"'
