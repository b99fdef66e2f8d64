#!/usr/bin/env python3
"""Conformance of sovscan's SwiftPM cataloger over the swift cases of the shared corpus.

For every case of `<corpus>/*/expected.json` with ecosystem "swift": copy the case to a temporary folder (adding
the files of `--inputs DIR/<case>/` when given, for inputs the corpus copy lacks), run
`sovscan scan <case> --format cyclonedx:<bom>`, and score the SBOM with the corpus's own `compare.py`.

    scripts/conformance-swift.py [--corpus DIR] [--inputs DIR] [--sovscan PATH] [--json]

The corpus is found at --corpus, $SOVSCAN_SHARED/corpus, <repo>/../shared/corpus or /work/shared/corpus.
Exit status: 0 when every case that could run passed (or nothing could run: a message says why), 1 otherwise.
Cases whose manifests are missing from the corpus are reported as SKIP with the reason, never as passes.
"""
import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def find_corpus(explicit):
    candidates = [explicit] if explicit else []
    if os.environ.get("SOVSCAN_SHARED"):
        candidates.append(os.path.join(os.environ["SOVSCAN_SHARED"], "corpus"))
    candidates += [os.path.join(os.path.dirname(REPO), "shared", "corpus"), "/work/shared/corpus"]
    for candidate in candidates:
        if candidate and os.path.isfile(os.path.join(candidate, "compare.py")):
            return candidate
    return None


def listed_files(corpus, case):
    """The files the corpus README says the case holds ("files in the case: `a`, `b`")."""
    try:
        text = open(os.path.join(corpus, "README.md"), encoding="utf-8").read()
    except OSError:
        return []
    section = re.search(r"^### " + re.escape(case) + r"\n(.*?)(?=^### |\Z)", text, re.S | re.M)
    if not section:
        return []
    line = re.search(r"files in the case: (.*)", section.group(1))
    return re.findall(r"`([^`]+)`", line.group(1)) if line else []


def cli_supports_cyclonedx(sovscan):
    if not os.access(sovscan, os.X_OK):
        return False, f"no sovscan binary at {sovscan} (run `swift build`)"
    probe = subprocess.run([sovscan, "scan", "--help"], capture_output=True, text=True)
    if "cyclonedx" not in (probe.stdout + probe.stderr).lower():
        return False, "the CLI has no `--format cyclonedx` yet (merge main once the integrator has landed it)"
    return True, ""


def run_case(sovscan, corpus, inputs, case, work):
    source = os.path.join(corpus, case)
    target = os.path.join(work, case)
    shutil.copytree(source, target, ignore=shutil.ignore_patterns("expected.json"))
    if inputs and os.path.isdir(os.path.join(inputs, case)):
        shutil.copytree(os.path.join(inputs, case), target, dirs_exist_ok=True)
    missing = [f for f in listed_files(corpus, case) if not os.path.exists(os.path.join(target, f))]
    if missing:
        return {"case": case, "status": "SKIP", "reason": "input missing from the corpus copy: " + ", ".join(missing)}
    bom = os.path.join(work, case + ".cdx.json")
    run = subprocess.run([sovscan, "scan", target, "--format", "cyclonedx:" + bom], capture_output=True, text=True)
    if not os.path.exists(bom) and run.stdout.lstrip().startswith("{"):
        open(bom, "w").write(run.stdout)
    if not os.path.exists(bom):
        return {"case": case, "status": "ERROR", "reason": f"sovscan exited {run.returncode}: {run.stderr.strip()[:300]}"}
    score = subprocess.run([sys.executable, os.path.join(corpus, "compare.py"), "--json", source, bom],
                           capture_output=True, text=True)
    try:
        result = json.loads(score.stdout)[0]
    except (json.JSONDecodeError, IndexError, KeyError):
        return {"case": case, "status": "ERROR", "reason": "compare.py: " + (score.stderr or score.stdout)[:300]}
    result["status"] = "PASS" if result.get("ok") else "FAIL"
    return result


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus")
    parser.add_argument("--inputs", help="folder with <case>/<file> to add to cases whose inputs are missing")
    parser.add_argument("--sovscan", default=os.path.join(REPO, ".build", "debug", "sovscan"))
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()

    corpus = find_corpus(args.corpus)
    if corpus is None:
        print("SKIP: no shared corpus found (give --corpus or set SOVSCAN_SHARED)")
        return 0
    ok, reason = cli_supports_cyclonedx(args.sovscan)
    if not ok:
        print("SKIP: " + reason)
        return 0
    cases = []
    for name in sorted(os.listdir(corpus)):
        expected = os.path.join(corpus, name, "expected.json")
        if os.path.isfile(expected) and json.load(open(expected)).get("ecosystem") == "swift":
            cases.append(name)
    results = []
    with tempfile.TemporaryDirectory(prefix="sovscan-swift-conformance-") as work:
        for case in cases:
            results.append(run_case(args.sovscan, corpus, args.inputs, case, work))
    if args.json:
        json.dump(results, sys.stdout, indent=2)
        print()
    else:
        for r in results:
            if r["status"] in ("SKIP", "ERROR"):
                print(f"{r['status']:5} {r['case']}: {r['reason']}")
            else:
                print(f"{r['status']:5} {r['case']}: {r['matched']}/{r['expected']} matched, "
                      f"{len(r['version_mismatch'])} version mismatches, {len(r['extra'])} extra")
                for item in r["missing"]:
                    print(f"        missing {item}")
                for item in r["version_mismatch"]:
                    print(f"        version {item}")
        ran = [r for r in results if r["status"] in ("PASS", "FAIL")]
        print(f"{sum(r['status'] == 'PASS' for r in ran)}/{len(ran)} cases pass; "
              f"{sum(r['matched'] for r in ran)}/{sum(r['expected'] for r in ran)} components; "
              f"{sum(r['status'] == 'SKIP' for r in results)} skipped")
    return 1 if any(r["status"] in ("FAIL", "ERROR") for r in results) else 0


if __name__ == "__main__":
    sys.exit(main())
