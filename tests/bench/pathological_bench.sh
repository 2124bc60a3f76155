#!/bin/bash
# Growth of cost on the pathological shapes of the bad-input suite: each
# shape at size N and 10×N, timed with docket extract -f ndjson (median of
# 3 runs). Linear parsing gives a ratio near 10.
#
#   tests/bench/pathological_bench.sh [BUILD_DIR]      (default: build-release)
source "$(dirname "$0")/bench_setup.sh"

long_line() { awk -v n="$1" 'BEGIN {for (i = 0; i < n; i++) printf "word "; print ""}'; }
wide_table() {
  awk -v n="$1" 'BEGIN {for (r = 0; r < 3; r++) {printf "|"; for (i = 0; i < n; i++) printf (r == 1 ? "---|" : " c%d |"), i; print ""}}'
}
many_rows() {
  awk -v n="$1" 'BEGIN {print "| No. | Recommendation | Lead | Date |"; print "|---|---|---|---|";
                        for (i = 1; i <= n; i++) printf "| %d | Do %d | X | 2015 |\n", i, i}'
}
deep_html() {
  awk -v n="$1" 'BEGIN {printf "<table><tr><td>"; for (i = 0; i < n; i++) printf "<div>";
                        printf "x"; for (i = 0; i < n; i++) printf "</div>"; print "</td></tr></table>"}'
}
many_paragraphs() {
  awk -v n="$1" 'BEGIN {for (i = 1; i <= n; i++) printf "%d. the item %d be noted\n\nSome text of paragraph %d.\n\n", i, i, i}'
}

median() {
  local times=()
  for _ in 1 2 3; do
    local start end
    start=$(date +%s.%N)
    "$docket" extract "$1" -f ndjson -q >/dev/null
    end=$(date +%s.%N)
    times+=("$(awk -v a="$start" -v b="$end" 'BEGIN {printf "%.4f", b - a}')")
  done
  printf '%s\n' "${times[@]}" | sort -g | sed -n 2p
}

echo "| shape | N | time at N | time at 10×N | ratio |"
echo "|---|---|---|---|---|"
for shape in "long_line 2000000" "wide_table 1000" "many_rows 100000" "deep_html 10000" "many_paragraphs 20000"; do
  set -- $shape
  "$1" "$2" > "$work/small"
  "$1" $(( $2 * 10 )) > "$work/large"
  small=$(median "$work/small")
  large=$(median "$work/large")
  echo "| ${1//_/ } | $2 | ${small} s | ${large} s | $(awk -v a="$large" -v b="$small" 'BEGIN {printf "%.1f", a / b}') |"
done
