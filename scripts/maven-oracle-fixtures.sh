#!/usr/bin/env bash
# Regenerates the committed oracle cases in Tests/CatalogersTests/Fixtures/maven/oracle/ from real Maven 3.8.7
# (../shared/oracles/maven/mavenoracle.py, default options). Each case keeps project/, m2/ and expected.json;
# Maven's raw output (oracle/) is left out. The seeds cover reactors, BOM imports, classifiers, ranges,
# relocations of optional dependencies and profiles.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
oracle="${MAVEN_ORACLE:-$here/../shared/oracles/maven/mavenoracle.py}"
[ -f "$oracle" ] || oracle="/work/shared/oracles/maven/mavenoracle.py"
target="$here/Tests/CatalogersTests/Fixtures/maven/oracle"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
for seed in 3 4 6 29; do
    python3 "$oracle" --seed "$seed" --out "$work/seed-$seed"
    rm -rf "$target/seed-$seed"
    mkdir -p "$target/seed-$seed"
    cp -r "$work/seed-$seed/project" "$work/seed-$seed/m2" "$work/seed-$seed/expected.json" "$target/seed-$seed/"
done
