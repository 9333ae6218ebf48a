#!/usr/bin/env bash
# Times revue against Hugo on the same corpus (scripts/generate-corpus.py), side
# by side, runs alternating, and prints medians, peak memory and ratios for:
#   cold       no site/ (nor revue's private copy and build cache, nor Hugo's public/) before the build
#   unchanged  the same build again, the site and revue's cache already there
#   one edit   one page changed, then the build
# at each size, on tmpfs (/dev/shm) and on disk ($BENCH_DISK, default /var/tmp);
# then, unless BENCH_SERVE=0, scripts/bench-serve.py on the 10 000-page project (BENCH_SERVE_SIZE).
# Usage: scripts/bench.sh [runs]   BENCH_SIZES="1000 10000 50000" pages per language (the default)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}
sizes=${BENCH_SIZES:-1000 10000 50000}
disk=${BENCH_DISK:-/var/tmp}
revue=${REVUE:-$PWD/.build/release/revue}
sudo=$([ "$(id -u)" = 0 ] || echo sudo)

[ -x "$revue" ] || { echo "build revue first: make build" >&2; exit 1; }
for tool in hugo /usr/bin/time; do
  if ! command -v "$tool" >/dev/null; then
    echo "Installing $(basename "$tool") with apt-get"
    $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "$(basename "$tool")" >/dev/null
  fi
done

median() { sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
timed() { # file-to-append command...: wall seconds and peak kB
  local out=$1; shift
  sync # what the last command (or the clearing before it) left to write is not this one's cost
  /usr/bin/time -f "%e %M" -o "$out.one" "$@" >/dev/null 2>"$out.err" || { cat "$out.err" >&2; exit 1; }
  cat "$out.one" >>"$out"
}
# On disk, clearing moves the outputs aside, into the corpus's trash, deleted once no build is
# timed after it on that file system: ext4 without a journal, making inodes within a minute of
# deleting others, checks every deleted one it passes (recently_deleted: perf put 70 % of a
# cold build there), which made cold builds on disk as slow as the last clearing was recent.
cleared=0
clear_aside() { # folder names...
  local folder=$1; shift
  for name in "$@"; do
    [ -e "$folder/$name" ] || continue
    if [ "$fs" = tmpfs ]; then rm -rf "${folder:?}/$name"; else cleared=$((cleared + 1)); mv "$folder/$name" "$work/trash/$cleared"; fi
  done
}
clear_revue() { clear_aside "$1" site .site.staging .site.lock .revue-cache; }
clear_hugo() { clear_aside "$1" public resources; }
on_disk=() work=
trap 'rm -rf "${on_disk[@]}" "$work"' EXIT
edit_page() { printf '\nUne phrase de plus (%s).\n' "$RANDOM" >>"$1/content/fr/activites/a00001.md"; }

printf '%-8s %-6s %-10s %9s %9s %7s %8s %8s %7s %11s\n' pages fs case "revue s" "hugo s" ratio "revue MB" "hugo MB" ratio "revue µs/page"
for fs in tmpfs disk; do
  base=$([ "$fs" = tmpfs ] && echo /dev/shm || echo "$disk")
  [ -d "$base" ] || continue
  for size in $sizes; do
    work=$(mktemp -d "$base/revue-bench.XXXXXX")
    mkdir "$work/trash"
    python3 scripts/generate-corpus.py "$size" "$work/revue" "$work/hugo"
    for case in cold unchanged "one edit"; do
      : >"$work/r"; : >"$work/h"
      if [ "$case" != cold ]; then # warm both up: revue's private copy is made by the first build with something to do
        "$revue" build --no-search --project "$work/revue" >/dev/null; edit_page "$work/revue"; "$revue" build --no-search --project "$work/revue" >/dev/null
        hugo --quiet --source "$work/hugo" >/dev/null
      fi
      for _ in $(seq "$runs"); do
        case $case in
          cold) clear_revue "$work/revue"; clear_hugo "$work/hugo" ;;
          "one edit") edit_page "$work/revue"; edit_page "$work/hugo" ;;
        esac
        timed "$work/r" "$revue" build --no-search --project "$work/revue"
        timed "$work/h" hugo --quiet --source "$work/hugo"
      done
      rs=$(cut -d' ' -f1 "$work/r" | median); hs=$(cut -d' ' -f1 "$work/h" | median)
      rm_=$(cut -d' ' -f2 "$work/r" | median); hm=$(cut -d' ' -f2 "$work/h" | median)
      awk -v p="$size" -v f="$fs" -v c="$case" -v rs="$rs" -v hs="$hs" -v rm="$rm_" -v hm="$hm" 'BEGIN {
        printf "%-8s %-6s %-10s %9.2f %9.2f %7.2f %8.0f %8.0f %7.2f %11.0f\n", p, f, c, rs, hs, rs / hs, rm / 1024, hm / 1024, rm / hm, rs / (2 * p) * 1e6 }'
    done
    if [ "${BENCH_SERVE:-1}" = 1 ] && [ "$fs" = tmpfs ] && [ "$size" = "${BENCH_SERVE_SIZE:-10000}" ]; then
      echo "revue serve on $size pages per language:"
      REVUE="$revue" python3 scripts/bench-serve.py "$work/revue" content/fr/activites/a00002.md 10 | sed 's/^/  /'
    fi
    if [ "$fs" = tmpfs ]; then rm -rf "$work"; else on_disk+=("$work"); fi
  done
done
