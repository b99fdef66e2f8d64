#!/usr/bin/env python3
"""Compares sovscan's catalog of an npm project with `npm ls` on the same lockfile.

Usage: differential-npm.py PROJECT_DIR [SOVSCAN_BINARY]
Copies PROJECT_DIR to a temporary folder, runs `npm ls --all --json --long --package-lock-only --offline` there
(reads package-lock.json only; never installs) and `sovscan scan --format cyclonedx`, then compares the third-party
packages (name@version), their dev flag and the dependency edges. Exit 0 when all agree, 1 otherwise, 2 when npm
or sovscan is missing.
"""
import json
import os
import shutil
import subprocess
import sys
import tempfile


def npm_tree(folder):
    output = subprocess.run(["npm", "ls", "--all", "--json", "--long", "--package-lock-only", "--offline"],
                            cwd=folder, capture_output=True, text=True).stdout
    root = json.loads(output)
    packages, edges = {}, set()

    def key(node, name):
        return node.get("name", name) + "@" + str(node.get("version"))

    pending = [(root, key(root, ""))]
    while pending:
        node, node_key = pending.pop()
        for name, child in (node.get("dependencies") or {}).items():
            # Unmet optional peers are listed without a version; they are not installed.
            if child.get("missing") or child.get("version") is None:
                continue
            child_key = key(child, name)
            edges.add((node_key, child_key))
            packages[child_key] = packages.get(child_key, True) and bool(child.get("dev"))
            if "dependencies" in child:
                pending.append((child, child_key))
    return key(root, ""), packages, edges


def sovscan_catalog(folder, binary):
    sbom = os.path.join(folder, ".sovscan-differential.cdx.json")
    subprocess.run([binary, "scan", folder, "--quiet", "--format", "cyclonedx:" + sbom], capture_output=True)
    document = json.load(open(sbom))
    packages, first_party, by_ref = {}, set(), {}
    for component in document.get("components", []):
        properties = {p["name"]: p["value"] for p in component.get("properties", [])}
        name = (component["group"] + "/" if component.get("group") else "") + component["name"]
        key = name + "@" + str(component.get("version"))
        by_ref[component["bom-ref"]] = key
        if properties.get("sovscan:first-party") == "true":
            first_party.add(key)
        else:
            packages[key] = properties.get("sovscan:scope") == "dev"
    edges = {(by_ref[d["ref"]], by_ref[t]) for d in document.get("dependencies", [])
             for t in d.get("dependsOn", []) if d["ref"] in by_ref and t in by_ref}
    return packages, first_party, edges


def main(project, binary):
    if shutil.which("npm") is None:
        print("differential-npm: npm is not on PATH")
        return 2
    with tempfile.TemporaryDirectory() as work:
        folder = os.path.join(work, "project")
        shutil.copytree(project, folder, ignore=shutil.ignore_patterns("node_modules"))
        root, truth, truth_edges = npm_tree(folder)
        mine, first_party, my_edges = sovscan_catalog(folder, binary)
    # npm lists workspaces among the packages; sovscan reports them as first-party components.
    expected = {k: v for k, v in truth.items() if k not in first_party}
    missing, extra = sorted(set(expected) - set(mine)), sorted(set(mine) - set(expected))
    dev = sorted(k for k in set(expected) & set(mine) if expected[k] != mine[k])
    print(f"npm ls: {len(expected)} packages, {len(truth_edges)} edges; sovscan: {len(mine)} packages, {len(my_edges)} edges")
    print(f"missing {len(missing)} {missing[:10]}; extra {len(extra)} {extra[:10]}; dev flag differs {len(dev)} {dev[:10]}")
    print(f"edges only in npm {len(truth_edges - my_edges)} {sorted(truth_edges - my_edges)[:5]}; "
          f"only in sovscan {len(my_edges - truth_edges)} {sorted(my_edges - truth_edges)[:5]}")
    return 0 if not (missing or extra or dev or truth_edges != my_edges) else 1


if __name__ == "__main__":
    if len(sys.argv) < 2:
        print(__doc__)
        sys.exit(2)
    sys.exit(main(sys.argv[1], sys.argv[2] if len(sys.argv) > 2 else ".build/debug/sovscan"))
