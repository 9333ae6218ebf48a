#!/usr/bin/env bash
# Measures `revue build` on a generated project of N pages per language (default
# 10 000, in French and Arabic), with the default theme: wall time and peak memory.
# Usage: scripts/bench.sh [pages-per-language] [runs]
set -euo pipefail
cd "$(dirname "$0")/.."
pages=${1:-10000}
runs=${2:-3}
revue=${REVUE:-.build/release/revue}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

[ -x "$revue" ] || { echo "build revue first: make build" >&2; exit 1; }
command -v /usr/bin/time >/dev/null || { echo "/usr/bin/time is needed (apt-get install time)" >&2; exit 1; }

python3 scripts/generate-project.py "$work/project" "$pages"
echo "project: $pages pages per language, $(du -sh "$work/project/content" | cut -f1) of Markdown"

for run in $(seq 1 "$runs"); do
  /usr/bin/time -f "%e %M" -o "$work/time" "$revue" build --project "$work/project" --output "$work/site" >"$work/out" 2>&1 \
    || { cat "$work/out"; exit 1; }
  read -r seconds kilobytes <"$work/time"
  echo "run $run: ${seconds} s wall, $((kilobytes / 1024)) MB peak memory — $(tail -1 "$work/out")"
done
echo "site: $(find "$work/site" -type f | wc -l) files, $(du -sh "$work/site" | cut -f1)"
