#!/bin/sh
# Bounded fuzzing (issue 18): each Jazzer @FuzzTest (the pack, progress and export loaders, and the strings the grader
# requires of a pattern's matches) fuzzed for MINUTES, one after the other, with jazzer-junit's fuzzing mode (JAZZER_FUZZ=1). In a plain
# `mvn verify` the same tests only replay their seed corpora (src/test/resources/…/*FuzzTestInputs).
#
#   bench/fuzz.sh [MINUTES] [TARGET…]      defaults: 5 minutes, every target below
#
# A finding fails the run: Jazzer saves the input as crash-… beside the seeds, where every later build replays
# it (fix the code, keep the file). The generated corpus grows in .cifuzz-corpus/ (ignored by git) and is reused
# by the next run. Prints each target's runs, time and outcome; exits 1 when any target found something.
set -eu
cd "$(dirname "$0")/.."

minutes=${1:-5}
[ $# -gt 0 ] && shift
[ $# -gt 0 ] || set -- \
    dev.drainhunt.exercise.PackFuzzTest#anyExerciseFileGivesProblemsNotExceptions \
    dev.drainhunt.exercise.PackFuzzTest#anyManifestGivesProblemsNotExceptions \
    dev.drainhunt.progress.ProgressFuzzTest#anyProgressFileIsReadOrMovedAsideNeverLost \
    dev.drainhunt.report.ExportFuzzTest#anyExportGivesProblemsNotExceptions \
    dev.drainhunt.grading.RequiredLiteralsFuzzTest#aPatternFindsNothingInATextWithoutItsLiterals

logs=$(mktemp -d "${TMPDIR:-/tmp}/drainhunt-fuzz.XXXXXX")
echo "fuzzing ${minutes} min per target; logs in $logs"
mvn -B -o -q test-compile
failed=0
for target in "$@"; do
    log="$logs/${target##*.}.log"
    # @FuzzTest's maxDuration is a compile-time constant (5m by default); jazzer-junit passes libFuzzer flags
    # given as these configuration parameters, and libFuzzer takes the last -max_total_time.
    if JAZZER_FUZZ=1 mvn -B -o -q surefire:test -Dtest="$target" -Dsurefire.failIfNoSpecifiedTests=false \
        -Djazzer.internal.command_line=true -Djazzer.internal.arg.0=fake_argv0 \
        -Djazzer.internal.arg.1=-max_total_time=$((minutes * 60)) >"$log" 2>&1; then
        outcome="nothing found"
    else
        outcome="FOUND SOMETHING (see $log)"
        failed=1
    fi
    done_line=$(grep -a '^Done [0-9]* runs in' "$log" | tail -n 1 || true)
    corpus=$(grep -a '#[0-9]*.*corp: ' "$log" | tail -n 1 | sed 's/.*\(corp: [^ ]*\).*/\1/' || true)
    echo "$target: ${done_line:-no libFuzzer summary}; ${corpus:-corpus unknown}; $outcome"
done
exit $failed
