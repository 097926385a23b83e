#!/bin/sh
# Start-up benchmark (README, "Performance"): the median wall time of short drainhunt commands, run through the
# launcher as a user runs them, as ratios to a hello-world java run timed in the same run, and their peak RSS.
# Then one command in each state of the class-data archive: fresh, none, stale, and the plain JVM.
#
#   bench/startup.sh [RUNS [ROUNDS]]   RUNS timed runs per command in each of ROUNDS rounds (default 3 of 10)
#
# Many short rounds rather than a few long ones: the commands take turns every few runs, so a slow spell of this
# shared host (they last seconds) weighs on all of them alike instead of on the one whose turn it was.
#
# Uses hyperfine when installed (else a loop with GNU time), GNU time for peak RSS (the "Maximum resident set size"
# of /usr/bin/time -v), python3 for the medians. Honours JAVA_HOME like the launcher. Exits 1 when a figure misses
# its target.
set -eu

cd "$(dirname "$0")/.."
runs=${1:-3}
rounds=${2:-10}
single=$((runs * rounds / 3)) # the runs of a table timed in one round (the archive's states)
export WARMUP=1 # before each command's runs of a round; the first round's warm the page cache
out=$(mktemp -d "${TMPDIR:-/tmp}/drainhunt-startup.XXXXXX")
trap 'rm -rf "$out"' EXIT
export DRAINHUNT_HOME="$out/data" # never the user's progress

. bench/common.sh

machine
prepare

# Progress to read, as a learner who has practised has: three exercises answered, each graded and given a review,
# so that list shows their status and the review forecast.
for n in 1 2 3; do
    printf 'the channel is unbuffered so a signal is lost\n:skip\n:quit\n' | ./drainhunt practice "$n" >/dev/null 2>&1
done

hello=$(hello_world "$out")
if has_command check; then
    check_label="drainhunt check 1 --diagnosis …"
    check_command='./drainhunt check 1 --diagnosis "the stop channel is unbuffered, so a signal can be lost"'
else
    check_label="drainhunt show 1 (check stand-in)"
    check_command="./drainhunt show 1"
fi
practice_label="echo :quit | drainhunt practice 1"
practice_command="sh -c 'echo :quit | ./drainhunt practice 1'"
# For reference, no target: the JVM and picocli's command model alone, the floor under every command.
floor_label="drainhunt --version (floor)"
floor_command="./drainhunt --version"
# The practice screen on a pseudo-terminal (line editing), timed by bench/ptytime.py from the fork until the first
# screen is painted (its last line lists the commands, ending in :help); the prompt's line editor is built
# meanwhile, and its cost shows in the reference row, timed until :quit is read and the program has exited.
pty_label="practice 1 on a terminal"
pty_ready_label="practice 1 on a terminal, to exit"
export TERM=xterm-256color # the commonest terminal type; JLine knows its capabilities without infocmp
# The peer to beat (issue 17): learnyounode, installed once from the npm registry into a cache folder.
peer_label="learnyounode list (peer)"
peer_command=
peer_dir="${XDG_CACHE_HOME:-$HOME/.cache}/drainhunt-bench/npm"
if [ ! -x "$peer_dir/node_modules/.bin/learnyounode" ] && command -v npm >/dev/null 2>&1; then
    echo "bench: installing learnyounode from the npm registry into $peer_dir (once)" >&2
    npm install --prefix "$peer_dir" --no-audit --no-fund learnyounode >/dev/null 2>&1 || true
fi
[ -x "$peer_dir/node_modules/.bin/learnyounode" ] && peer_command="$peer_dir/node_modules/.bin/learnyounode list"

# Rounds alternate the order, so a change in the machine's load weighs on every command alike.
set -- "java Hello (baseline)" "$hello" "$floor_label" "$floor_command" "drainhunt list" "./drainhunt list" \
    "$check_label" "$check_command" "$practice_label" "$practice_command"
[ -n "$peer_command" ] && set -- "$@" "$peer_label" "$peer_command"
pty_runs() {
    python3 bench/ptytime.py --rss "$out/rss.tsv" --until ':help' "$runs" "$WARMUP" "$pty_label" ':quit\n' \
        ./drainhunt practice 1 >>"$out/times.tsv"
    python3 bench/ptytime.py "$runs" "$WARMUP" "$pty_ready_label" ':quit\n' ./drainhunt practice 1 >>"$out/times.tsv"
}
round=1
while [ "$round" -le "$rounds" ]; do
    if [ $((round % 2)) -eq 1 ]; then
        time_commands "$runs" "$@"
        pty_runs
    else
        pty_runs
        time_commands "$runs" "$@" # hyperfine runs them in turn; the pty runs move to the other end
    fi
    round=$((round + 1))
