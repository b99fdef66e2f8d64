#!/usr/bin/env python3
"""Draws a labelling sample of shipped third-party components from real repositories (issue 15).

Usage: scripts/draw-labelled-sample.py REPOS_DIR --seed-prefix PREFIX [--per-repo N] [--dev-per-repo M]
       [--sovscan PATH] > draft.csv

REPOS_DIR holds one folder per repository, named owner+name. Each folder is scanned as one system (offline, bundled
rules, inventory only); from its components that ship (scope not test or dev), are not first-party and belong to a
package ecosystem (npm, Maven, Swift), up to N are drawn with Python's random.sample, seeded with
PREFIX:<owner+name>. Prints a draft CSV in the labelled sets' columns, with level, vendor, bloc, binding and source
left empty for the labeller, and the facts a labeller may look at in the note: scope, direct or transitive, and up
to three packages that pull the component in. sovscan's classification is not printed, so the labels stay blind.

With --dev-per-repo M, up to M components of development scope (npm devDependencies and what only they pull in) are
drawn as well, seeded with PREFIX:dev:<owner+name>: an application may bundle its front end from devDependencies,
and a sample of shipping scopes alone cannot see whether the scan counts that code.
"""
import argparse, collections, csv, json, os, random, subprocess, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
PACKAGE_ECOSYSTEMS = {"npm", "maven", "swift"}


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("repos")
    parser.add_argument("--seed-prefix", required=True)
    parser.add_argument("--per-repo", type=int, default=20)
    parser.add_argument("--dev-per-repo", type=int, default=0)
    parser.add_argument("--sovscan", default=os.path.join(ROOT, ".build/debug/sovscan"))
    args = parser.parse_args()

    writer = csv.writer(sys.stdout, lineterminator="\n")
    writer.writerow(["system", "repository", "purl", "level", "vendor", "bloc", "binding", "source", "note"])
    with tempfile.TemporaryDirectory() as tmp:
        for folder in sorted(os.listdir(args.repos)):
            path = os.path.join(args.repos, folder)
            if not os.path.isdir(path):
                continue
            out = os.path.join(tmp, folder + ".json")
            subprocess.run([args.sovscan, "scan", path, "--quiet", "--format", "json:" + out],
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            system = json.load(open(out, encoding="utf-8"))["inventory"]["systems"][0]
            parents = collections.defaultdict(set)
            for edge in system["graph"]["edges"]:
                parents[edge["to"]].add(edge["from"])
            third_party = [c for c in system["components"]
                           if not c["isFirstParty"] and c["ecosystem"] in PACKAGE_ECOSYSTEMS]
            candidates = sorted((c for c in third_party if c["scope"] not in ("test", "dev")),
                                key=lambda c: c["purl"])
            rng = random.Random(f"{args.seed_prefix}:{folder}")
            drawn = rng.sample(candidates, min(args.per_repo, len(candidates)))
            development = sorted((c for c in third_party if c["scope"] == "dev"), key=lambda c: c["purl"])
            if args.dev_per_repo > 0 and development:
                dev_rng = random.Random(f"{args.seed_prefix}:dev:{folder}")
                drawn += dev_rng.sample(development, min(args.dev_per_repo, len(development)))
            repository = "https://github.com/" + folder.replace("+", "/", 1)
            for c in sorted(drawn, key=lambda c: c["purl"]):
                via = sorted(parents.get(c["purl"], ()))
                note = f"{c['scope']}, {'direct' if c['isDirect'] else 'transitive'}"
                if via:
                    note += "; via " + " ".join(via[:3]) + (f" +{len(via) - 3}" if len(via) > 3 else "")
                writer.writerow([system["name"], repository, c["purl"], "", "", "", "", "", note])
            print(f"{folder}: {len(drawn)} of {len(candidates)} shipping + {len(development)} development",
                  file=sys.stderr)


if __name__ == "__main__":
    main()
