#!/usr/bin/env bash
# Installs docket from a build tree into a scratch prefix, then configures,
# builds and runs tests/consumer against the installed package alone, as
# another project would: find_package(docket) and docket::docket.
#   install_test.sh BUILD_DIR SOURCE_DIR [CXX_FLAGS]
set -euo pipefail
build_dir=$1
source_dir=$2
cxx_flags=${3:-}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

cmake --install "$build_dir" --prefix "$work/prefix" >/dev/null
test -x "$work/prefix/bin/docket" || { echo "docket binary not installed" >&2; exit 1; }
test -f "$work/prefix/include/docket/docket.hpp" || { echo "headers not installed" >&2; exit 1; }

cmake -S "$source_dir/tests/consumer" -B "$work/build" -DCMAKE_BUILD_TYPE=Release \
      -DCMAKE_PREFIX_PATH="$work/prefix" \
      -DCMAKE_CXX_FLAGS="$cxx_flags" -DCMAKE_EXE_LINKER_FLAGS="$cxx_flags" >/dev/null
cmake --build "$work/build" >/dev/null
got=$("$work/build/docket_consumer" | grep -v '^version ')
expected='kind decision_record
items 2
item 1
item 2'
if [[ "$got" != "$expected" ]]; then
  printf 'consumer printed:\n%s\nexpected:\n%s\n' "$got" "$expected" >&2
  exit 1
fi
"$work/build/docket_consumer" | grep -q '^version [0-9]'
echo "installed package builds and runs a consumer"
