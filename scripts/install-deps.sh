#!/usr/bin/env bash
# Installs the Debian 12 packages kgraph needs to build and test, when they are missing.
set -euo pipefail
packages=(
  build-essential cmake ninja-build pkg-config
  libboost-graph-dev rapidjson-dev libicu-dev libcli11-dev catch2
  graphviz libxml2-utils python3 python3-networkx python3-igraph
  clang-14 libclang-rt-14-dev libfuzzer-14-dev
  liblinear-dev libsqlite3-dev sqlite3 zlib1g-dev  # learned tagger, graph store, compressed input
  libbenchmark-dev time  # bench/stages (Google Benchmark) and bench/build/run.sh (/usr/bin/time -v)
  openmpi-bin libopenmpi-dev  # mpirun -n N kgraph build (distributed/, tests/distributed)
)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
# Node.js runs graphology's GraphML and GEXF readers in the export tests. A Node.js that
# brings its own npm (nodesource, nvm) is used as it is: Debian's npm would conflict with it.
command -v npm >/dev/null || missing+=(nodejs npm)
if ((${#missing[@]})); then
  echo "kgraph: installing ${missing[*]}" >&2
  sudo=""
  if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -qq
  $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
fi
# graphology and its readers, pinned by tests/export/js/package-lock.json, into a git-ignored
# node_modules there.
js_dir="$(dirname "$0")/../tests/export/js"
if [ ! -d "$js_dir/node_modules" ]; then
  echo "kgraph: installing graphology (npm ci in tests/export/js)" >&2
  (cd "$js_dir" && npm ci --no-audit --no-fund --loglevel=error)
fi
