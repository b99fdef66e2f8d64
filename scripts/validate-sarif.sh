#!/usr/bin/env bash
# Checks the sample system against a policy that produces failing, waived, baselined and policy-file findings,
# and validates the SARIF output against the official SARIF 2.1.0 schema, twice with SOURCE_DATE_EPOCH set to
# check that it is byte-identical. Also checks that the GitLab code-quality report is JSON.
set -euo pipefail
cd "$(dirname "$0")/.."
schemas="${SOVSCAN_SHARED:-../shared}/schemas"
if [ ! -f "$schemas/sarif-2.1.0.schema.json" ]; then
  echo "validate-sarif: skipped, $schemas is not here (the schemas are not part of the project)"
  exit 0
fi
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
cp -r SampleProjects/kommune-sag "$out/system"
cat > "$out/system/.sovscan.yml" <<'POLICY'
extends: [stil]
licenses:
  unknown: deny
packages:
  deny: ["pkg:swift/github.com/apple/*"]
exceptions:
  - purl: "pkg:swift/github.com/apple/swift-log"
    reason: "logging until the replacement is chosen"
    expires: 2099-12-31
  - purl: "pkg:npm/never-used"
    reason: "matches nothing"
POLICY
export SOURCE_DATE_EPOCH=1700000000
sovscan="$PWD/.build/debug/sovscan"
(
  cd "$out/system"
  # A baseline with one finding in it, so results carry baselineState.
  "$sovscan" check --quiet --format json:"$out/all.json" || [ $? -eq 1 ]
  python3 - "$out/all.json" "$out/baseline.json" <<'PY'
import json, sys
document = json.load(open(sys.argv[1]))
document["findings"] = [f for f in document["findings"] if f["fails"]][:1]
json.dump(document, open(sys.argv[2], "w"))
PY
  for run in 1 2; do
    "$sovscan" check --quiet --baseline "$out/baseline.json" --format sarif:"$out/run$run.sarif" \
      --format gitlab:"$out/gl$run.json" || [ $? -eq 1 ]
  done
)
cmp "$out/run1.sarif" "$out/run2.sarif"
cmp "$out/gl1.json" "$out/gl2.json"
python3 -c 'import json, sys; assert isinstance(json.load(open(sys.argv[1])), list)' "$out/gl1.json"
python3 - "$out/run1.sarif" <<'PY'
import json, sys
results = json.load(open(sys.argv[1]))["runs"][0]["results"]
kinds = {("suppressed" if r.get("suppressions") else r.get("baselineState")) for r in results}
assert {"suppressed", "new", "unchanged"} <= kinds, f"the sample lacks a kind of result: {kinds}"
assert any(r["ruleId"] == "exception-unused" for r in results), "no policy-file finding"
PY
python3 scripts/validate-json.py "$schemas/sarif-2.1.0.schema.json" "$out/run1.sarif"
echo "validate-sarif: SARIF 2.1.0 schema valid and byte-identical across runs"
