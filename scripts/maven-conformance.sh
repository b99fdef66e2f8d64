#!/usr/bin/env bash
# Scores sovscan's Maven cataloger on the Maven cases of the peer corpus (../shared/corpus/) with its compare.py.
# Skips (exit 0) with a reason when the corpus is missing.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
corpus="${SOVSCAN_CORPUS:-$here/../shared/corpus}"
[ -d "$corpus" ] || corpus="/work/shared/corpus"
if [ ! -f "$corpus/compare.py" ]; then echo "skipped: the peer corpus (compare.py) is not available"; exit 0; fi
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
cd "$here"
SOVSCAN_CORPUS="$corpus" SOVSCAN_MAVEN_CONFORMANCE_OUT="$out" \
    swift test --filter MavenConformanceTests 2>&1 | grep -E '^CONFORMANCE-|error' || true
status=0
for sbom in "$out"/*.json; do
    name="$(basename "$sbom" .json)"
    python3 "$corpus/compare.py" "$corpus/$name" "$sbom" || status=1
done
exit $status
