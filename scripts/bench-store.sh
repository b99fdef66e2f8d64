#!/usr/bin/env bash
# Store benchmark (not a test): fills an SQLite store with SYSTEMS systems x RUNS runs (default 1,000 x 50), each a
# copy of a real run of the sample system with shares varied per run, then times `portfolio --store` (with and
# without --since) and `history --system` as whole processes. Usage: scripts/bench-store.sh [SYSTEMS RUNS]
# It builds and times the release build; SOVSCAN_BENCH_DEBUG=1 times the debug build instead.
set -euo pipefail
cd "$(dirname "$0")/.."
systems=${1:-1000}
runs=${2:-50}
# SOVSCAN_BENCH_SCRATCH=DIR builds in another scratch folder (so a test run holding .build/ need not wait).
scratch=()
if [ -n "${SOVSCAN_BENCH_SCRATCH:-}" ]; then scratch=(--scratch-path "$SOVSCAN_BENCH_SCRATCH"); fi
if [ "${SOVSCAN_BENCH_DEBUG:-0}" = "1" ]; then
  swift build "${scratch[@]}" --product sovscan 2>&1 | tail -1
  bin=$(swift build "${scratch[@]}" --show-bin-path)
else
  swift build "${scratch[@]}" -c release --product sovscan 2>&1 | tail -1
  bin=$(swift build "${scratch[@]}" -c release --show-bin-path)
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
store="$work/history.sqlite"
SOURCE_DATE_EPOCH=1700000000 "$bin/sovscan" scan SampleProjects/kommune-sag \
  --maven-repo SampleProjects/kommune-sag/backend/m2-repository --quiet --format table:/dev/null --store "sqlite:$store"
python3 - "$store" "$systems" "$runs" <<'PY'
import random, sqlite3, sys
path, systems, runs = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
db = sqlite3.connect(path)
run = db.execute("SELECT * FROM runs WHERE id = 1").fetchone()
columns = [c[1] for c in db.execute("PRAGMA table_info(runs)")]
children = {t: (db.execute(f"SELECT * FROM {t} WHERE run_id = 1").fetchall(),
                [c[1] for c in db.execute(f"PRAGMA table_info({t})")]) for t in
            ["run_levels", "run_units", "run_components", "run_bindings", "run_findings"]}
random.seed(7)
db.execute("BEGIN")
db.execute("DELETE FROM run_levels"); db.execute("DELETE FROM run_units"); db.execute("DELETE FROM run_components")
db.execute("DELETE FROM run_bindings"); db.execute("DELETE FROM run_findings"); db.execute("DELETE FROM runs")
db.execute("DELETE FROM systems")
run_id = 0
for s in range(systems):
    db.execute("INSERT INTO systems (id, name, layer, criticality) VALUES (?, ?, ?, ?)",
               (s + 1, f"system-{s:04d}", f"layer-{s % 9}", ["high", "medium", "low"][s % 3]))
    for r in range(runs):
        run_id += 1
        values = dict(zip(columns, run))
        values.update(id=run_id, system_id=s + 1, epoch=1700000000 + r * 86400 * 7 + s,
                      commit_id=f"{run_id:040x}")
        db.execute(f"INSERT INTO runs ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})",
                   [values[c] for c in columns])
        for table, (rows, names) in children.items():
            out = []
            for row in rows:
                item = dict(zip(names, row)); item["run_id"] = run_id
                if table == "run_levels" and item["oss"] > 0:
                    item["oss"] = max(0, item["oss"] - random.randint(0, 1))
                out.append([item[n] for n in names])
            db.executemany(f"INSERT INTO {table} ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})", out)
db.execute("COMMIT")
counts = {t: db.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ["systems", "runs", "run_components", "run_levels"]}
print("store:", ", ".join(f"{v} {k}" for k, v in counts.items()))
PY
ls -l "$store" | awk '{print "store file:", $5, "bytes"}'
# Each command three times: wall time, CPU time (user + system) and peak memory, then per command the medians
# against the issue's 2-second budget. On a shared machine the wall time grows with the load average (printed);
# the CPU time is what the command itself costs.
results="$work/results.tsv"
timed() {
  local label=$1; shift
  /usr/bin/time -f "%e %U %S %M" -o "$work/time.txt" "$@" >/dev/null
  read -r seconds user system kib <"$work/time.txt"
  cpu=$(python3 -c "print(f'{$user + $system:.2f}')")
  printf '%s\t%s\t%s\t%s\n' "$label" "$seconds" "$cpu" "$kib" >>"$results"
  printf '%-36s %6.2f s wall, %5.2f s CPU, %4d MiB peak RSS\n' "$label:" "$seconds" "$cpu" "$((kib / 1024))"
}
for attempt in 1 2 3; do
  timed "portfolio --store (json)" "$bin/sovscan" portfolio --store "sqlite:$store" --format json
  timed "portfolio --store --since (table)" "$bin/sovscan" portfolio --store "sqlite:$store" --since 2024-01-01 --no-color
  timed "history --system (json)" "$bin/sovscan" history --store "sqlite:$store" --system system-0500 --format json
done
echo
echo "build: $bin; load average: $(cut -d' ' -f1-3 /proc/loadavg)"
python3 - "$results" <<'PY'
import statistics, sys
rows = [line.rstrip("\n").split("\t") for line in open(sys.argv[1])]
for label in dict.fromkeys(row[0] for row in rows):
    mine = [row for row in rows if row[0] == label]
    wall = statistics.median(float(row[1]) for row in mine)
    cpu = statistics.median(float(row[2]) for row in mine)
    peak = max(int(row[3]) for row in mine) // 1024
    verdict = "under 2 s" if wall < 2 else ("under 2 s of CPU, over 2 s wall (load)" if cpu < 2 else "OVER 2 s")
    print(f"{label:36} median {wall:5.2f} s wall, {cpu:5.2f} s CPU, peak {peak} MiB: {verdict}")
PY
