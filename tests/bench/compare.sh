#!/bin/sh
# tests/bench/compare.sh [BUILD_DIR] — pitchclarity side by side with write-good on the standard corpus.
#
#   cmake -S . -B /tmp/build-perf -G Ninja -DCMAKE_BUILD_TYPE=Release && cmake --build /tmp/build-perf
#   sh tests/bench/compare.sh /tmp/build-perf
#
# Generates the standard corpus (1,000 pitches of 100-200 words, fixed seed) with pc_bench_corpus, installs
# write-good from the npm registry into a temporary folder (WRITE_GOOD_DIR=DIR reuses an installed one), and
# measures, printing each figure, then a table against issue 10's targets:
#   - in-process throughput: write-good (node, wg_bench.js) vs the library (pc_bench_driver), one thread
#   - whole-process start for one pitch: `pitchcheck FILE` vs `node write-good.js FILE` (hyperfine if present)
#   - Analyzer construction; peak RSS for one pitch and for a streamed batch of 100,000 pitches
#   - `pitchcheck batch` throughput with -j1 and -j2; the cost curve from 10 to 100,000 words
#   - full analysis / ICU word+sentence segmentation, from pc_bench (if built)
# The machine is shared: every figure is a median; compare figures from one run only.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
build=${1:-build-perf}
pitchcheck=$build/examples/pitchcheck
gen=$build/tests/pc_bench_corpus
driver=$build/tests/pc_bench_driver
bench=$build/tests/pc_bench
for tool in "$pitchcheck" "$gen" "$driver"; do
  [ -x "$tool" ] || { echo "compare.sh: $tool not found: build the project (Release) into $build first" >&2; exit 2; }
