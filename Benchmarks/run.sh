#!/usr/bin/env bash
# Reproduces docs/performance.md: pipeline throughput (one core), index build, one-article
# incremental update, the browser (first frame, keystroke-to-frame) and peak memory at each size,
# then the dateparser peer comparison.
# bench-index runs every build and update as its own `dateline index` process (wall time and
# that process's peak RSS), as a user experiences them.
# Usage: Benchmarks/run.sh [SIZES...]      (default: 1000 10000; 100000 takes about 15 minutes)
# Generated corpora are kept in $DATELINE_BENCH_DIR (default /tmp/dateline-bench).
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(1000 10000)
work=${DATELINE_BENCH_DIR:-/tmp/dateline-bench}
mkdir -p "$work"
swift build -c release >/dev/null 2>&1
bin="$(swift build -c release --show-bin-path 2>/dev/null)/dateline"

echo "# $(date -u +%Y-%m-%d) $(uname -srm)"
echo "# nproc $(nproc); $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs); RAM $(free -g | awk '/Mem:/{print $2}') GiB"
for n in "${sizes[@]}"; do
  echo
  echo "## $n articles"
  # Three runs of the pipeline: medians and ranges (the VM drifts between runs).
  "$bin" bench-pipeline --articles "$n" --seed 1 --work "$work" --repeat 3
  # Both use the index beside the generated corpus: bench-browser reads the one bench-index built.
  "$bin" bench-index --articles "$n" --seed 1 --work "$work"
  "$bin" bench-browser --articles "$n" --seed 1 --work "$work"
done
echo
echo "## time normaliser vs dateparser"
Benchmarks/peer_dateparser.sh
