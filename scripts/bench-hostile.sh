#!/usr/bin/env bash
# Time and peak memory of the two big hostile inputs of issue 20: a flat supplier SBOM (scan --sbom, CSV out)
# and a chain of Maven modules that are each other's parents and dependencies (scan, JSON out).
# Usage: scripts/bench-hostile.sh [sbom:N | chain:N ...]   (default: sbom:1000000 chain:500 chain:1000 chain:2000)
# SOVSCAN=path picks the binary (default: a release build, made here). Inputs are written to a temporary folder
# and removed afterwards.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -z "${SOVSCAN:-}" ]; then
  swift build -c release --product sovscan 2>&1 | tail -1
  SOVSCAN="$(swift build -c release --show-bin-path)/sovscan"
fi
cases=("$@")
[ ${#cases[@]} -gt 0 ] || cases=(sbom:1000000 chain:500 chain:1000 chain:2000)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for case in "${cases[@]}"; do
  kind=${case%%:*}
  count=${case#*:}
  folder="$work/$kind-$count"
  python3 scripts/gen-hostile-bench.py "$kind" "$count" "$folder"
  if [ "$kind" = sbom ]; then
    size=$(du -m "$folder/bom.json" | cut -f1)
    (cd "$folder" && /usr/bin/time -o "$work/time" -f "sbom $count components ($size MB): %e s wall, %M KiB peak RSS, exit %x" \
      "$SOVSCAN" scan --sbom bom.json --quiet --format csv:out.csv 2>/dev/null) || true
  else
    (cd "$folder" && /usr/bin/time -o "$work/time" -f "chain of $count modules: %e s wall, %M KiB peak RSS, exit %x" \
      "$SOVSCAN" scan . --quiet --format json:out.json --maven-repo m2 2>/dev/null) || true
  fi
  cat "$work/time"
  rm -rf "$folder"
done
