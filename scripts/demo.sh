#!/usr/bin/env bash
# The README's first command: install what is missing, build kgraph, and run it on samples/.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release -DKG_BUILD_TESTS=OFF >/dev/null
cmake --build build --target kgraph
mkdir -p out
build/cli/kgraph build samples -o out/samples.graphml -o out/samples.dot -o out/samples.json
echo
echo "Wrote out/samples.graphml (Gephi), out/samples.dot (Graphviz), out/samples.json (kgraph)."
# Sikorski met Landsbergis, who co-chaired the Baltic Council of Ministers meeting with Kariņš
# (samples/03): a path of more than one hop.
echo "Path query: kgraph path out/samples.json \"Radosław Sikorski\" \"Krišjānis Kariņš\""
# Exit 1 ("no path") is an answer, not a failure of the demo.
build/cli/kgraph path out/samples.json "Radosław Sikorski" "Krišjānis Kariņš" || [ $? -eq 1 ]
