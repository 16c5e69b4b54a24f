#!/usr/bin/env bash
# Builds the whole test suite with clang 14, AddressSanitizer and UBSan (the `asan` preset
# in CMakePresets.json, which also builds the fuzzers) and runs it. Any sanitizer report fails the test that
# triggered it.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
jobs="${KG_JOBS:-$(nproc)}"
cmake --preset asan >/dev/null
cmake --build --preset asan -j "$jobs"
ctest --preset asan -j "$jobs"
