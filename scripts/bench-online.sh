#!/usr/bin/env bash
# Benchmark of the online fetch, whole processes as users run them (release build):
#   1. `sovscan scan --online` of a yarn lockfile with N packages (default 2,000) whose licences all come from a
#      loopback registry that answers each request after 50 ms (scripts/bench_registry.py);
#   2. the same scan again with every answer in the cache, against the same scan with an empty cache (offline):
#      the ratio is what reading the cache costs.
# Prints the figures; targets: step 1 under 10 s, step 2 at most 1.2x.
set -euo pipefail
cd "$(dirname "$0")/.."
count="${1:-2000}"
latency="${2:-50}"
SOVSCAN_SETUP_TOOLS=0 scripts/setup.sh
swift build -c release --product sovscan 2>&1 | tail -1
bin=$(swift build -c release --show-bin-path)
work=$(mktemp -d)
server_pid=""
cleanup() { [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT
python3 - "$work" "$count" <<'PY'
import json, os, sys
work, count = sys.argv[1], int(sys.argv[2])
os.makedirs(work + "/project")
names = ["bench-pkg-%04d" % i for i in range(count)]
with open(work + "/project/package.json", "w") as f:
    json.dump({"name": "bench", "version": "1.0.0", "private": True,
               "dependencies": {n: "^1.0.0" for n in names}}, f)
with open(work + "/project/yarn.lock", "w") as f:
    f.write("# yarn lockfile v1\n\n\n")
    for n in names:
        f.write('%s@^1.0.0:\n  version "1.0.0"\n\n' % n)
for i, n in enumerate(names):
    os.makedirs(work + "/registry/" + n)
    with open(work + "/registry/%s/1.0.0" % n, "w") as f:
        json.dump({"name": n, "version": "1.0.0", "license": ["MIT", "Apache-2.0", "ISC"][i % 3]}, f)
PY
python3 scripts/bench_registry.py --root "$work/registry" --latency-ms "$latency" > "$work/server.out" &
server_pid=$!
for _ in $(seq 50); do grep -q PORT "$work/server.out" 2>/dev/null && break; sleep 0.1; done
port=$(awk '/PORT/ {print $2}' "$work/server.out")
registry="http://127.0.0.1:$port"
# Milliseconds a command takes.
millis() { local start end; start=$(date +%s%N); "$@" >/dev/null; end=$(date +%s%N); echo $(( (end - start) / 1000000 )); }

online=$(millis "$bin/sovscan" scan "$work/project" --online --cache "$work/cache" --npm-registry "$registry" --quiet --format cyclonedx:/dev/null)
fetched=$(find "$work/cache/npm" -name '*.json' | wc -l)
echo "online scan, $count packages, $latency ms per request: $online ms ($fetched answers cached; target < 10000 ms)"

best() { local best="" t; for _ in 1 2 3 4 5; do t=$(millis "$@"); if [ -z "$best" ] || [ "$t" -lt "$best" ]; then best=$t; fi; done; echo "$best"; }
cached=$(best "$bin/sovscan" scan "$work/project" --cache "$work/cache" --npm-registry "$registry" --quiet --format cyclonedx:/dev/null)
offline=$(best "$bin/sovscan" scan "$work/project" --cache "$work/empty-cache" --npm-registry "$registry" --quiet --format cyclonedx:/dev/null)
echo "every answer cached: $cached ms; offline with an empty cache: $offline ms;" \
  "ratio $(( cached * 100 / offline ))% (target <= 120%; best of 5)"
