#!/usr/bin/env bash
# Reproduces every figure in docs/quality.md and docs/performance.md.
# Usage: scripts/figures.sh [quality|performance|all]   (needs `make` first)
set -euo pipefail
cd "$(dirname "$0")/.."
bin=build/release/sitrep
shared=${SHARED:-../shared}
what=${1:-all}

if [[ ! -d $shared/data ]]; then
  echo "figures: $shared/data not found (set SHARED=...)" >&2
  exit 1
fi

if [[ $what == quality || $what == all ]]; then
  echo "## sitrep eval extract $shared/data/extraction/readability-pages"
  $bin eval extract "$shared/data/extraction/readability-pages"
  echo "## sitrep eval attribution $shared/data/attribution/polnear/dev"
  $bin eval attribution "$shared/data/attribution/polnear/dev"
  echo "## sitrep eval attribution $shared/data/attribution/polnear/train"
  $bin eval attribution "$shared/data/attribution/polnear/train"
  echo "## sitrep eval attribution --agreement $shared/data/attribution/polnear/train"
  $bin eval attribution --agreement "$shared/data/attribution/polnear/train"
  echo "## sitrep eval actors $shared/data/attribution/polnear/dev"
  $bin eval actors "$shared/data/attribution/polnear/dev"
  echo "## sitrep eval actors data/eval/actors"
  $bin eval actors data/eval/actors
  echo "## sitrep eval actors data/eval/actors-heldout"
  $bin eval actors data/eval/actors-heldout
  echo "## sitrep eval events $shared/data/events/plover-gsr/dev.json"
  $bin eval events "$shared/data/events/plover-gsr/dev.json" | sed -n '1,7p'
  echo "## sitrep eval events data/eval/events-heldout/gold.json"
  $bin eval events data/eval/events-heldout/gold.json | sed -n '1,7p'
fi

if [[ $what == performance || $what == all ]]; then
  echo "## build/release/sitrep-bench"
  build/release/sitrep-bench
  echo "## build/release/sitrep-kernels"
  build/release/sitrep-kernels --benchmark_min_time=0.5 2>/dev/null
fi
