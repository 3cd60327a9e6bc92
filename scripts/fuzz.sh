#!/usr/bin/env bash
# Builds the libFuzzer targets (Fuzz/Package.swift) and runs each for a set time on the saved
# corpus in Tests/Fuzz/corpus/<target>/. New inputs go to a temporary folder, not the saved one;
# crashes are written to .build-fuzz/artifacts/<target>/ and make the script fail.
#
#   scripts/fuzz.sh [seconds per target, default 60] [target ...]
#
# Why these flags: -sanitize=fuzzer,address instruments every Swift module (DatelineCore, Yams…)
# for coverage and memory errors; -enable-testing lets the targets reach internal stages
# (@testable import); debug, not release: it builds in a third of the time and ran as many
# executions a second here; lld because gold fails on
# libFuzzer's objects. See docs/reliability.md.
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=${1:-60}
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(FrontMatterFuzz SentenceSplitterFuzz TimeNormalizerFuzz PipelineFuzz)

flags=(--package-path Fuzz --scratch-path .build-fuzz -Xswiftc -sanitize=fuzzer,address -Xswiftc -enable-testing -Xswiftc -use-ld=lld)
swift build "${flags[@]}" 2>&1 | grep -vE "Cannot export local symbol|prohibited flag" || true
bin=$(swift build "${flags[@]}" --show-bin-path)

# Swift's runtime keeps some allocations for the life of the process; leaks are not what we hunt.
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0}
# A crash report from libFuzzer/ASan, not an interactive backtrace.
export SWIFT_BACKTRACE=${SWIFT_BACKTRACE:-enable=no}
status=0
summary=()
for target in "${targets[@]}"; do
  seeds=Tests/Fuzz/corpus/$target
  work=$(mktemp -d)
  artifacts=.build-fuzz/artifacts/$target
  mkdir -p "$artifacts"
  log=.build-fuzz/$target.log
  echo "== $target: ${seconds}s on $(ls "$seeds" | wc -l) seed files"
  if "$bin/$target" "$work" "$seeds" -max_total_time="$seconds" -max_len=8192 -timeout=20 -rss_limit_mb=2048 \
       -print_final_stats=1 -artifact_prefix="$artifacts/" >"$log" 2>&1; then
    result=ok
  else
    result="FAILED (see $log; reproducer in $artifacts/)"
    status=1
    grep -E "ERROR|==ERROR|Fatal error|SUMMARY" "$log" | head -5 || true
  fi
  runs=$(grep -oE "stat::number_of_executed_units: *[0-9]+" "$log" | grep -oE "[0-9]+$" || echo "?")
  cov=$(grep -oE "cov: [0-9]+" "$log" | tail -1 || true)
  summary+=("$target: $runs executions, $cov, $result")
  rm -rf "$work"
done
printf '%s\n' "${summary[@]}"
exit $status
