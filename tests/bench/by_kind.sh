#!/bin/bash
# How much of a mixed archive's time goes to switching between kinds of
# paper. Copies the papers of DIR into two layouts, each of three folders:
# one folder per kind (decision records, then action plans, then project
# plans, each kind running as a block), and the same papers dealt into
# three folders at random (a control: the same copying and folder walk).
# Then prints, for each binary, the median CPU time (perf stat's
# task-clock) of `BIN extract -f ndjson -q -j 1` on each layout and on DIR
# itself, over ROUNDS runs taken in turn.
#
#   tests/bench/by_kind.sh ROUNDS DIR BIN [BIN...]
#
# The kinds are those the last binary finds. Needs perf (linux-perf).
set -euo pipefail
rounds=$1
dir=$2
shift 2
bins=("$@")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/by_kind" "$work/random/a" "$work/random/b" "$work/random/c"
n=0
while IFS=, read -r path kind; do
  [ "$path" = path ] && continue
  mkdir -p "$work/by_kind/$kind"
  cp "$path" "$work/by_kind/$kind/$n-$(basename "$path")"
  folder=$(printf 'abc' | cut -c$((RANDOM % 3 + 1)))
  cp "$path" "$work/random/$folder/$n-$(basename "$path")"
  n=$((n + 1))
done < <("${bins[-1]}" extract "$dir" -f csv -q -j 1 --fields path,kind | awk -F, '!seen[$1]++')

cpu_ms() { perf stat -x, -e task-clock "$1" extract "$2" -f ndjson -q -j 1 2>&1 >/dev/null | awk -F, '/task-clock/ {print $1}'; }
median() { sort -n | awk '{a[NR] = $1} END {printf "%.1f", a[int((NR + 1) / 2)]}'; }

printf '| binary | by kind | at random | as given |\n|---|---|---|---|\n'
declare -A times
for layout in "$work/by_kind" "$work/random" "$dir"; do
  for b in "${bins[@]}"; do cpu_ms "$b" "$layout" >/dev/null; done  # warm-up
  for ((r = 0; r < rounds; r++)); do
    for ((k = 0; k < ${#bins[@]}; k++)); do
      i=$(((k + r) % ${#bins[@]}))
      times[$layout,$i]+="$(cpu_ms "${bins[$i]}" "$layout") "
    done
  done
done
for ((i = 0; i < ${#bins[@]}; i++)); do
  row="| ${bins[$i]}"
  for layout in "$work/by_kind" "$work/random" "$dir"; do
    row+=" | $(echo "${times[$layout,$i]}" | tr ' ' '\n' | grep . | median) ms"
  done
  echo "$row |"
done
