#!/usr/bin/env bash
# npm benchmark: the insomnia lockfile of ../shared/bench (when present), a generated 20,000-package lockfile v3
# and a generated 1,500-entry yarn.lock (scripts/gen-npm-bench.py), each scanned by sovscan-bench (whole scan
# against reading the bytes and Foundation's bare parse, minimum of SOVSCAN_BENCH_RUNS runs), then the peak
# memory of a whole `sovscan scan` process per project. Usage: scripts/bench-npm.sh (release build first).
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -c release --product sovscan --product sovscan-bench 2>&1 | tail -1
bin=$(swift build -c release --show-bin-path)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 scripts/gen-npm-bench.py "$work"
projects=("$work/lock-v3-20k" "$work/yarn-1500")
insomnia=${SOVSCAN_SHARED:-../shared}/bench/corpus/big/insomnia
if [ -d "$insomnia" ]; then
  mkdir "$work/insomnia" && cp -r "$insomnia"/. "$work/insomnia/" && projects=("$work/insomnia" "${projects[@]}")
fi
"$bin/sovscan-bench" "${projects[@]}"
echo
for project in "${projects[@]}"; do
  bytes=$(find "$project" -name package-lock.json -o -name yarn.lock | xargs cat | wc -c)
  /usr/bin/time -f "$(basename "$project"): lockfile $((bytes / 1024)) KiB, %e s wall, %M KiB peak RSS" \
    "$bin/sovscan" scan "$project" --quiet --format cyclonedx:/dev/null || true
done