done
command -v node >/dev/null || { echo "compare.sh: node is needed for write-good" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "compare.sh: /usr/bin/time is needed (apt-get install time)" >&2; exit 2; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT INT TERM
say() { printf '%s\n' "$*" >&2; }

# ------------------------------------------------------------------------------------------------ inputs
say "generating the corpus in $work"
"$gen" lines "$work/corpus.txt"            # the standard corpus, one pitch a line
"$gen" lines --count 1 "$work/one.lines"
tr -d '\n' < "$work/one.lines" > "$work/one.txt"   # one pitch (the corpus's first) as a file
"$gen" jsonl --count 20000 "$work/batch20k.jsonl"
"$gen" jsonl --count 100000 "$work/batch100k.jsonl"

# --------------------------------------------------------------------------------------------- write-good
wg=${WRITE_GOOD_DIR:-}
if [ -z "$wg" ]; then
  wg=$work/write-good
  say "installing write-good from the npm registry"
  npm install --prefix "$wg" --no-audit --no-fund --loglevel=error write-good >/dev/null
fi
wg_module=$wg/node_modules/write-good
[ -f "$wg_module/bin/write-good.js" ] || { echo "compare.sh: no write-good in $wg" >&2; exit 2; }
wg_version=$(node -p "require('$wg_module/package.json').version")

value() { awk -v k="$1" '$1 == k { print $2 }'; }
median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
calc() { awk "BEGIN { printf \"%.${2:-2}f\", $1 }"; }

# -------------------------------------------------------------------------------- in-process throughput
say "in-process throughput (median of 5 passes over 1,000 pitches, after a warm-up pass)"
node "$here/wg_bench.js" "$wg_module" "$work/corpus.txt" 5 > "$work/wg.out"
"$driver" throughput "$work/corpus.txt" --repeat 5 > "$work/pc.out"
wg_pps=$(value pitches_per_s < "$work/wg.out")
wg_cpu_pps=$(value cpu_pitches_per_s < "$work/wg.out")
pc_pps=$(value pitches_per_s < "$work/pc.out")
pc_us=$(value us_per_pitch < "$work/pc.out")
pc_cpu_pps=$(value cpu_pitches_per_s < "$work/pc.out")
pc_cpu_us=$(value cpu_us_per_pitch < "$work/pc.out")
say "  write-good $wg_version: $wg_pps pitches/s by wall time, $wg_cpu_pps by CPU time"
say "  pitchclarity: $pc_pps pitches/s by wall time ($pc_us us a pitch), $pc_cpu_pps by CPU time ($pc_cpu_us us)"

# -------------------------------------------------------------------------------- whole-process start
say "whole-process start for one pitch"
if command -v hyperfine >/dev/null; then
  hyperfine -N -i --warmup 5 --runs 50 --export-json "$work/start.json" \
    "$pitchcheck $work/one.txt" "node $wg_module/bin/write-good.js $work/one.txt" >/dev/null 2>&1
  start_pc=$(node -p "(require('$work/start.json').results[0].median * 1000).toFixed(2)")
  start_wg=$(node -p "(require('$work/start.json').results[1].median * 1000).toFixed(2)")
  start_how="hyperfine, median of 50"
else
  run_ms() {  # median wall time of 30 runs of "$@", in ms
    i=0
    while [ $i -lt 30 ]; do
      t0=$(date +%s%N); "$@" >/dev/null 2>&1 || true; t1=$(date +%s%N)
      echo $(((t1 - t0) / 1000)); i=$((i + 1))
    done | median | awk '{ printf "%.2f", $1 / 1000 }'
  }
  start_pc=$(run_ms "$pitchcheck" "$work/one.txt")
  start_wg=$(run_ms node "$wg_module/bin/write-good.js" "$work/one.txt")
  start_how="date +%s%N loop, median of 30"
fi
say "  pitchcheck FILE: $start_pc ms; write-good FILE: $start_wg ms ($start_how)"

# -------------------------------------------------------------------------------------- construction
"$driver" construct --repeat 21 > "$work/construct.out"
construct_ms=$(value construct_median_ms < "$work/construct.out")
construct_first=$(value construct_first_ms < "$work/construct.out")
say "Analyzer construction: median $construct_ms ms (first in the process: $construct_first ms)"

# ----------------------------------------------------------------------------------------- peak memory
rss_mb() {  # peak RSS of "$@" in MB (output discarded)
  /usr/bin/time -v "$@" 2>"$work/time.err" >/dev/null || true
  awk -F: '/Maximum resident set size/ { printf "%.1f", $2 / 1024 }' "$work/time.err"
}
rss_one=$(rss_mb "$pitchcheck" "$work/one.txt")
rss_wg=$(rss_mb node "$wg_module/bin/write-good.js" "$work/one.txt")
say "peak RSS, one pitch: pitchcheck $rss_one MB, write-good $rss_wg MB"
t0=$(date +%s%N)
rss_batch=$(rss_mb "$pitchcheck" batch --no-progress --format jsonl -j2 "$work/batch100k.jsonl")
t1=$(date +%s%N)
batch100k_s=$(calc "($t1 - $t0) / 1e9" 1)
say "peak RSS, pitchcheck batch --format jsonl -j2 over 100,000 pitches: $rss_batch MB ($batch100k_s s)"

# ----------------------------------------------------------------------------------- batch -j1 vs -j2
say "pitchcheck batch --format jsonl over 20,000 pitches, -j1 and -j2 (median of 3)"
batch_run() {  # prints "wall cpu" in seconds for the median-wall run of three
  i=0
  while [ $i -lt 3 ]; do
    /usr/bin/time -f '%e %U %S' -o "$work/batch.time" \
      "$pitchcheck" batch --no-progress --format jsonl -j"$1" "$work/batch20k.jsonl" >/dev/null
    awk 'END { printf "%s %.2f\n", $1, $2 + $3 }' "$work/batch.time"; i=$((i + 1))  # last line: the format
  done | sort -n | sed -n 2p
}
set -- $(batch_run 1); j1_s=$1; j1_cpu=$2
set -- $(batch_run 2); j2_s=$1; j2_cpu=$2
j1_pps=$(calc "20000 / $j1_s" 0)
j2_pps=$(calc "20000 / $j2_s" 0)
jx=$(calc "$j1_s / $j2_s")
cpu_growth=$(calc "$j2_cpu / $j1_cpu")
load=$(cut -d' ' -f1 /proc/loadavg)
"$driver" throughput "$work/corpus.txt" --repeat 5 -j 2 > "$work/pc2.out"
lib_j2=$(calc "$(value pitches_per_s < "$work/pc2.out") / $pc_pps")  # wall time: two threads, one pass
say "  -j1 $j1_s s ($j1_pps pitches/s, $j1_cpu s CPU), -j2 $j2_s s ($j2_pps pitches/s, $j2_cpu s CPU): ${jx}x"
say "  CPU time -j2 / -j1: ${cpu_growth}x (1.0 = the threads cost nothing extra); load average $load on $(nproc) cores"
say "  library alone, 2 threads vs 1 (pc_bench_driver): ${lib_j2}x"

# ---------------------------------------------------------------------------------------- length curve
say "cost by length (median of 5 samples per length)"
"$driver" lengths --min-ms 200 > "$work/lengths.out"
cat "$work/lengths.out" >&2

# ------------------------------------------------------------------------------------ ICU ratio (pc_bench)
icu_ratio="n/a"; icu_ratio_corpus="n/a"
if [ -x "$bench" ]; then
  say "full analysis vs ICU segmentation (pc_bench, medians of 5 repetitions)"
  "$bench" '--benchmark_filter=^BM_(Analyze|IcuWordSentence|IcuWordSentenceReuse)/words:(0|150)$' \
    --benchmark_repetitions=5 --benchmark_report_aggregates_only=true --benchmark_color=false > "$work/bench.out" 2>&1
  icu_ratio=$(awk '$1 == "words:150" { print $5 }' "$work/bench.out")
  icu_ratio_corpus=$(awk '$1 == "corpus" && $2 == "(1,000)" { print $6 }' "$work/bench.out")
  sed -n '/^Ratios/,/^$/p' "$work/bench.out" >&2
fi

# ------------------------------------------------------------------------------------------------- table
verdict() { if awk "BEGIN { exit !($1) }"; then echo met; else echo MISSED; fi; }
icu_verdict() { if [ "$1" = "n/a" ]; then echo "not measured (no pc_bench)"; else verdict "$1 <= 3"; fi; }
inproc_x=$(calc "$pc_pps / $wg_pps" 1)
inproc_cpu_x=$(calc "$pc_cpu_pps / $wg_cpu_pps" 1)
start_x=$(calc "$start_wg / $start_pc" 1)
g() { value "$1" < "$work/lengths.out"; }
cat <<EOF

pitchclarity vs write-good $wg_version — $(date -u +%Y-%m-%d), $(nproc) cores, $(awk -F': ' '/model name/ { print $2; exit }' /proc/cpuinfo)
| measure | pitchclarity | write-good | ratio | target | status |
| --- | ---: | ---: | ---: | --- | --- |
| in-process throughput, 1 thread, wall time | $pc_pps pitches/s ($pc_us us) | $wg_pps pitches/s | ${inproc_x}x | >= 30x | $(verdict "$inproc_x >= 30") |
| in-process throughput, 1 thread, CPU time | $pc_cpu_pps pitches/s ($pc_cpu_us us) | $wg_cpu_pps pitches/s | ${inproc_cpu_x}x | >= 30x | $(verdict "$inproc_cpu_x >= 30") |
| whole-process start, one pitch | $start_pc ms | $start_wg ms | ${start_x}x | >= 8x and <= 10 ms | $(verdict "$start_x >= 8 && $start_pc <= 10") |
| full analysis / ICU word+sentence, 150 words | | | ${icu_ratio}x | <= 3x | $(icu_verdict "$icu_ratio") |
| full analysis / ICU word+sentence, corpus | | | ${icu_ratio_corpus}x | <= 3x | $(icu_verdict "$icu_ratio_corpus") |
| Analyzer construction | $construct_ms ms | | | <= 5 ms | $(verdict "$construct_ms <= 5") |
| peak RSS, one pitch | $rss_one MB | $rss_wg MB | | <= 40 MB | $(verdict "$rss_one <= 40") |
| peak RSS, batch of 100,000 (streamed, -j2) | $rss_batch MB ($batch100k_s s) | | | <= 64 MB | $(verdict "$rss_batch <= 64") |
| batch -j2 / -j1 (20,000 pitches, jsonl), wall time | $j2_pps / $j1_pps pitches/s | | ${jx}x | >= 1.8x | $(verdict "$jx >= 1.8") |
| batch CPU time -j2 / -j1 (load average $load) | $j2_cpu / $j1_cpu s | | ${cpu_growth}x | ~1.0x | |
| full analysis, typical 150-word pitch | $(g typical_pitch_150_us) us | | | | |
| 10 -> 100 words | $(g length_100_us) us | | $(g length_100_growth)x | <= 11x | $(verdict "$(g length_100_growth) <= 11") |
| 100 -> 1,000 words | $(g length_1000_us) us | | $(g length_1000_growth)x | <= 11x | $(verdict "$(g length_1000_growth) <= 11") |
| 1,000 -> 10,000 words | $(g length_10000_us) us | | $(g length_10000_growth)x | <= 11x | $(verdict "$(g length_10000_growth) <= 11") |
| 10,000 -> 100,000 words | $(g length_100000_us) us | | $(g length_100000_growth)x | <= 11x | $(verdict "$(g length_100000_growth) <= 11") |
EOF
