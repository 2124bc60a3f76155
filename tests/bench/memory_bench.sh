#!/bin/bash
# Peak memory on hostile shapes: each is generated, extracted with
# `docket extract -f ndjson`, and its peak RSS (/usr/bin/time -f %M) is
# printed with its multiple of the input's size.
#
#   tests/bench/memory_bench.sh [BUILD_DIR]      (default: build-release)
source "$(dirname "$0")/bench_setup.sh"

# Each shape writes its input to standard output.
long_line() { awk 'BEGIN {for (i = 0; i < 20000000; i++) printf "word "; print ""}'; }
plan_rows() {
  awk 'BEGIN {print "| No. | Recommendation | Lead | Date |"; print "|---|---|---|---|";
              for (i = 1; i <= 1000000; i++) printf "| %d | Do %d | X | 2015 |\n", i, i}'
}
data_rows() { awk 'BEGIN {print "| a | b | c |"; print "|---|---|---|"; for (i = 1; i <= 1000000; i++) printf "| %d | x | y |\n", i}'; }
tab_rows() { awk 'BEGIN {print "Name\tValue\tNote"; for (i = 1; i <= 1000000; i++) printf "n%d\tv %d\tz\n", i, i}'; }
html_rows() {
  awk 'BEGIN {print "<table><tr><th>Name</th><th>Value</th></tr>";
              for (i = 1; i <= 1000000; i++) printf "<tr><td>n%d</td><td>v %d</td></tr>\n", i, i; print "</table>"}'
}
wide_table() {
  awk 'BEGIN {for (r = 0; r < 3; r++) {printf "|"; for (i = 0; i < 5000; i++) printf (r == 1 ? "---|" : " c%d |"), i; print ""}}'
}
deep_html() {
  awk 'BEGIN {printf "<table><tr><td>"; for (i = 0; i < 100000; i++) printf "<div>";
              printf "x"; for (i = 0; i < 100000; i++) printf "</div>"; print "</td></tr></table>"}'
}
one_paragraph() { awk 'BEGIN {for (i = 1; i <= 1000000; i++) printf "line %d of one paragraph\n", i}'; }
numbered_paragraphs() {
  awk 'BEGIN {for (i = 1; i <= 200000; i++) printf "%d. the item %d be noted\n\nSome text of paragraph %d.\n\n", i, i, i}'
}
headings() { awk 'BEGIN {for (i = 1; i <= 500000; i++) printf "# Heading %d\n\n", i}'; }
bullets() { awk 'BEGIN {for (i = 1; i <= 1000000; i++) printf "- item %d\n", i}'; }
# The worst cases for the model: blocks of one character, three or four
# bytes each, past the most blocks a paper may have (src/blocks.hpp); as a
# decision record, each is a segment too; as a project plan, an item.
one_character_paragraphs() { awk 'BEGIN {for (i = 1; i <= 2000000; i++) printf "x\n\n"}'; }
one_character_items() { awk 'BEGIN {for (i = 1; i <= 2000000; i++) printf "- x\n"}'; }
one_character_resolutions() { awk 'BEGIN {print "RESOLVED:\n"; for (i = 1; i <= 2000000; i++) printf "x\n\n"}'; }
# One paragraph of labelled lines: a block, and two million segments.
labelled_lines() { awk 'BEGIN {print "RESOLVED:\n"; for (i = 1; i <= 1000000; i++) print "Reasons:"}'; }
numbered_project_lines() { awk 'BEGIN {for (i = 1; i <= 1000000; i++) printf "%d.%d x\n", int(i / 100) + 1, i % 100 + 1}'; }

echo "| shape | input | peak RSS | multiple |"
echo "|---|---|---|---|"
for shape in long_line plan_rows data_rows tab_rows html_rows wide_table deep_html one_paragraph \
             numbered_paragraphs headings bullets one_character_paragraphs one_character_items \
             one_character_resolutions labelled_lines numbered_project_lines; do
  "$shape" > "$work/input.md"
  bytes=$(stat -c %s "$work/input.md")
  /usr/bin/time -f %M -o "$work/rss" "$docket" extract "$work/input.md" -f ndjson -q > /dev/null
  kb=$(cat "$work/rss")
  awk -v s="${shape//_/ }" -v b="$bytes" -v k="$kb" \
    'BEGIN {printf "| %s | %.1f MB | %.0f MB | %.1f× |\n", s, b / 1e6, k * 1024 / 1e6, k * 1024 / b}'
done
