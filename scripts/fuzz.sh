#!/usr/bin/env bash
# Runs revue's two fuzzers with libFuzzer, each for the given time: FuzzPages
# (whole page files: front matter, Markdown, references, directives) and
# FuzzTables (a schema and CSV rows, or a YAML table). The seed corpus is the
# example review's own pages and tables; crashes are written to
# .build-fuzz/crashes/ with the input that caused them.
# Usage: scripts/fuzz.sh [seconds-per-fuzzer] [pages|tables|all]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-600}
which=${2:-all}
build=.build-fuzz
mkdir -p "$build/crashes"

for target in FuzzPages FuzzTables; do
  REVUE_FUZZ=1 swift build -c release --sanitize fuzzer --scratch-path "$build" --product "$target"
done

seed() { # seed corpus: pages as they are; CSV tables joined to their schema by a '---' line
  rm -rf "$build/corpus"
  mkdir -p "$build/corpus/pages" "$build/corpus/tables"
  find content -name '*.md' | while read -r page; do cp "$page" "$build/corpus/pages/$(echo "$page" | tr '/' '_')"; done
  for csv in content/data/*.csv; do
    name=$(basename "$csv" .csv)
    { cat "content/data/$name.schema.yml"; printf '\n---\n'; cat "$csv"; } >"$build/corpus/tables/$name"
  done
  for yml in content/data/*.yml; do
    case "$yml" in *.schema.yml) ;; *) cp "$yml" "$build/corpus/tables/$(basename "$yml")" ;; esac
  done
}
seed

run() { # fuzzer corpus
  echo "== $1 for $seconds s"
  REVUE_FUZZ_PROJECT="$PWD" "$build/release/$1" "$build/corpus/$2" -max_total_time="$seconds" -max_len=16384 \
    -print_final_stats=1 -artifact_prefix="$build/crashes/$2-" -close_fd_mask=3
}
case "$which" in
  pages) run FuzzPages pages ;;
  tables) run FuzzTables tables ;;
  all) run FuzzPages pages; run FuzzTables tables ;;
esac
