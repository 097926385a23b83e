#!/bin/sh
# Rendering a very long code line (issue 18): CodeView on lines of 10 KB, 100 KB and 1 MB at 80 columns, in one
# JVM. Linear means the time per character stays flat across lengths; the ratio column says how far it grew.
#
#   bench/render.sh [LENGTH…]      default: 10000 100000 1000000
set -eu
cd "$(dirname "$0")/.."
out=$(mktemp -d "${TMPDIR:-/tmp}/drainhunt-render.XXXXXX")
trap 'rm -rf "$out"' EXIT
. bench/common.sh
machine
[ -f target/drainhunt.jar ] || mvn -B -q -o package -DskipTests
[ $# -gt 0 ] || set -- 10000 100000 1000000
"$java" -cp target/drainhunt.jar bench/LongLine.java "$@"
