#!/usr/bin/env bash
# Builds sovscan and scans the bundled sample system: the README's "run" command.
set -euo pipefail
cd "$(dirname "$0")/.."
SOVSCAN_SETUP_TOOLS=0 scripts/setup.sh
swift build --product sovscan
mkdir -p out
.build/debug/sovscan scan SampleProjects/kommune-sag --maven-repo SampleProjects/kommune-sag/backend/m2-repository --format table --format cyclonedx:out/kommune-sag.cdx.json "$@" || status=$?
echo "CycloneDX SBOM written to out/kommune-sag.cdx.json"
exit "${status:-0}"
