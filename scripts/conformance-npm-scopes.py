#!/usr/bin/env python3
"""Scores what compare.py does not: the dev/runtime scope and the direct flag of npm components.

Usage: conformance-npm-scopes.py CASES_ROOT SBOM_DIR
For every npm case with SBOM_DIR/<case>.json, each expected component that states `scope` or `direct` is looked
up by name@version in the SBOM's components (properties sovscan:scope and sovscan:direct); a scope counts as
right when dev is dev and anything that ships is not dev. Prints mismatches and a total; exit 1 on any mismatch.
"""
import json
import os
import sys
import urllib.parse


# Deliberate disagreements with a peer's expectation, with the reason; they are printed but do not fail.
KNOWN = {
    ("trivy-npm-lock-v3-workspace", "debug@2.6.9", "direct"):
        "a workspace package's own dependency is direct (declared in a package.json of the system); trivy counts "
        "only the root's",
}


def identity(component):
    purl = component.get("purl", "")
    if not purl.startswith("pkg:npm/"):
        return None
    body = purl[len("pkg:npm/"):].split("?")[0]
    name, _, version = body.rpartition("@")
    return urllib.parse.unquote(name).lower() + "@" + urllib.parse.unquote(version)


def main(cases_root, sbom_dir):
    checked = wrong = 0
    for case in sorted(os.listdir(cases_root)):
        expected_path = os.path.join(cases_root, case, "expected.json")
        sbom_path = os.path.join(sbom_dir, case + ".json")
        if not os.path.exists(expected_path) or not os.path.exists(sbom_path):
            continue
        expected = json.load(open(expected_path))
        if expected.get("ecosystem") != "npm":
            continue
        found = {}
        for component in json.load(open(sbom_path)).get("components", []):
            key = identity(component)
            if key:
                found[key] = {p["name"]: p["value"] for p in component.get("properties", [])}
        for component in expected["components"]:
            if component.get("is_root_project") or component.get("is_workspace_module") or not component.get("version"):
                continue
            name = (component.get("group") + "/" if component.get("group") and not component["name"].startswith("@") else "")
            key = (name + component["name"]).lower() + "@" + component["version"]
            properties = found.get(key)
            if properties is None:
                continue
            if "scope" in component and component["scope"]:
                checked += 1
                mine = properties.get("sovscan:scope")
                if (component["scope"] == "dev") != (mine == "dev"):
                    wrong += 1
                    print(f"{case}: {key}: scope {mine}, expected {component['scope']}")
            if "direct" in component and component["direct"] is not None:
                checked += 1
                mine = properties.get("sovscan:direct") == "true"
                if mine != component["direct"]:
                    reason = KNOWN.get((case, key, "direct"))
                    if reason:
                        print(f"{case}: {key}: direct {mine}, expected {component['direct']} (known: {reason})")
                        checked -= 1
                        continue
                    wrong += 1
                    print(f"{case}: {key}: direct {mine}, expected {component['direct']}")
    print(f"scope/direct: {checked - wrong}/{checked} right")
    return 1 if wrong else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
