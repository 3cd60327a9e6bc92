#!/usr/bin/env bash
# Instructions executed by the pipeline's per-article stages (segmentation, first place pass,
# extraction) on the generated 1k corpus, counted by callgrind: unlike wall time on a shared VM,
# the count is stable between runs, so two builds compare by it (docs/performance.md).
# Usage: Benchmarks/instructions.sh [ARTICLES]      (default 1000; needs valgrind; about a minute)
# Generated corpora are kept in $DATELINE_BENCH_DIR (default /tmp/dateline-bench).
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-1000}
work=${DATELINE_BENCH_DIR:-/tmp/dateline-bench}
mkdir -p "$work"
swift build -c release >/dev/null 2>&1
bin="$(swift build -c release --show-bin-path 2>/dev/null)/dateline"
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
# valgrind cannot read the toolchain's debug info: count on a copy without it (symbols stay).
cp "$bin" "$out/dateline" && strip --strip-debug "$out/dateline"
valgrind --tool=callgrind --callgrind-out-file="$out/cg" \
  '--toggle-collect=$s12DatelineCore16MentionExtractorV7extract*' \
  '--toggle-collect=$s12DatelineCore8PipelineV7segment*' \
  '--toggle-collect=$s12DatelineCore8PipelineV15firstPassPlaces*' \
  "$out/dateline" bench-pipeline --articles "$n" --seed 1 --work "$work" 2>&1 | grep -E 'Collected|per-article'
# The stages, inclusive.
callgrind_annotate --inclusive=yes "$out/cg" 2>/dev/null | sed -n '/PROGRAM TOTALS/,$p' | sed -n 3,40p \
  | cut -c1-200 | swift demangle --simplified --compact | cut -c1-150
