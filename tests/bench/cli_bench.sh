#!/bin/bash
# Whole-CLI benchmark: docket extract -f ndjson on a generated corpus of small
# papers and on one large file, against cat of the same bytes, with peak
# memory, parallel speed-up, start-up time and how the cost grows with the
# input. Prints a Markdown report; docs/performance.md records one.
#
#   tests/bench/cli_bench.sh [BUILD_DIR]      (default: build-release)
set -euo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd)
build=${1:-$root/build-release}
runs=${DOCKET_BENCH_RUNS:-10}

if [ ! -x /usr/bin/time ]; then
  ${SUDO:-$( [ "$(id -u)" -eq 0 ] || echo sudo )} apt-get install -y -qq time >/dev/null
fi
if ! command -v hyperfine >/dev/null; then
  ${SUDO:-$( [ "$(id -u)" -eq 0 ] || echo sudo )} apt-get install -y -qq hyperfine >/dev/null
fi
# Only the two targets the bench runs: a build directory set up for the
# tests keeps them.
cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$build" -j --target docket docket_make_corpus >/dev/null
docket=$build/docket
make_corpus=$build/tests/bench/docket_make_corpus

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$make_corpus" "$root/samples" "$work/small" --files 200 --big-mb 5 --seed 3 >/dev/null
"$make_corpus" "$root/samples" "$work/main" --files 2000 --big-mb 50 --seed 1 >/dev/null
"$make_corpus" "$root/samples" "$work/many" --files 20000 --seed 2 >/dev/null
# The 22,000 files just written go to disk in the background for some
# seconds; the timings below must not share the machine with that.
sync

bytes_of() { find "$1" -type f -printf '%s\n' | awk '{s += $1} END {print s}'; }

# Median wall-clock seconds of `runs` runs of a command (output discarded),
# after two warm-up runs, timed by hyperfine without a shell in between.
median_seconds() {
  hyperfine -N --warmup 2 --runs "$runs" --export-json "$work/median.json" "$*" >/dev/null 2>&1
  awk -F: '/"median"/ {gsub(/[ ,]/, "", $2); printf "%.4f", $2; exit}' "$work/median.json"
}

peak_rss_kb() { /usr/bin/time -f '%M' "$@" 2>&1 >/dev/null | tail -1; }

mbps() { awk -v b="$1" -v t="$2" 'BEGIN {printf "%.1f", b / 1000000 / t}'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", a / b}'; }

# cat of the same files, as one command hyperfine can run without a shell.
find "$work/main/files" -type f -print0 | sort -z > "$work/files.list0"

files_bytes=$(bytes_of "$work/main/files")
big_bytes=$(stat -c %s "$work/main/big.txt")
small_files_bytes=$(bytes_of "$work/small/files")
small_big_bytes=$(stat -c %s "$work/small/big.txt")

t_files_1=$(median_seconds "$docket" extract "$work/main/files" -f ndjson -j 1 -q)
t_files_2=$(median_seconds "$docket" extract "$work/main/files" -f ndjson -j 2 -q)
t_big_1=$(median_seconds "$docket" extract "$work/main/big.txt" -f ndjson -j 1 -q)
t_cat_files=$(median_seconds xargs -0 -a "$work/files.list0" cat)
t_cat_big=$(median_seconds cat "$work/main/big.txt")
t_small_files=$(median_seconds "$docket" extract "$work/small/files" -f ndjson -j 1 -q)
t_small_big=$(median_seconds "$docket" extract "$work/small/big.txt" -f ndjson -j 1 -q)

rss_files=$(peak_rss_kb "$docket" extract "$work/main/files" -f ndjson -q)
rss_many=$(peak_rss_kb "$docket" extract "$work/many/files" -f ndjson -q)
rss_big=$(peak_rss_kb "$docket" extract "$work/main/big.txt" -f ndjson -q)

# Start-up: the mean of 300 runs, in milliseconds, measured by hyperfine
# without a shell in between (a shell loop adds its own fork and exec).
per_run_ms() {
  hyperfine -N --warmup 20 --runs 300 --export-json "$work/hf.json" "$*" >/dev/null 2>&1
  awk -F: '/"mean"/ {gsub(/[ ,]/, "", $2); printf "%.2f", $2 * 1000; exit}' "$work/hf.json"
}
seed=$(ls "$root"/samples/*.txt | head -1)
startup_ms=$(per_run_ms "$docket" --version)
seed_ms=$(per_run_ms "$docket" extract "$seed" -q)

cat <<REPORT
| measure | value |
|---|---|
| corpus: generated files | 2,000 files, $files_bytes bytes |
| corpus: one large file | $big_bytes bytes |
| \`-j 1\`, 2,000 files | $(mbps "$files_bytes" "$t_files_1") MB/s ($t_files_1 s) |
| \`-j 1\`, large file | $(mbps "$big_bytes" "$t_big_1") MB/s ($t_big_1 s) |
| \`cat\`, 2,000 files | $(mbps "$files_bytes" "$t_cat_files") MB/s |
| \`cat\`, large file | $(mbps "$big_bytes" "$t_cat_big") MB/s |
| docket / cat time, 2,000 files | $(ratio "$t_files_1" "$t_cat_files") |
| docket / cat time, large file | $(ratio "$t_big_1" "$t_cat_big") |
| \`-j 2\` speed-up over \`-j 1\`, 2,000 files | $(ratio "$t_files_1" "$t_files_2")× |
| peak RSS, 2,000 files | $rss_files KB |
| peak RSS, 20,000 files | $rss_many KB |
| peak RSS, large file | $rss_big KB ($(ratio "$((rss_big * 1024))" "$big_bytes")× the file) |
| \`docket --version\` | $startup_ms ms |
| one seed end to end | $seed_ms ms |
| 10× the files costs | $(ratio "$t_files_1" "$t_small_files")× the time ($small_files_bytes → $files_bytes bytes) |
| 10× the large file costs | $(ratio "$t_big_1" "$t_small_big")× the time ($small_big_bytes → $big_bytes bytes) |
REPORT
