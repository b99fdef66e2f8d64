#!/usr/bin/env bash
# Scans the sample system and two supplier SBOMs (imported with --sbom) and validates every CycloneDX 1.6 JSON
# and SPDX 2.3 JSON output against the official schemas; validates the CycloneDX XML against the 1.6 XSD (shipped
# by the cyclonedx-python-lib package; well-formedness only where it is missing); runs everything twice with SOURCE_DATE_EPOCH set to check byte-identical output; and
# re-imports each written SBOM to check that writing it again gives the same document (round trip).
set -euo pipefail
cd "$(dirname "$0")/.."
schemas="${SOVSCAN_SHARED:-../shared}/schemas"
if [ ! -f "$schemas/cyclonedx-bom-1.6.schema.json" ] || [ ! -f "$schemas/spdx-2.3.schema.json" ]; then
  echo "validate-sbom: skipped, $schemas is not here (the schemas are not part of the project)"
  exit 0
fi
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
export SOURCE_DATE_EPOCH=1700000000
sovscan=.build/debug/sovscan
fixtures=Tests/ReportingTests/Fixtures/sbom
# name: arguments of `sovscan scan`
inputs=(
  "sample|SampleProjects/kommune-sag"
  "supplier-cyclonedx|--sbom $fixtures/supplier-cyclonedx-1.5.json"
  "supplier-spdx|--sbom $fixtures/supplier-spdx-2.3.json"
)
checked=0
for input in "${inputs[@]}"; do
  name=${input%%|*}
  read -r -a arguments <<< "${input#*|}"
  for run in 1 2; do
    "$sovscan" scan "${arguments[@]}" --quiet --format "cyclonedx:$out/$name.cdx$run.json" \
      --format "spdx:$out/$name.spdx$run.json" --format "cyclonedx-xml:$out/$name.cdx$run.xml" || [ $? -eq 3 ]
  done
  for kind in cdx.json spdx.json cdx.xml; do
    cmp "$out/$name.${kind%.*}1.${kind#*.}" "$out/$name.${kind%.*}2.${kind#*.}"
  done
  python3 scripts/validate-json.py "$schemas/cyclonedx-bom-1.6.schema.json" "$out/$name.cdx1.json"
  python3 scripts/validate-json.py "$schemas/spdx-2.3.schema.json" "$out/$name.spdx1.json"
  python3 - "$out/$name.cdx1.xml" <<'PY'
import pathlib
import sys
import xml.etree.ElementTree as ElementTree
path = sys.argv[1]
root = ElementTree.parse(path).getroot()
assert root.tag == "{http://cyclonedx.org/schema/bom/1.6}bom", root.tag
try:
    from cyclonedx.schema import SchemaVersion
    from cyclonedx.validation.xml import XmlValidator
except ImportError:
    print(f"{path}: well-formed CycloneDX 1.6 XML (XSD check skipped: pip install lxml cyclonedx-python-lib)")
    sys.exit(0)
error = XmlValidator(SchemaVersion.V1_6).validate_str(pathlib.Path(path).read_text(encoding="utf-8"))
if error:
    print(f"{path}: {error}")
    sys.exit(1)
print(f"{path}: valid against the CycloneDX 1.6 XSD")
PY
  # Round trip: import what was written, write it again, import and write once more: a fixed point.
  for format in cdx spdx; do
    target=cyclonedx
    [ "$format" = spdx ] && target=spdx
    "$sovscan" scan --sbom "$out/$name.${format}1.json" --quiet --format "$target:$out/$name.$format.again.json" 2>/dev/null || true
    "$sovscan" scan --sbom "$out/$name.$format.again.json" --quiet --format "$target:$out/$name.$format.third.json" 2>/dev/null || true
    cmp "$out/$name.$format.again.json" "$out/$name.$format.third.json"
  done
  checked=$((checked + 1))
done
echo "validate-sbom: $checked inputs: CycloneDX 1.6 and SPDX 2.3 schema valid, XML valid, byte-identical across runs, round trip stable"
