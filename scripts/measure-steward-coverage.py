#!/usr/bin/env python3
"""Who sovscan names as steward of the most used packages (issue 15, vendor coverage).

Writes a CycloneDX SBOM listing the most downloaded npm packages (npm.tsv: name, version, downloads a month), the
Maven rows of maven-partial.tsv (group:artifact, at the version that resolved, else a placeholder) and the Swift
packages of the popularity fixture swift-popular.txt (one pkg:swift purl a line, no version), scans it
offline with the built binary (bundled rules, so the classifier's own matching decides), and counts per
ecosystem how each package got its vendor:
- rule/organisation: a rule names a company, foundation, public body or a named community;
- rule/individual: a rule names a person's own vendor id (a name ending in "(individual)");
- rule/independent: a rule files it under `independent` (a utility family);
- presumed/<kind>: no rule names one and the classifier presumes independent maintainers (the kind of evidence);
- none: the vendor stays unknown.
npm figures are also weighted by downloads. `--npm-from N` leaves out the N most downloaded (to look at ranks N+1 to
--npm-top). `--list KIND` prints the packages of a category, most used first; `--by-owner` instead counts them per
owner (npm scope or unscoped name, Maven groupId, Swift repository account), most packages first.

Usage: scripts/measure-steward-coverage.py [--sovscan PATH] [--packages DIR] [--npm-top N] [--npm-from N]
                                           [--list KIND [--by-owner]]
"""
import argparse, collections, json, os, subprocess, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def npm_rows(path, top, skip=0):
    rows = []
    with open(path, encoding="utf-8") as handle:
        next(handle)
        for line in handle:
            parts = line.rstrip("\n").split("\t")
            if len(parts) >= 3 and parts[2].isdigit():
                rows.append((int(parts[2]), parts[0], parts[1]))
    rows.sort(key=lambda row: (-row[0], row[1]))
    return rows[skip:top]


def swift_rows(path):
    rows = []
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            line = line.strip()
            if line.startswith("pkg:swift/"):
                rows.append((0, line[len("pkg:swift/"):], "0.0.0"))
    return sorted(dict((row[1], row) for row in rows).values(), key=lambda row: row[1])


def swift_purl(name, version):
    return "pkg:swift/" + name + "@" + version


