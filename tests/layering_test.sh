#!/bin/bash
# Fails when a stage includes a header of a stage above it: the folders of
# src/ are the pipeline, and each may use only those listed before it.
# Usage: layering_test.sh SRC_DIR
set -euo pipefail
src=${1:?usage: layering_test.sh SRC_DIR}

# Rank of each stage; a file may include headers of a lower or equal rank.
declare -A rank=(
  [base]=0 [read]=1 [normalise]=1 [layout]=2 [tables]=3 [recognise]=4
  [build]=5 [write]=5 [check]=6 [pipeline]=7 [cli]=8
)
# Stages of equal rank are independent of each other.
status=0
for dir in "$src"/*/; do
  stage=$(basename "$dir")
  if [[ -z ${rank[$stage]+x} ]]; then
    echo "layering: src/$stage is not a known stage; add it to tests/layering_test.sh" >&2
    status=1
    continue
  fi
  while IFS=: read -r file line include; do
    target=$(sed -E 's|.*#include "([a-z_]+)/.*|\1|' <<<"$include")
    [[ $target == docket ]] && continue  # the public API, include/docket/
    if [[ -z ${rank[$target]+x} ]]; then
      echo "$file:$line: includes from unknown stage '$target'" >&2
      status=1
    elif [[ $target != "$stage" && ${rank[$target]} -ge ${rank[$stage]} ]]; then
      echo "$file:$line: $stage includes $target, which is not below it" >&2
      status=1
    fi
  done < <(grep -n '^#include "' -r "$dir" | sed -E 's|^([^:]+):([0-9]+):|\1:\2:|')
done
if [[ $status -eq 0 ]]; then echo "layering: every stage includes only stages below it"; fi
exit $status
