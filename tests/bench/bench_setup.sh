# Sourced by the bench scripts, with their arguments: builds docket
# (Release) in BUILD_DIR, the first argument (default: build-release), and
# sets $root, $build, $docket and a scratch directory $work that is removed
# on exit. Only the docket target is built, so a build directory set up for
# the tests keeps them.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
build=${1:-$root/build-release}
cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$build" -j --target docket >/dev/null
docket=$build/docket
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
