#!/usr/bin/env bash
# Installs revue with `make install` into a temporary prefix, then builds the
# example with that binary alone: no Swift toolchain on PATH, no
# LD_LIBRARY_PATH, an empty environment. Fails when the binary needs a Swift
# library at run time, or anything but the system's C libraries and libcmark.
set -euo pipefail
cd "$(dirname "$0")/.."
prefix=$(mktemp -d /tmp/revue-install.XXXXXX)
work=$(mktemp -d /tmp/revue-install-site.XXXXXX)
trap 'rm -rf "$prefix" "$work"' EXIT

make --no-print-directory install PREFIX="$prefix" >/dev/null
binary="$prefix/bin/revue"
echo "Installed $binary ($(du -h "$binary" | cut -f1))"

if needed=$(ldd "$binary" | grep -E 'libswift|libFoundation|libdispatch|libBlocksRuntime|/opt/swift'); then
  echo "the installed revue needs Swift libraries at run time:" >&2
  echo "$needed" >&2
  exit 1
fi
echo "Needs at run time: $(ldd "$binary" | awk '{ print $1 }' | grep -v '^/' | sort | tr '\n' ' ')"

cp -r revue.yml content templates "$work/"
env -i HOME="$work" PATH=/usr/bin:/bin "$binary" build --project "$work" --strict
test -s "$work/site/fr/chapitres/budget/index.html"
test -s "$work/site/ar/chapitres/budget/index.html"
env -i PATH=/usr/bin:/bin "$binary" --version
