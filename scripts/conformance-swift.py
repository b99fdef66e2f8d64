#!/usr/bin/env python3
"""Conformance of sovscan's SwiftPM cataloger over the swift cases of the shared corpus.

For every case of `<corpus>/*/expected.json` with ecosystem "swift": copy the case to a temporary folder (adding
the files of `--inputs DIR/<case>/` when given, for inputs the corpus copy lacks), run
`sovscan scan <case> --format cyclonedx:<bom>`, score the SBOM with the corpus's own `compare.py` (names,
versions), and, for cases with a Package.swift, compare the `sovscan:direct` property with the expected `direct`.

    scripts/conformance-swift.py [--corpus DIR] [--inputs DIR] [--sovscan PATH] [--json]

The corpus is found at --corpus, $SOVSCAN_CORPUS, $SOVSCAN_SHARED/corpus, <repo>/../shared/corpus or
/work/shared/corpus; the binary at --sovscan, $SOVSCAN_BIN or `swift build --show-bin-path`/sovscan.
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
    if os.environ.get("SOVSCAN_CORPUS"):
        candidates.append(os.environ["SOVSCAN_CORPUS"])
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


def default_binary():
    try:
        path = subprocess.run(["swift", "build", "--show-bin-path"], cwd=REPO, capture_output=True, text=True).stdout
    except OSError:
        path = ""
    return os.path.join(path.strip() or os.path.join(REPO, ".build", "debug"), "sovscan")


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
    run = subprocess.run([sovscan, "scan", target, "--quiet", "--format", "cyclonedx:" + bom], capture_output=True,
                         text=True, env=dict(os.environ, SOURCE_DATE_EPOCH="0"))
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
    result["direct_mismatch"] = direct_mismatches(source, target, bom)
    result["status"] = "PASS" if result.get("ok") and not result["direct_mismatch"] else "FAIL"
    return result


def repository_key(text):
    """`host/owner/repo` in lower case from a URL, scp-style location or purl path."""
    text = text.strip().lower()
    if text.startswith("pkg:swift/"):
        text = text[len("pkg:swift/"):].split("@")[0]
    elif "://" in text:
        text = text.split("://", 1)[1].split("@")[-1]
    elif ":" in text:
        text = text.split("@")[-1].replace(":", "/", 1)
    text = text.rstrip("/")
    return text[:-4] if text.endswith(".git") else text


def direct_mismatches(source, target, bom):
    """Expected components whose `direct` differs from the SBOM's `sovscan:direct` (only with a Package.swift)."""
    if not os.path.exists(os.path.join(target, "Package.swift")):
        return []
    found = {}
    for component in json.load(open(bom)).get("components", []):
        if not component.get("purl", "").startswith("pkg:swift/"):
            continue
        properties = {p["name"]: p["value"] for p in component.get("properties", [])}
        found[repository_key(component["purl"])] = properties.get("sovscan:direct") == "true"
    problems = []
    for expected in json.load(open(os.path.join(source, "expected.json")))["components"]:
        if "direct" not in expected or not expected.get("location"):
            continue
        key = repository_key(expected["location"])
        if key in found and found[key] != expected["direct"]:
            problems.append(f"{key} direct={found[key]}, expected {expected['direct']}")
    return problems


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus")
    parser.add_argument("--inputs", help="folder with <case>/<file> to add to cases whose inputs are missing")
    parser.add_argument("--sovscan", default=os.environ.get("SOVSCAN_BIN") or default_binary())
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
                      f"{len(r['version_mismatch'])} version mismatches, {len(r['direct_mismatch'])} direct mismatches, "
                      f"{len(r['extra'])} extra")
                for item in r["missing"]:
                    print(f"        missing {item}")
                for item in r["version_mismatch"]:
                    print(f"        version {item}")
                for item in r["direct_mismatch"]:
                    print(f"        direct  {item}")
        ran = [r for r in results if r["status"] in ("PASS", "FAIL")]
        print(f"{sum(r['status'] == 'PASS' for r in ran)}/{len(ran)} cases pass; "
              f"{sum(r['matched'] for r in ran)}/{sum(r['expected'] for r in ran)} components; "
              f"{sum(r['status'] == 'SKIP' for r in results)} skipped")
    return 1 if any(r["status"] in ("FAIL", "ERROR") for r in results) else 0


if __name__ == "__main__":
    sys.exit(main())
