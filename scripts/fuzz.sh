#!/usr/bin/env bash
# Runs revue's fuzzer with libFuzzer over each kind of file an editor writes,
# each for the given time:
#   pages    whole page files (front matter, Markdown, references, directives)
#   tables   a schema and CSV rows joined by a '---' line, or a YAML table
#   schemas  a schema alone, then a table written for it shown by every directive
#   config   revue.yml, then each language's formats and the pages without content
#   theme    one theme file (first byte: which template, or strings.yml), compiled and rendered
#   check    a page as revue check and revue new see it
# The seed corpus is the example review's own files; crashes are written to
# .build-fuzz/crashes/ with the input that caused them, and each run's
# figures (executions, corpus, peak memory) to .build-fuzz/logs/.
# Usage: scripts/fuzz.sh [seconds-per-kind] [kind ...|all]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-600}
shift || true
kinds=("$@")
if [ ${#kinds[@]} -eq 0 ] || [ "${kinds[0]}" = all ]; then kinds=(pages tables schemas config theme check); fi
build=.build-fuzz
mkdir -p "$build/crashes" "$build/logs"

REVUE_FUZZ=1 swift build -c release --sanitize fuzzer --scratch-path "$build" --product FuzzInputs

seed() { # the example's files as each kind reads them
  local corpus=$build/corpus
  rm -rf "$corpus"
  mkdir -p "$corpus"/{pages,tables,schemas,config,theme,check}
  find content -name '*.md' | while read -r page; do
    name=$(echo "$page" | tr '/' '_')
    cp "$page" "$corpus/pages/$name"
    cp "$page" "$corpus/check/$name"
  done
  for csv in content/data/*.csv; do
    name=$(basename "$csv" .csv)
    { cat "content/data/$name.schema.yml"; printf '\n---\n'; cat "$csv"; } >"$corpus/tables/$name"
    cp "content/data/$name.schema.yml" "$corpus/schemas/$name"
  done
  for yml in content/data/*.yml; do
    case "$yml" in *.schema.yml) ;; *) cp "$yml" "$corpus/tables/$(basename "$yml")" ;; esac
  done
  cp revue.yml "$corpus/config/revue.yml"
  local index=0
  for template in $(ls templates/*.mustache | LC_ALL=C sort); do # the probe picks templates in this order by the first byte
    { printf "\\$(printf '%03o' "$index")"; cat "$template"; } >"$corpus/theme/$(basename "$template")"
    index=$((index + 1))
  done
  { printf "\\$(printf '%03o' "$index")"; cat templates/strings.yml; } >"$corpus/theme/strings.yml"
}
seed

for kind in "${kinds[@]}"; do
  echo "== $kind for $seconds s"
  REVUE_FUZZ_PROJECT="$PWD" REVUE_FUZZ_KIND="$kind" "$build/release/FuzzInputs" "$build/corpus/$kind" \
    -max_total_time="$seconds" -max_len=16384 -timeout=20 -rss_limit_mb=2048 \
    -print_final_stats=1 -artifact_prefix="$build/crashes/$kind-" -close_fd_mask=3 2>&1 | tee "$build/logs/$kind.log" | grep -E "^(#[0-9]+ +DONE|Done|stat::|==[0-9]+==|SUMMARY)" || true
done
