#!/usr/bin/env bash
# Installs the Debian 12 packages kgraph needs to build and test, when they are missing.
set -euo pipefail
packages=(
  build-essential cmake ninja-build pkg-config
  libboost-graph-dev rapidjson-dev libicu-dev libcli11-dev catch2
  graphviz libxml2-utils python3 python3-networkx
)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  echo "kgraph: installing ${missing[*]}" >&2
  sudo=""
  if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -qq
  $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
fi
