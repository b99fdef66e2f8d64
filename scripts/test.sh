#!/usr/bin/env bash
# The README's test command: installs what is missing, builds, runs the unit tests, then the checks that
# need the shared corpora and schemas (skipped with a message where ../shared is absent).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
swift build --build-tests
# Passing test cases are left out of the log; failures, skips and the closing lines stay.
set +e
swift test 2>&1 | awk '!/^(\[[0-9]+\/[0-9]+\] |Test Case .* (started|passed)|◇ Test .* started|✔ Test (case|[^r])|◇ Test case)/'
status=${PIPESTATUS[0]}
set -e
[ "$status" -eq 0 ] || { echo "swift test failed (exit $status)"; exit "$status"; }
scripts/validate-sbom.sh
scripts/validate-sarif.sh
# Differential and conformance checks against real tools and other scanners' fixtures (each skips with a
# reason where the shared corpus, the oracle or the tool is missing).
scripts/maven-oracle.sh 1 8
if [ -f ../shared/corpus/compare.py ]; then
  scripts/conformance-npm.sh
  scripts/maven-conformance.sh
else
  echo "conformance: skipped, ../shared/corpus is not here"
fi
