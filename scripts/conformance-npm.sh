#!/usr/bin/env bash
# Conformance of the npm cataloger: scans every npm/yarn/pnpm case of the shared corpus
# (../shared/corpus, other scanners' fixtures with expected.json) with `sovscan scan --format cyclonedx`
# and scores the SBOMs with the corpus's compare.py (names, versions), then scopes and the direct flag with
# scripts/conformance-npm-scopes.py. Usage: scripts/conformance-npm.sh [--strict] [--no-dev]
# Needs a built sovscan (swift build); exits with compare.py's status.
set -euo pipefail
cd "$(dirname "$0")/.."
corpus=${SOVSCAN_CORPUS:-../shared/corpus}
[ -f "$corpus/compare.py" ] || { echo "conformance-npm: $corpus/compare.py is missing (no shared corpus here)"; exit 2; }
bin=${SOVSCAN_BIN:-$(swift build --show-bin-path)/sovscan}
[ -x "$bin" ] || { echo "conformance-npm: $bin is missing; run swift build"; exit 2; }
out=$(mktemp -d)
cases=$(mktemp -d)
trap 'rm -rf "$out" "$cases"' EXIT
for case in "$corpus"/*/; do
  name=$(basename "$case")
  ecosystem=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1])).get("ecosystem",""))' "$case/expected.json")
  [ "$ecosystem" = npm ] || continue
  ln -s "$(cd "$case" && pwd)" "$cases/$name"
  SOURCE_DATE_EPOCH=0 "$bin" scan "$case" --quiet --format "cyclonedx:$out/$name.json" 2>"$out/$name.log" || true
done
status=0
python3 "$corpus/compare.py" --all "$cases" "$out" "$@" || status=$?
echo
python3 scripts/conformance-npm-scopes.py "$cases" "$out" || status=$?
exit $status
