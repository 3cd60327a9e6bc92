#!/usr/bin/env bash
# Dateline's time normaliser against Python's dateparser, side by side on the same sentences:
# generated articles plus the embedded Kursk corpus. Sets up dateparser in a virtual environment.
# Usage: Benchmarks/peer_dateparser.sh [ARTICLES]   (default 300 generated articles)
set -euo pipefail
cd "$(dirname "$0")/.."
articles=${1:-300}
venv=${DATELINE_PEER_VENV:-.build/peer-venv}
if [ ! -x "$venv/bin/python" ]; then
  python3 -m venv "$venv"
  "$venv/bin/pip" install --quiet dateparser
fi
swift build -c release >/dev/null 2>&1
bin="$(swift build -c release --show-bin-path 2>/dev/null)/dateline"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$bin" generate --articles "$articles" --seed 5 --out "$work/generated" 2>/dev/null
embedded="$(swift build -c release --show-bin-path 2>/dev/null)/Dateline_DatelineResources.resources/corpus/kursk-2024"
"$venv/bin/python" Benchmarks/peer_dateparser.py "$bin" "$work/generated" "$embedded"
