# Shared by bench/startup.sh and bench/scale.sh (sourced, not run). Expects $out, a scratch folder.

# The java the launcher picks: $JAVA_HOME first, then PATH.
if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ]; then
    java="$JAVA_HOME/bin/java"
else
    java=$(command -v java) || { echo "bench: no java on PATH and no JAVA_HOME" >&2; exit 2; }
fi
command -v python3 >/dev/null 2>&1 || { echo "bench: python3 is needed for the medians" >&2; exit 2; }
if command -v hyperfine >/dev/null 2>&1; then
    timer=hyperfine
elif [ -x /usr/bin/time ]; then
    timer=time
else
    echo "bench: needs hyperfine or GNU time (/usr/bin/time): apt-get install -y hyperfine time" >&2
    exit 2
fi

machine() {
    echo "machine: $(nproc) CPUs, $(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo 2>/dev/null | head -n 1)," \
        "$(awk 'NR == 1 { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo 2>/dev/null) RAM;" \
        "load average $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null)"
    echo "java:    $("$java" -version 2>&1 | sed -n 2p) ($java)"
    if [ "$timer" = hyperfine ]; then echo "timer:   $(hyperfine --version)"; else echo "timer:   /usr/bin/time"; fi
}

# Builds the jar if a source changed and the class-data archive if missing, so that no timed run builds either.
prepare() {
    ./drainhunt --version >/dev/null
    DRAINHUNT_CDS=build ./drainhunt --version >/dev/null 2>&1
}

# has_command NAME: whether this build has the subcommand (some are newer than these scripts). Asking for its help
# is not enough: for an unknown one, picocli prints the root command's help and exits 0.
has_command() {
    ./drainhunt "$1" --help 2>/dev/null | grep -q "^Usage: drainhunt $1 "
}

# Prints the command that runs a compiled hello world with this java.
hello_world() {
    mkdir -p "$1/hello"
    printf '%s\n' 'public class Hello {' \
        '    public static void main(String[] args) {' \
        '        System.out.println("Hello, world");' \
        '    }' \
        '}' >"$1/hello/Hello.java"
    javac=${java%/*}/javac
    [ -x "$javac" ] || javac=$(command -v javac) || { echo "bench: javac is needed for the baseline" >&2; exit 2; }
    "$javac" -d "$1/hello" "$1/hello/Hello.java"
    echo "$java -cp $1/hello Hello"
}

# time_commands RUNS LABEL COMMAND [LABEL COMMAND]...: times each command RUNS times after ${WARMUP:-2} warm-up runs
# and adds "label<TAB>seconds" lines to ${OUT_DIR:-$out}/times.tsv. Commands are split into words as a shell would,
# and run without a shell.
time_commands() {
    dir=${OUT_DIR:-$out}
    n=$1
    warmup=${WARMUP:-2}
    shift
    if [ "$timer" = hyperfine ]; then
        args= # LABEL COMMAND pairs become -n "$1" "$2" …, expanded by eval below
        i=0
        for _ in "$@"; do
            i=$((i + 1))
            if [ $((i % 2)) -eq 1 ]; then args="$args -n \"\${$i}\""; else args="$args \"\${$i}\""; fi
        done
        eval "hyperfine -N --style basic --warmup $warmup --runs $n --export-json \"$dir/round.json\" $args" \
            >"$dir/hyperfine.log" 2>&1 || { cat "$dir/hyperfine.log" >&2; return 1; }
        python3 bench/stats.py hyperfine "$dir/round.json" >>"$dir/times.tsv"
        return
    fi
    while [ $# -ge 2 ]; do
        i=0
        while [ "$i" -lt $((n + warmup)) ]; do
            eval "/usr/bin/time -f %e -o \"$dir/one\" $2" >/dev/null 2>&1 </dev/null ||
                { echo "bench: '$1' failed: $2" >&2; return 1; }
            [ "$i" -ge "$warmup" ] && printf '%s\t%s\n' "$1" "$(tail -n 1 "$dir/one")" >>"$dir/times.tsv"
            i=$((i + 1))
        done
        shift 2
    done
}

# peak_rss LABEL COMMAND: the maximum resident set size of 5 runs (GNU time's "Maximum resident set size", the
# largest process of the command's tree), added to ${OUT_DIR:-$out}/rss.tsv in KiB.
peak_rss() {
    dir=${OUT_DIR:-$out}
    [ -x /usr/bin/time ] || { echo "bench: no /usr/bin/time for peak RSS (apt-get install -y time)" >&2; return 0; }
    for i in 1 2 3 4 5; do
        eval "/usr/bin/time -f %M -o \"$dir/one\" $2" >/dev/null 2>&1 </dev/null ||
            { echo "bench: '$1' failed: $2" >&2; return 1; }
        printf '%s\t%s\n' "$1" "$(tail -n 1 "$dir/one")" >>"$dir/rss.tsv"
    done
}