done
peak_rss "java Hello (baseline)" "$hello"
peak_rss "$floor_label" "$floor_command"
peak_rss "drainhunt list" "./drainhunt list"
peak_rss "$check_label" "$check_command"
peak_rss "$practice_label" "$practice_command"
[ -n "$peer_command" ] && peak_rss "$peer_label" "$peer_command"

echo
echo "Start-up, median of $((runs * rounds)) runs each (the practice screen: from exec until it is painted, quit at once)"
status=0
if [ -n "$peer_command" ]; then
    faster="<=$peer_label"
else
    echo "(no npm: learnyounode, the peer, was not timed)"
    faster=
fi
python3 bench/stats.py table "$out" --baseline "java Hello (baseline)" \
    "drainhunt list::2.5x,80MiB${faster:+,$faster}" "$check_label::2.5x,80MiB${faster:+,$faster}" \
    "$practice_label::3x,80MiB" "$pty_label::4x,80MiB" || status=1

# The archive's states, for drainhunt list. "stale": the jar is newer than the archive, as after a build; the
# launcher then runs without it and rebuilds it in the background (idle), as it does for a user. The plain JVM is
# timed before that, without a rebuild running: a stale archive must cost no more than having no launcher at all.
states="$out/states"
mkdir -p "$states"
OUT_DIR=$states time_commands "$single" "java Hello (baseline)" "$hello" \
    "fresh archive" "./drainhunt list" \
    "no archive (DRAINHUNT_CDS=off)" "env DRAINHUNT_CDS=off ./drainhunt list" \
    "plain JVM (java -jar)" "$java -jar target/drainhunt.jar list"
touch target/drainhunt.jar
./drainhunt list >/dev/null # starts the rebuild
OUT_DIR=$states time_commands "$single" "stale archive (rebuilding)" "./drainhunt list"
DRAINHUNT_CDS=build ./drainhunt --version >/dev/null 2>&1

echo
echo "drainhunt list in each state of the class-data archive, median of $single runs"
python3 bench/stats.py table "$states" --baseline "java Hello (baseline)" \
    "no archive (DRAINHUNT_CDS=off)::<=plain JVM (java -jar)" \
    "stale archive (rebuilding)::<=plain JVM (java -jar)" || status=1

# A JDK 25 or newer beside this one (BENCH_JDK25, else the first under /usr/lib/jvm): every command no slower on
# it, with its AOT cache, than on this JDK with its archive; three rounds, like the first table.
feature_of() { sed -n 's/^JAVA_VERSION="\{0,1\}\([0-9]*\).*/\1/p' "$1/release" 2>/dev/null || true; }
this_home=$(dirname "$(dirname "$(readlink -f "$java")")")
this=$(feature_of "$this_home")
newer=${BENCH_JDK25:-}
if [ -z "$newer" ]; then
    for home in /usr/lib/jvm/*; do
        f=$(feature_of "$home")
        if [ -n "$f" ] && [ "$f" -ge 25 ] && [ -x "$home/bin/java" ]; then newer=$home && break; fi
    done
fi
if [ -n "$this" ] && [ "$this" -lt 25 ] && [ -n "$newer" ]; then
    later=$(feature_of "$newer")
    JAVA_HOME=$newer DRAINHUNT_CDS=build ./drainhunt --version >/dev/null 2>&1
    jdks="$out/jdks"
    mkdir -p "$jdks"
    with="env JAVA_HOME=$newer"
    set -- "java Hello (baseline)" "$hello" \
        "version on $this" "./drainhunt --version" "version on $later" "$with ./drainhunt --version" \
        "list on $this" "./drainhunt list" "list on $later" "$with ./drainhunt list" \
        "check on $this" "$check_command" "check on $later" "$with $check_command" \
        "practice on $this" "$practice_command" \
        "practice on $later" "sh -c 'echo :quit | JAVA_HOME=$newer ./drainhunt practice 1'"
    round=1
    while [ "$round" -le "$rounds" ]; do
        OUT_DIR=$jdks time_commands "$runs" "$@"
        round=$((round + 1))
    done
    echo
    echo "Java $later ($newer) against Java $this, median of $((runs * rounds)) runs each"
    python3 bench/stats.py table "$jdks" --baseline "java Hello (baseline)" \
        "version on $later::<=version on $this" "list on $later::<=list on $this" \
        "check on $later::<=check on $this" "practice on $later::<=practice on $this" || status=1
fi
exit "$status"