def classify_rows(sovscan, system, rows, folder):
    """Scans the packages of `rows` ((downloads, purl, name) each) as one SBOM, offline, in `folder`, and returns
    sovscan's classification of each by purl."""
    bom = {"bomFormat": "CycloneDX", "specVersion": "1.6", "version": 1,
           "metadata": {"component": {"type": "application", "name": "coverage-" + system, "bom-ref": "root"}},
           "components": [{"type": "library", "name": name, "purl": purl, "bom-ref": str(index)}
                          for index, (_, purl, name) in enumerate(rows)]}
    sbom = os.path.join(folder, system + ".cdx.json")
    out = os.path.join(folder, system + ".json")
    with open(sbom, "w", encoding="utf-8") as handle:
        json.dump(bom, handle)
    subprocess.run([sovscan, "scan", "--sbom", sbom, "--quiet", "--format", "json:" + out],
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    with open(out, encoding="utf-8") as handle:
        document = json.load(handle)
    return {c["purl"]: c for s in document["classifications"] for c in s["classifications"]}


def owner_of(system, name):
    """The npm scope (or the unscoped name), the Maven groupId or the Swift repository's account of a package."""
    if system == "npm":
        return name.split("/")[0]
    if system == "maven":
        return name.split(":")[0]
    return name.split("/")[1] if name.count("/") >= 2 else name


def maven_rows(path):
    rows = []
    with open(path, encoding="utf-8") as handle:
        next(handle)
        for line in handle:
            parts = line.rstrip("\n").split("\t")
            name = parts[0].split(" ")[0]  # a row may add " classifier=…"
            if len(parts) >= 2 and name.count(":") == 1:
                version = parts[1] if parts[1][:1].isdigit() else "0"
                rows.append((0, name, version))
    return sorted(dict((row[1], row) for row in rows).values(), key=lambda row: row[1])


def npm_purl(name, version):
    if name.startswith("@"):
        scope, _, rest = name.partition("/")
        return "pkg:npm/%40" + scope[1:] + "/" + rest + "@" + version
    return "pkg:npm/" + name + "@" + version


def maven_purl(name, version):
    group, artifact = name.split(":")
    return "pkg:maven/" + group + "/" + artifact + "@" + version


def kind_of(classification):
    vendor = classification.get("vendor")
    decision = next((d for d in classification.get("explanation", []) if d.get("fact") == "vendor"), {})
    reason = decision.get("reason", "")
    if vendor is None:
        return "none"
    if reason.startswith("presumed"):
        evidence = reason.split(", and ", 1)[-1]
        for words, kind in [("unscoped npm package installed from", "git-account"),
                            ("unscoped npm package", "unscoped-npm"), ("WebJar", "webjar"),
                            ("groupId", "code-host-group"), ("personal GitHub account", "personal-account"),
                            ("published from", "code-host-account")]:
            if words in evidence:
                return "presumed/" + kind
        return "presumed/other"
    if vendor["id"] == "independent":
        return "rule/independent"
    if vendor.get("name", "").endswith("(individual)"):
        return "rule/individual"
    return "rule/organisation"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--sovscan", default=os.path.join(ROOT, ".build/debug/sovscan"))
    parser.add_argument("--packages", default="/work/.library/env/packages")
    parser.add_argument("--npm-top", type=int, default=1500)
    parser.add_argument("--npm-from", type=int, default=0, help="leave out the N most downloaded npm packages")
    parser.add_argument("--swift-popular",
                        default=os.path.join(ROOT, "Tests/ClassificationTests/Fixtures/popularity/swift-popular.txt"))
    parser.add_argument("--list", help="print the packages of this category (e.g. none, presumed/unscoped-npm)")
    parser.add_argument("--by-owner", action="store_true", help="with --list: count the listed packages per owner")
    args = parser.parse_args()

    systems = {
        "npm": [(d, npm_purl(n, v), n)
                for d, n, v in npm_rows(os.path.join(args.packages, "npm.tsv"), args.npm_top, args.npm_from)],
        "maven": [(d, maven_purl(n, v), n) for d, n, v in maven_rows(os.path.join(args.packages, "maven-partial.tsv"))],
        "swift": [(d, swift_purl(n, v), n) for d, n, v in swift_rows(args.swift_popular)],
    }
    with tempfile.TemporaryDirectory() as tmp:
        for system, rows in systems.items():
            found = classify_rows(args.sovscan, system, rows, tmp)
            counts, weights = collections.Counter(), collections.Counter()
            listed = []
            for downloads, purl, name in rows:
                classification = found.get(purl)
                kind = kind_of(classification) if classification else "missing"
                counts[kind] += 1
                weights[kind] += downloads
                if args.list and kind == args.list:
                    listed.append((downloads, name))
            total = sum(counts.values())
            weight = sum(weights.values()) or 1
            print(f"{system}: {total} packages")
            for kind in sorted(counts):
                share = f", {100 * weights[kind] / weight:.1f}% of downloads" if system == "npm" else ""
                print(f"  {kind:28} {counts[kind]:5}  {100 * counts[kind] / total:5.1f}%{share}")
            if args.by_owner:
                owners = collections.Counter(owner_of(system, name) for _, name in listed)
                for owner, count in sorted(owners.items(), key=lambda item: (-item[1], item[0])):
                    print(f"    {owner}\t{count}")
            else:
                for downloads, name in listed:
                    print(f"    {name}\t{downloads}")


if __name__ == "__main__":
    sys.exit(main())
