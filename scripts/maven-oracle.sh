#!/usr/bin/env bash
# Differential test of sovscan's Maven resolution against real Maven 3.8.7 (offline).
#
#   scripts/maven-oracle.sh [FIRST_SEED [LAST_SEED [WORK_DIR]]]     (default seeds 1..20)
#
# For every seed, ../shared/oracles/maven/mavenoracle.py generates a local repository and a project and runs
# real Maven over it (expected.json); then the Swift test MavenOracleTests.generatedOracleCasesMatchMaven
# resolves every case with sovscan and prints ORACLE-DIFF blocks and an ORACLE-SUMMARY line. Cases that are
# already generated are reused. Extra generator options can be passed in MAVEN_ORACLE_OPTIONS (for example
# "--artifacts 300 --modules 3"). Skips (exit 0) with a reason when the oracle or Maven is missing.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
oracle="${MAVEN_ORACLE:-$here/../shared/oracles/maven/mavenoracle.py}"
[ -f "$oracle" ] || oracle="/work/shared/oracles/maven/mavenoracle.py"
first="${1:-1}"
last="${2:-20}"
work="${3:-${TMPDIR:-/tmp}/sovscan-maven-oracle}"
if [ ! -f "$oracle" ]; then echo "skipped: the Maven oracle (mavenoracle.py) is not available"; exit 0; fi
if ! command -v mvn >/dev/null; then echo "skipped: mvn is not installed (apt-get install maven libmaven-dependency-plugin-java junit4 default-jdk-headless)"; exit 0; fi
mkdir -p "$work"
cases=()
for seed in $(seq "$first" "$last"); do
    dir="$work/seed-$seed"
    if [ ! -f "$dir/expected.json" ]; then
        # shellcheck disable=SC2086
        python3 "$oracle" --seed "$seed" --out "$dir" ${MAVEN_ORACLE_OPTIONS:-} >"$work/seed-$seed.log" 2>&1 || true
    fi
    if [ -f "$dir/expected.json" ] && grep -q '"status": "ok"' "$dir/expected.json"; then
        cases+=("$dir")
    else
        echo "seed $seed: Maven gave no usable answer (see $work/seed-$seed.log); not compared"
    fi
done
if [ ${#cases[@]} -eq 0 ]; then echo "skipped: Maven produced no usable case"; exit 0; fi
list="$(IFS=:; echo "${cases[*]}")"
cd "$here"
output=$(MAVEN_ORACLE_CASES="$list" swift test --filter MavenOracleTests.generatedOracleCasesMatchMaven 2>&1 \
    | grep -E '^ORACLE-|^  |pom\.xml: |error|failed' || true)
echo "$output"
# The run passes only with a summary that counts no differing case.
echo "$output" | grep -q '^ORACLE-SUMMARY .*differing=0' || { echo "maven-oracle: sovscan differs from real Maven"; exit 1; }
# The same worlds served as a remote repository on loopback (--online --maven-remote) must resolve the same.
if MAVEN_ORACLE_CASES="$list" swift test --skip-build --filter OnlineMavenOracleTests >"$work/online.log" 2>&1; then
  echo "maven-oracle: ${#cases[@]} generated worlds resolve the same through a remote repository on loopback"
else
  grep -E '✘|error' "$work/online.log" | head -20
  echo "maven-oracle: resolution through a remote repository differs from the local one"; exit 1
fi
