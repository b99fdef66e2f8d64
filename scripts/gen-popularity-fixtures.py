#!/usr/bin/env python3
"""Writes the package lists the classification tests measure rule coverage against.

- Tests/ClassificationTests/Fixtures/popularity/npm-top.txt: the 5,000 npm packages with the most monthly
  downloads, from the workplace's npm download list (name, version, downloads_a_month, summary; tab-separated).
- Tests/ClassificationTests/Fixtures/popularity/maven-sample.txt: the group:artifact names of the workplace's
  partial Maven Central list (served names only).

Usage: scripts/gen-popularity-fixtures.py [PACKAGES_DIR] (default /work/.library/env/packages)
"""
import os
import sys

source = sys.argv[1] if len(sys.argv) > 1 else "/work/.library/env/packages"
target = os.path.join(os.path.dirname(__file__), "..", "Tests", "ClassificationTests", "Fixtures", "popularity")
os.makedirs(target, exist_ok=True)

rows = []
with open(os.path.join(source, "npm.tsv"), encoding="utf-8") as handle:
    next(handle)
    for line in handle:
        parts = line.rstrip("\n").split("\t")
        if len(parts) >= 3 and parts[2].isdigit():
            rows.append((int(parts[2]), parts[0]))
rows.sort(key=lambda row: (-row[0], row[1]))
with open(os.path.join(target, "npm-top.txt"), "w", encoding="utf-8") as out:
    for _, name in rows[:5000]:
        out.write(name + "\n")

names = []
with open(os.path.join(source, "maven-partial.tsv"), encoding="utf-8") as handle:
    next(handle)
    for line in handle:
        parts = line.rstrip("\n").split("\t")
        if len(parts) >= 2 and ":" in parts[0] and parts[1] not in ("not-served",):
            names.append(parts[0])
with open(os.path.join(target, "maven-sample.txt"), "w", encoding="utf-8") as out:
    for name in sorted(set(names)):
        out.write(name + "\n")
