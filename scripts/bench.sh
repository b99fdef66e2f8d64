#!/usr/bin/env bash
# The benchmark: a release build, then for each corpus the time of a whole scan against two floors measured in
# the same run (reading every manifest's bytes; parsing them with Foundation), the ratio, and the peak memory
# of a whole `sovscan scan` process. Corpora: ../shared/bench/corpus/big and a 200-system portfolio made by
# ../shared/bench/make-portfolio.sh (or the folders given as arguments).
set -euo pipefail
cd "$(dirname "$0")/.."
SOVSCAN_SETUP_TOOLS=0 scripts/setup.sh
# One product per call: SwiftPM builds only the last of several --product options.
swift build -c release --product sovscan 2>&1 | tail -1
swift build -c release --product sovscan-bench 2>&1 | tail -1
bin=$(swift build -c release --show-bin-path)
corpora=("$@")
if [ ${#corpora[@]} -eq 0 ]; then
  shared=../shared/bench
  [ -d "$shared/corpus/big" ] || { echo "bench: $shared is missing; give corpus folders as arguments"; exit 2; }
  portfolio=$(mktemp -d)
  trap 'rm -rf "$portfolio"' EXIT
  bash "$shared/make-portfolio.sh" "$portfolio/portfolio" 200 >/dev/null
  corpora=("$shared/corpus/big" "$portfolio/portfolio")
fi
"$bin/sovscan-bench" "${corpora[@]}"
echo
echo "whole process: sovscan scan CORPUS --format cyclonedx:/dev/null"
for corpus in "${corpora[@]}"; do
  /usr/bin/time -f "$(basename "$corpus"): %e s wall, %M KiB peak RSS" "$bin/sovscan" scan "$corpus" --quiet \
    --format cyclonedx:/dev/null || true
done
