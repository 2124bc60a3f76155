#!/bin/bash
# Compares docket binaries on the same papers in one sitting, taking turns:
# each round runs every binary once (the order rotating), so that a change
# in the machine's load falls on all of them alike. hyperfine runs one
# command's runs before the next's, which on a shared machine can put a
# busy minute on one binary only.
#
#   tests/bench/interleave.sh ROUNDS DIR BIN [BIN...]
#
# Prints, for each binary, the median and fastest wall time of
# `BIN extract DIR -f ndjson -q -j 1` and the MB/s they give. The time of
# starting each run from bash (about a millisecond) is in every figure.
set -euo pipefail
rounds=$1
dir=$2
shift 2
bins=("$@")
bytes=$(find "$dir" -type f -printf '%s\n' | awk '{s += $1} END {print s}')
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

run() { "$1" extract "$dir" -f ndjson -q -j 1 >/dev/null; }
for b in "${bins[@]}"; do run "$b"; run "$b"; done  # warm-up
n=${#bins[@]}
for ((r = 0; r < rounds; r++)); do
  for ((k = 0; k < n; k++)); do
    i=$(((k + r) % n))
    start=$(date +%s%N)
    run "${bins[$i]}"
    end=$(date +%s%N)
    echo $(((end - start) / 1000)) >>"$work/$i"
  done
done
for ((i = 0; i < n; i++)); do
  sort -n "$work/$i" | awk -v b="$bytes" -v name="${bins[$i]}" '
    { t[NR] = $1 }
    END {
      m = (NR % 2) ? t[(NR + 1) / 2] : (t[NR / 2] + t[NR / 2 + 1]) / 2
      printf "%-40s median %7.1f ms %6.1f MB/s   fastest %7.1f ms %6.1f MB/s   (%d runs)\n",
             name, m / 1000, b / m, t[1] / 1000, b / t[1], NR
    }'
done
