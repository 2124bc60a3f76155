#!/bin/bash
# Runs every command of the README's "Recipes" section, in a scratch folder
# whose archive/ holds the papers of samples/, with the docket under test
# first on PATH; fails if any command fails or leaves no output.
#
#   tests/recipes_test.sh DOCKET_BINARY_DIR
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
export PATH="$(cd "$1" && pwd):$PATH"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir "$work/archive"
cp "$root"/samples/*.txt "$work/archive/"
cd "$work"

# The fenced block that follows the "## Recipes" heading.
commands=$(awk '/^## Recipes/ {in_section = 1} in_section && /^```sh/ {in_block = 1; next}
                in_block && /^```/ {exit} in_block && !/^#/ && NF {print}' "$root/README.md")
count=0
while IFS= read -r command; do
  count=$((count + 1))
  output=$(bash -o pipefail -c "$command")
  printf 'recipe %d: %s\n' "$count" "${command:0:70}"
  case $count in
    1) test "$(wc -l < plans.csv)" -gt 1 ;;
    2) test "$(printf '%s\n' "$output" | grep -c .)" -ge 12 ;;  # seed 000's twelve actions, due 2012
    3) printf '%s\n' "$output" | grep -q '^action_plan|' ;;
    4) test "$(wc -l < plans.ndjson)" -eq "$(ls archive | wc -l)" ;;
    # Seed 000 states one saving of c£250k for its twelve recommendations;
    # seed 002 states £48k, up to £400k and £109k on three of its own.
    5) printf '%s\n' "$output" | grep -qx 'archive/000_dc07fa3fb43c23f7.txt|250000'
       printf '%s\n' "$output" | grep -qx 'archive/002_9a9d7c1efdf06267.txt|557000' ;;
    6) printf '%s\n' "$output" | head -1 | grep -q '^lead  *count$'
       test "$(printf '%s\n' "$output" | wc -l)" -ge 3 ;;
  esac
done <<< "$commands"
test "$count" -eq 6
echo "6 passed, 0 failed"
