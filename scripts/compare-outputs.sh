#!/usr/bin/env bash
# Checks that two sovscan binaries write byte-identical reports: every file format (JSON, CycloneDX JSON and XML,
# SPDX, CSV, shares CSV, HTML, Markdown) and `explain` for the sample project, the infrastructure fixtures, the
# supplier SBOM fixtures and a generated flat SBOM of 10,000 components. Used when a change must not alter output
# (issue 20: the memory layout of classifications and explanations).
# Usage: scripts/compare-outputs.sh OLD_BINARY NEW_BINARY   (exit 1 and the differing files when they differ)
set -euo pipefail
cd "$(dirname "$0")/.."
[ $# -eq 2 ] || { echo "usage: $0 OLD_BINARY NEW_BINARY" >&2; exit 2; }
old=$(realpath "$1")
new=$(realpath "$2")
export SOURCE_DATE_EPOCH=1700000000 NO_COLOR=1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 scripts/gen-hostile-bench.py sbom 10000 "$work/flat"
formats=(json cyclonedx cyclonedx-xml spdx csv csv-shares html markdown)

# Writes every format of one scan with one binary into a folder; the scan's exit code is kept too.
run_formats() {
  local binary=$1 out=$2; shift 2
  mkdir -p "$out"
  local args=()
  for format in "${formats[@]}"; do args+=(--format "$format:$out/report.$format"); done
  set +e
  "$binary" scan "$@" --quiet "${args[@]}" >"$out/stdout" 2>"$out/stderr"
  echo "exit $?" >"$out/exit"
  set -e
}

# Explains the first purls of a scan's CSV (column 1 after the header) with one binary.
run_explain() {
  local binary=$1 out=$2 target=$3 purls=$4
  mkdir -p "$out"
  local index=0
  while read -r purl; do
    index=$((index + 1))
    "$binary" explain "$purl" "$target" --no-color >"$out/explain-$index" 2>&1 || echo "exit $?" >>"$out/explain-$index"
  done <"$purls"
}

cases=(
  "sample|SampleProjects/kommune-sag"
  "infrastructure|Tests/CatalogersTests/Fixtures/infrastructure"
  "flat-sbom|--sbom $work/flat/bom.json"
  "supplier-cyclonedx|--sbom Tests/ReportingTests/Fixtures/sbom/supplier-cyclonedx-1.5.json"
  "supplier-spdx|--sbom Tests/ReportingTests/Fixtures/sbom/supplier-spdx-2.3.json"
  "supplier-borgerservice|--sbom Tests/PolicyTests/Fixtures/supplier/borgerservice-bom.cdx.json"
)
status=0
for entry in "${cases[@]}"; do
  name=${entry%%|*}
  read -r -a arguments <<<"${entry#*|}"
  run_formats "$old" "$work/old/$name" "${arguments[@]}"
  run_formats "$new" "$work/new/$name" "${arguments[@]}"
done
# explain: every purl of the sample project (they exercise rules, bindings, inheritance and relicensing).
grep -o 'pkg:[^",]*' "$work/old/sample/report.csv" | sort -u >"$work/purls"
run_explain "$old" "$work/old/explain" SampleProjects/kommune-sag "$work/purls"
run_explain "$new" "$work/new/explain" SampleProjects/kommune-sag "$work/purls"
if diff -r "$work/old" "$work/new" >"$work/diff"; then
  echo "identical: $(find "$work/old" -type f | wc -l) files ($(wc -l <"$work/purls") explained purls)"
else
  head -50 "$work/diff"
  status=1
fi
exit $status
