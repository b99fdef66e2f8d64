#!/usr/bin/env python3
"""Accuracy of sovscan's classification against the labelled set.

Usage: scripts/measure-labelled.py REPOS_DIR [--sovscan PATH] [--csv FILE] [--misses]

REPOS_DIR holds one folder per labelled repository, named owner+name (the repository column of the labelled CSV,
github.com/owner/name). Each folder is scanned as one system with the built binary (offline, bundled rules); each
labelled purl's level, vendor id, bloc and binding are compared with its label. Prints accuracy per fact and the
share of shipped components whose level came from an ecosystem default (whole systems and the labelled sample).
"""
import argparse, collections, csv, json, os, subprocess, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
DEFAULT_CSV = os.path.join(ROOT, "Tests/ClassificationTests/Fixtures/labelled/labelled-components.csv")


def binding_matches(truth, found):
    """Same when both are absent, or both present with the same first word (the provider: AWS, Azure...)."""
    if not truth or not found:
        return not truth and not found
    return truth.split()[0].lower() == found.split()[0].lower()


def level_from_default(classification):
    for decision in classification.get("explanation", []):
        if decision.get("fact") == "level":
            return "default" in decision.get("reason", "")
    return False


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("repos")
    parser.add_argument("--sovscan", default=os.path.join(ROOT, ".build/debug/sovscan"))
    parser.add_argument("--csv", default=DEFAULT_CSV)
    parser.add_argument("--misses", action="store_true", help="print every wrong fact")
    args = parser.parse_args()

    labels = list(csv.DictReader(open(args.csv, encoding="utf-8")))
    by_repo = collections.defaultdict(list)
    for row in labels:
        by_repo[row["repository"].removeprefix("https://github.com/").replace("/", "+")].append(row)

    right = collections.Counter()
    total = collections.Counter()
    shipped = defaulted = sample_shipped = sample_defaulted = 0
    with tempfile.TemporaryDirectory() as tmp:
        for folder in sorted(by_repo):
            path = os.path.join(args.repos, folder)
            out = os.path.join(tmp, folder + ".json")
            subprocess.run([args.sovscan, "scan", path, "--quiet", "--format", "json:" + out],
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            document = json.load(open(out, encoding="utf-8"))
            found = {c["purl"]: c for system in document["classifications"] for c in system["classifications"]}
            for c in found.values():
                if c.get("ships") and not c.get("isFirstParty"):
                    shipped += 1
                    defaulted += level_from_default(c)
            for row in by_repo[folder]:
                c = found.get(row["purl"])
                if c is None:
                    print(f"not found: {folder} {row['purl']}", file=sys.stderr)
                    c = {}
                if c.get("ships"):
                    sample_shipped += 1
                    sample_defaulted += level_from_default(c)
                vendor = c.get("vendor") or {}
                binding = (c.get("binding") or {}).get("platform", "")
                facts = {
                    "level": (row["level"], c.get("level") or ""),
                    "vendor": (row["vendor"], vendor.get("id", "")),
                    "bloc": (row["bloc"], c.get("bloc") or ""),
                }
                for fact, (truth, got) in facts.items():
                    total[fact] += 1
                    right[fact] += truth == got
                    if truth != got and args.misses:
                        print(f"{fact:7} {row['system']:28} {row['purl']:70} truth={truth} got={got}")
                total["binding"] += 1
                ok = binding_matches(row["binding"], binding)
                right["binding"] += ok
                if not ok and args.misses:
                    print(f"binding {row['system']:28} {row['purl']:70} truth={row['binding']} got={binding}")
    for fact in ("level", "vendor", "bloc", "binding"):
        print(f"{fact:8} {right[fact]:4}/{total[fact]:<4} {100.0 * right[fact] / total[fact]:5.1f}%")
    print(f"level from an ecosystem default: {defaulted}/{shipped} shipped components "
          f"({100.0 * defaulted / max(shipped, 1):.1f}%); in the sample {sample_defaulted}/{sample_shipped} "
          f"({100.0 * sample_defaulted / max(sample_shipped, 1):.1f}%)")


if __name__ == "__main__":
    main()
