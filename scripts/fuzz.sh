#!/bin/sh
# Fuzzes sovscan's manifest and infrastructure parsers with libFuzzer (swiftc -sanitize=fuzzer). The policy and
# rule loaders live in other targets; MutationFuzzTests fuzzes them (SOVSCAN_FUZZ_SECONDS makes it run longer).
# Usage: scripts/fuzz.sh [SECONDS] [libFuzzer options...]   (default 60 seconds)
# Needs a debug build first (`swift build`; SOVSCAN_DEBUG_BUILD names another one, e.g. .build-x/debug): Yams and
# libyaml are linked from it. SovScanModel, BoundedYAML and
# Catalogers are compiled again here with coverage instrumentation, with Fuzz/CatalogersFuzzEntry.swift inside
# Catalogers. Seeds come from the test fixtures; crashers land in .build/fuzz/crashers (turn each into a test
# beside the tests of the parser it crashed).
set -eu
cd "$(dirname "$0")/.."
seconds=${1:-60}
[ $# -gt 0 ] && shift
debug=${SOVSCAN_DEBUG_BUILD:-.build/debug}
out=.build/fuzz
mkdir -p "$out/obj" "$out/corpus" "$out/crashers"
flags="-sanitize=fuzzer -parse-as-library -O -g -I $out/obj -I $debug/Modules -I Sources/CLibXML2 -Xcc -I/usr/include/libxml2"
swiftc $flags -module-name SovScanModel -emit-module -emit-module-path "$out/obj/SovScanModel.swiftmodule" \
    -c -wmo Sources/SovScanModel/*.swift -o "$out/obj/SovScanModel.o"
swiftc $flags -module-name BoundedYAML -emit-module -emit-module-path "$out/obj/BoundedYAML.swiftmodule" \
    -c -wmo Sources/BoundedYAML/*.swift -o "$out/obj/BoundedYAML.o"
swiftc $flags -module-name Catalogers -c -wmo $(find Sources/Catalogers -name '*.swift') Fuzz/CatalogersFuzzEntry.swift \
    -o "$out/obj/Catalogers.o"
swiftc -sanitize=fuzzer "$out"/obj/*.o $debug/Yams.build/*.o $debug/CYaml.build/src/*.o -lxml2 -o "$out/sovscan-fuzz"
# Seeds: every fixture, prefixed with the selector byte of its parser (see FuzzedParser).
seed() { i=0; for file in $(find Tests -path '*Fixtures*' -path "$1" -size -200k); do
    { printf "\\$(printf %03o "$2")"; cat "$file"; } > "$out/corpus/seed-$2-$i"; i=$((i + 1)); done; }
seed '*/pom*.xml' 0; seed '*.xml' 0; seed '*/package.json' 1; seed '*/package-lock.json' 2
seed '*/npm-shrinkwrap.json' 2; seed '*/yarn.lock' 3; seed '*/yarn.lock' 4; seed '*/pnpm-lock.yaml' 5
seed '*/Package.resolved' 6; seed '*/Package*.swift' 7; seed '*.json' 8; seed '*.tf' 9; seed '*/.terraform.lock.hcl' 10
seed '*/Dockerfile*' 11; seed '*compose*.y*ml' 12; seed '*/.github/workflows/*' 13; seed '*/.gitlab-ci.yml' 14
seed '*/Chart.yaml' 15; seed '*/values*.yaml' 16
# Kubernetes manifests (YAML and JSON, Helm templates too), Kustomize, Azure Pipelines, ECS task definitions.
seed '*/infrastructure/kubernetes/*.y*ml' 17; seed '*/infrastructure/kustomize/*.json' 17
seed '*/infrastructure/helm*/templates/*' 17; seed '*/kustomization.y*ml' 18
seed '*/azure-pipelines*.yml' 19; seed '*/task-definitions/*.json' 20
"$out/sovscan-fuzz" -max_total_time="$seconds" -max_len=65536 -timeout=10 -rss_limit_mb=2048 \
    -artifact_prefix="$out/crashers/" -print_final_stats=1 "$@" "$out/corpus"
