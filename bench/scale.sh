#!/bin/sh
# Scale benchmark (README, "Performance"): a generated pack of 2,000 exercises and a progress file of 100,000
# attempts; list, progress and validate on them, each timed (median) and run once more with a 256 MiB heap limit
# and a GC log, for the peak heap use; peak RSS as measured by GNU time.
#
#   bench/scale.sh [RUNS] [EXERCISES] [ATTEMPTS]      defaults: 5 runs, 2000 exercises, 100000 attempts
#
# The pack and progress are written by bench/ScalePack.java into a scratch folder. Honours JAVA_HOME like the
# launcher. Exits 1 when a figure misses its target.
set -eu

cd "$(dirname "$0")/.."
runs=${1:-5}
exercises=${2:-2000}
attempts=${3:-100000}
out=$(mktemp -d "${TMPDIR:-/tmp}/drainhunt-scale.XXXXXX")
trap 'rm -rf "$out"' EXIT

. bench/common.sh

machine
prepare

echo "generating $exercises exercises and $attempts attempts…"
"$java" -cp target/drainhunt.jar bench/ScalePack.java exercises "$out" "$exercises" "$attempts" >/dev/null
pack="$out/pack"
export DRAINHUNT_HOME="$out/data"
# The generated pack must be one drainhunt accepts, or the figures below would time an error message.
./drainhunt validate "$pack"
echo "progress.json: $(($(wc -c <"$DRAINHUNT_HOME/progress.json") / 1048576)) MiB"

set -- "drainhunt list" "./drainhunt --exercises $pack list" \
    "drainhunt validate" "./drainhunt validate $pack"
if has_command progress; then
    set -- "$@" "drainhunt progress" "./drainhunt --exercises $pack progress"
else
    echo "this build has no progress command yet; reading progress.json, what it would add to a list:"
    for i in 1 2 3; do
        "$java" -XX:TieredStopAtLevel=1 -cp target/drainhunt.jar bench/ReadProgress.java "$DRAINHUNT_HOME"
    done
fi
time_commands "$runs" "$@"

# Peak heap: each command once more with -Xmx256m (it must succeed) and a GC log; peak RSS as for start-up.
while [ $# -ge 2 ]; do
    eval "DRAINHUNT_JAVA_OPTS='-Xmx256m -Xlog:gc,gc+heap+exit:file=$out/gc.log' $2" >/dev/null ||
        { echo "bench: '$1' failed with a 256 MiB heap" >&2; exit 1; }
    printf '%s\t%s\n' "$1" "$(python3 bench/stats.py gcpeak "$out/gc.log")" >>"$out/heap.tsv"
    peak_rss "$1" "$2"
    shift 2
done

echo
echo "Scale: $exercises exercises, $attempts attempts; median of $runs runs; peak heap with -Xmx256m"
python3 bench/stats.py table "$out" \
    "drainhunt list::1.5s,heap<256MiB" "drainhunt validate::1.5s,heap<256MiB" "drainhunt progress::1.5s,heap<256MiB"
