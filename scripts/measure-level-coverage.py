#!/usr/bin/env python3
"""Where the most used packages get their stack level from (issue 15, level catalogue breadth).

Builds the same SBOMs as measure-steward-coverage.py (the most downloaded npm packages of npm.tsv, the Maven
artifacts of the popularity fixture maven-popular.txt and the rows of maven-partial.tsv, the Swift packages of
swift-popular.txt), scans them offline with the given binary and counts per ecosystem how each package got its
level, from the level decision of sovscan's JSON explanation:
- rule: a technology rule states the level (`level of technology ...`, also a product's level);
- rule-without-level: a technology rule matches but states no level (utility families, in-process logging ...), so
  the level is inherited or an ecosystem default;
- no-rule: no technology rule matches; inherited or an ecosystem default.
In such an SBOM every component is transitive with no edge to a direct dependency, so "inherited or default" shows
as the ecosystem default. npm figures are also weighted by downloads. `--list KIND` prints the packages of a
category (npm most downloaded first, Maven in the fixture's order, then maven-partial's, Swift by name) with
their technology; `--limit N` shortens the list.

Usage: scripts/measure-level-coverage.py [--sovscan PATH] [--packages DIR] [--npm-top N]
                                         [--list KIND] [--limit N]
"""
import argparse, collections, importlib.util, os, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
POPULARITY = os.path.join(ROOT, "Tests/ClassificationTests/Fixtures/popularity")

_spec = importlib.util.spec_from_file_location("steward", os.path.join(HERE, "measure-steward-coverage.py"))
steward = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(steward)


def maven_popular_rows(popular, partial):
    """maven-popular.txt in its order, then the rows of maven-partial.tsv it does not name (at their version)."""
    versions = {name: version for _, name, version in steward.maven_rows(partial)}
    rows, seen = [], set()
    with open(popular, encoding="utf-8") as handle:
        for line in handle:
            name = line.strip()
            if name and not name.startswith("#") and name.count(":") == 1 and name not in seen:
                seen.add(name)
                rows.append((0, name, versions.get(name, "0")))
    for name, version in sorted(versions.items()):
        if name not in seen:
            rows.append((0, name, version))
    return rows


def kind_of(classification):
    decision = next((d for d in classification.get("explanation", []) if d.get("fact") == "level"), {})
    if decision.get("rule") and classification.get("technologyRule"):
        return "rule"
    if classification.get("technologyRule"):
        return "rule-without-level"
    return "no-rule"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--sovscan", default=os.path.join(ROOT, ".build/debug/sovscan"))
    parser.add_argument("--packages", default="/work/.library/env/packages")
    parser.add_argument("--npm-top", type=int, default=5000)
    parser.add_argument("--list", help="print the packages of this category (rule, rule-without-level, no-rule)")
    parser.add_argument("--limit", type=int, default=0, help="with --list: at most N packages per ecosystem")
    args = parser.parse_args()

    systems = {
        "npm": [(d, steward.npm_purl(n, v), n)
                for d, n, v in steward.npm_rows(os.path.join(args.packages, "npm.tsv"), args.npm_top)],
        "maven": [(d, steward.maven_purl(n, v), n) for d, n, v in maven_popular_rows(
            os.path.join(POPULARITY, "maven-popular.txt"), os.path.join(args.packages, "maven-partial.tsv"))],
        "swift": [(d, steward.swift_purl(n, v), n)
                  for d, n, v in steward.swift_rows(os.path.join(POPULARITY, "swift-popular.txt"))],
    }
    with tempfile.TemporaryDirectory() as tmp:
        for system, rows in systems.items():
            found = steward.classify_rows(args.sovscan, system, rows, tmp)
            counts, weights, levels = collections.Counter(), collections.Counter(), collections.Counter()
            listed = []
            for downloads, purl, name in rows:
                classification = found.get(purl)
                kind = kind_of(classification) if classification else "missing"
                counts[kind] += 1
                weights[kind] += downloads
                if kind == "rule":
                    levels[classification.get("level")] += 1
                if args.list and kind == args.list:
                    listed.append((downloads, name, (classification or {}).get("technology", "")))
            total = sum(counts.values())
            weight = sum(weights.values()) or 1
            print(f"{system}: {total} packages")
            for kind in sorted(counts):
                share = f", {100 * weights[kind] / weight:.1f}% of downloads" if system == "npm" else ""
                print(f"  {kind:20} {counts[kind]:5}  {100 * counts[kind] / total:5.1f}%{share}")
            print("  rule levels: " + ", ".join(f"{level} {count}" for level, count in levels.most_common()))
            for downloads, name, technology in listed[:args.limit or None]:
                print(f"    {name}\t{downloads}\t{technology}")


if __name__ == "__main__":
    sys.exit(main())
