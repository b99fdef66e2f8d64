#!/usr/bin/env bash
# Scans the sample system and validates its CycloneDX output against the official CycloneDX 1.6 schema,
# twice with SOURCE_DATE_EPOCH set to check that the SBOM is byte-identical.
set -euo pipefail
cd "$(dirname "$0")/.."
schemas="../shared/schemas"
if [ ! -f "$schemas/cyclonedx-bom-1.6.schema.json" ]; then
  echo "validate-sbom: skipped, $schemas is not here (the schemas are not part of the project)"
  exit 0
fi
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
export SOURCE_DATE_EPOCH=1700000000
for run in 1 2; do
  .build/debug/sovscan scan SampleProjects/kommune-sag --quiet --format "cyclonedx:$out/bom$run.json" || [ $? -eq 3 ]
done
cmp "$out/bom1.json" "$out/bom2.json"
python3 scripts/validate-json.py "$schemas/cyclonedx-bom-1.6.schema.json" "$out/bom1.json"
echo "validate-sbom: CycloneDX 1.6 schema valid and byte-identical across runs"
