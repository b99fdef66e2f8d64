#!/usr/bin/env python3
"""Accuracy of sovscan's classification against the labelled set.

Usage: scripts/measure-labelled.py REPOS_DIR [--sovscan PATH] [--csv FILE] [--misses]

REPOS_DIR holds one folder per labelled repository, named owner+name (the repository column of the labelled CSV,
github.com/owner/name). Each folder is scanned as one system with the built binary (offline, bundled rules); each
labelled purl's level, vendor id, bloc and binding are compared with its label. Prints accuracy per fact and the
share of shipped components whose level came from an ecosystem default (whole systems and the labelled sample).
A vendor counts as right when it is the labelled steward or a part of it (a `parent` in Rules/vendors.yml: the
jQuery team of the OpenJS Foundation); a vendor sovscan leaves unknown is not right, and is counted apart from the
wrong ones, since no rule claimed anything about it. An optional binding compares as no binding (the labels' convention
since the tenth session: a driver shipped beside open alternatives ties the system to nothing).
"""
import argparse, collections, csv, json, os, subprocess, sys, tempfile

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
DEFAULT_CSV = os.path.join(ROOT, "Tests/ClassificationTests/Fixtures/labelled/labelled-components.csv")


def binding_matches(truth, found):
    """Same when both are absent, or both present with the same first word (the provider: AWS, Azure...)."""
    if not truth or not found:
        return not truth and not found
    return truth.split()[0].lower() == found.split()[0].lower()


def found_binding(classification):
    """The platform a component binds its system to, as the labels record it: an optional binding (an SDK shipped
    beside open alternatives for the same role, docs/methodology.md) and the binding of a component that serves
    development only bind nothing, so they compare as no binding."""
    binding = classification.get("binding") or {}
    return "" if binding.get("optional") or binding.get("developmentOnly") else binding.get("platform", "")


def vendor_parents():
    """Each vendor id of the bundled rules with the ids of the vendors above it."""
    vendors = yaml.safe_load(open(os.path.join(ROOT, "Rules/vendors.yml"), encoding="utf-8"))["vendors"]
    parent = {v["id"]: v.get("parent") for v in vendors}
    chains = {}
    for vendor in parent:
        chain, current = [], parent[vendor]
        while current and current not in chain:
            chain.append(current)
            current = parent.get(current)
        chains[vendor] = chain
    return chains


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

    parents = vendor_parents()
    right = collections.Counter()
    total = collections.Counter()
    # Per ecosystem (the purl type): (ecosystem, fact) -> count.
    right_by = collections.Counter()
    total_by = collections.Counter()
    unknown_vendor = 0
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
                binding = found_binding(c)
                facts = {
                    "level": (row["level"], c.get("level") or ""),
                    "vendor": (row["vendor"], vendor.get("id", "")),
                    "bloc": (row["bloc"], c.get("bloc") or ""),
                }
                ecosystem = row["purl"].removeprefix("pkg:").split("/", 1)[0]
                for fact, (truth, got) in facts.items():
                    total[fact] += 1
                    ok = truth == got or (fact == "vendor" and truth in parents.get(got, []))
                    right[fact] += ok
                    total_by[ecosystem, fact] += 1
                    right_by[ecosystem, fact] += ok
                    if fact == "vendor" and not got and not ok:
                        unknown_vendor += 1
                    if not ok and args.misses:
                        print(f"{fact:7} {row['system']:28} {row['purl']:70} truth={truth} got={got}")
                total["binding"] += 1
                ok = binding_matches(row["binding"], binding)
                right["binding"] += ok
                total_by[ecosystem, "binding"] += 1
                right_by[ecosystem, "binding"] += ok
                if not ok and args.misses:
                    print(f"binding {row['system']:28} {row['purl']:70} truth={row['binding']} got={binding}")
    for fact in ("level", "vendor", "bloc", "binding"):
        print(f"{fact:8} {right[fact]:4}/{total[fact]:<4} {100.0 * right[fact] / total[fact]:5.1f}%")
    for ecosystem in sorted({key[0] for key in total_by}):
        parts = [f"{fact} {right_by[ecosystem, fact]}/{total_by[ecosystem, fact]}"
                 for fact in ("level", "vendor", "bloc", "binding")]
        print(f"  {ecosystem:6} " + ", ".join(parts))
    wrong_vendor = total["vendor"] - right["vendor"] - unknown_vendor
    print(f"vendor not right: {unknown_vendor} left unknown (no rule names a steward), {wrong_vendor} wrong")
    print(f"level from an ecosystem default: {defaulted}/{shipped} shipped components "
          f"({100.0 * defaulted / max(shipped, 1):.1f}%); in the sample {sample_defaulted}/{sample_shipped} "
          f"({100.0 * sample_defaulted / max(sample_shipped, 1):.1f}%)")


if __name__ == "__main__":
    main()
