#!/usr/bin/env bash
# Fails when the sources hold a construct that traps instead of reporting:
# try!, as!, fatalError(, precondition( and Dictionary(uniqueKeysWithValues:,
# anywhere in Sources/ but the fuzzer. A line that truly cannot be reached
# from an editor's input may keep one with a comment on it or on the line
# above: `// cannot trap: <why>`.
set -euo pipefail
cd "$(dirname "$0")/.."
pattern='try!|as!|fatalError\(|precondition\(|Dictionary\(uniqueKeysWithValues:'
found=$(find Sources -name '*.swift' -not -path 'Sources/FuzzInputs/*' -print0 | sort -z | xargs -0 awk -v pattern="$pattern" '
  FNR == 1 { previous = "" }
  {
    code = $0
    sub(/\/\/.*/, "", code)                       # what follows // is a comment
    if (code ~ pattern && $0 !~ /\/\/ cannot trap: / && previous !~ /\/\/ cannot trap: /) {
      printf "%s:%d: %s\n", FILENAME, FNR, $0
    }
    previous = $0
  }')
if [ -n "$found" ]; then
  echo "These lines can trap on an editor's input; report a finding instead (or say why they cannot, with '// cannot trap: …'):" >&2
  echo "$found" >&2
  exit 1
fi
echo "check-sources: no trapping construct in Sources/"
