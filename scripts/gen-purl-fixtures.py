#!/usr/bin/env python3
"""Turns the purl specification's test suite (../shared/purl/*.json) into the project's own fixture:
Tests/SovScanModelTests/Fixtures/purl-cases.json, a flat list of cases our tests run without ../shared."""
import json
import pathlib
import sys

root = pathlib.Path(__file__).resolve().parent.parent
source = pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else root.parent / "shared" / "purl"
cases = []
for path in sorted(source.glob("*.json")):
    for test in json.load(path.open())["tests"]:
        cases.append({
            "suite": path.stem,
            "description": test["description"],
            "kind": test["test_type"],
            "input": test["input"],
            "expected": test["expected_output"],
            "fails": test["expected_failure"],
        })
out = root / "Tests" / "SovScanModelTests" / "Fixtures" / "purl-cases.json"
out.write_text(json.dumps(cases, indent=1, sort_keys=True) + "\n")
print(f"wrote {len(cases)} cases to {out.relative_to(root)}")
