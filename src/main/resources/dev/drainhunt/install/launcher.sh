#!/bin/sh
# drainhunt's launcher: runs the jar with Java 17 or newer, with flags for short runs and a class-data archive.
# `drainhunt install` writes it with the installed jar's path and an archive folder in the user's cache; the
# checkout's ./drainhunt runs this very file after its build step, naming target/ (see "Performance" in README.md).
#
# The archive: the classes the commands need, already parsed and verified, mapped into memory. It is built in the
# background after a run that found none (or a stale one), so no run ever waits for it; until it exists, runs go
# without it. DRAINHUNT_CDS=off runs without it; DRAINHUNT_CDS=build builds a missing or stale one first, in the
# foreground (for benchmarks and packaging).
set -u

jar=@JAR@
# An install keeps its archives in the user's cache, one folder per installed jar (the key is its path's hash):
# never beside the jar, where uninstall would find files it did not write. XDG: a relative path is ignored.
cache=${XDG_CACHE_HOME:-}
case $cache in /*) ;; *) cache=${HOME:+$HOME/.cache} ;; esac
archives=
[ -n "$cache" ] && archives="$cache/drainhunt/@ARCHIVE_KEY@"
training_pack=
case $jar in
    @*) # not installed: sourced by the checkout's ./drainhunt, which names its jar, archive folder and pack
        jar=$launch_jar
        archives=$launch_archives
        training_pack=$launch_pack
        ;;
esac

die() {
    printf 'drainhunt: %s\n' "$1" >&2
    exit "${2:-1}"
}

# Java: $JAVA_HOME first, then PATH.
if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ]; then
    java="$JAVA_HOME/bin/java"
else
    java=$(command -v java 2>/dev/null) || die "Java 17 or newer is needed and none was found: install a JDK 17+ (e.g. apt-get install openjdk-17-jdk) or set JAVA_HOME"
fi

# The JDK's release file states its version without starting a JVM; it is read with shell built-ins only,
# since every process started here adds to every run. Finding the JDK behind a symlinked java (/usr/bin/java)
# takes one, readlink: its answers are kept beside the archives, a java and its JDK's binary a line each, and one
# is trusted while it names the same file (-ef: the same device and inode), so that a switched or reinstalled JDK
# is resolved again.
java_real=
resolved=${archives:+$archives/drainhunt-java.paths} # drainhunt-…: uninstall removes it with the archives
if [ -n "$resolved" ] && [ -r "$resolved" ]; then
    entries=0
    while IFS= read -r cached_java && IFS= read -r cached_real; do
        entries=$((entries + 1))
        [ "$cached_java" = "$java" ] && [ "$java" -ef "$cached_real" ] && java_real=$cached_real
    done <"$resolved"
fi
if [ -z "$java_real" ]; then
    java_real=$(readlink -f "$java" 2>/dev/null) || java_real=$java
    # Only into a folder that is there already (an archive build makes it): a run itself creates no folder. Two
    # short lines appended at once; the list starts over once it holds a few dozen answers.
    if [ -n "$resolved" ] && [ -d "$archives" ]; then
        if [ "${entries:-0}" -ge 32 ]; then
            printf '%s\n%s\n' "$java" "$java_real" >"$resolved" 2>/dev/null
        else
            printf '%s\n%s\n' "$java" "$java_real" >>"$resolved" 2>/dev/null
        fi
    fi
fi
release=${java_real%/*}
release=${release%/*}/release
java_version=
java_build=
feature=
if [ -r "$release" ]; then
    while IFS= read -r line || [ -n "$line" ]; do
        case $line in
            JAVA_VERSION=*) java_version=${line#*=} ;;
            JAVA_RUNTIME_VERSION=*) java_build=${line#*=} ;;
        esac
    done <"$release"
    java_version=${java_version#\"}
    java_version=${java_version%\"}
    java_build=${java_build#\"}
    java_build=${java_build%\"}
    feature=${java_version%%[!0-9]*}
    if [ "$feature" = "1" ]; then feature=8; fi
    if [ -n "$feature" ] && [ "$feature" -lt 17 ]; then
        die "Java 17 or newer is needed, but $java is Java $java_version: install a JDK 17+ or set JAVA_HOME"
    fi
fi

[ -f "$jar" ] || die "$jar is missing: install drainhunt again (java -jar drainhunt.jar install)"

# Commands that only print lay text out to $COLUMNS; asking stty here spares the JVM a terminal library.
if [ -z "${COLUMNS:-}" ] && [ -t 1 ]; then
    { size=$(stty size <&3 2>/dev/null) || size=; } 3>&1
    case ${size#* } in
        '' | *[!0-9]*) ;;
        *) COLUMNS=${size#* } && export COLUMNS ;;
    esac
    # The rows too, so the first practice screen fits without waiting for the terminal library.
    case ${size% *} in
        '' | *[!0-9]*) ;;
        *) [ -n "${LINES:-}" ] || { LINES=${size% *} && export LINES; } ;;
    esac
fi

# Flags for a short run: C1 only, and on one compiler thread (a run is over before compiling pays, and a second
# compiler thread takes a core from the run's own two threads), no shared perf-data file, and picocli need not
# look for Groovy. The serial collector starts fastest from JDK 18 on; Java 17 maps the archived heap objects (the
# module graph, interned strings) only for G1, which then starts faster. -Xlog:cds=off keeps a stale or foreign
# archive silent: the JVM then simply runs without it (-Xlog:aot=off, below, the same for an AOT cache).
jvm_flags="-XX:TieredStopAtLevel=1 -XX:-UsePerfData -Dpicocli.disable.closures=true -Xlog:cds=off -Xlog:cds+dynamic=off"
# (One compiler thread is too few for C2: not when DRAINHUNT_JAVA_OPTS asks for another tier.)
case ${DRAINHUNT_JAVA_OPTS:-} in
    *Tiered* | *CICompilerCount*) ;;
    *) jvm_flags="$jvm_flags -XX:CICompilerCount=1" ;;
esac
if [ -n "$feature" ] && [ "$feature" -ge 18 ]; then jvm_flags="$jvm_flags -XX:+UseSerialGC"; fi

# JDK 25 and newer: an AOT cache (JEP 483) instead of the class-data archive. Besides the classes, parsed and
# linked, it holds their lambdas and string concatenations already resolved, which the archive cannot; it is
# recorded from one process, so drainhunt's Training runs the common commands in one JVM. It measured faster than
# the archive on JDK 25 for every command (README.md, "Performance"). It cannot be combined with -Xshare:auto.
kind=jsa
if [ -n "$feature" ] && [ "$feature" -ge 25 ]; then
    kind=aot
    jvm_flags="$jvm_flags -Xlog:aot=off"
    # JDK 25 also replays the recording's method profiles on a thread of its own, compiling ahead of need: work a
    # C1-only run of a tenth of a second never gets back (list measured 135 -> 115 ms without it). A diagnostic
    # flag, so only on the JDK it was measured on.
    if [ "$feature" -eq 25 ]; then
        jvm_flags="$jvm_flags -XX:+UnlockDiagnosticVMOptions -XX:-AOTReplayTraining"
    fi
elif [ -n "$feature" ]; then
    # Recent JDKs (17.0.x updates, 20+) map the archive at a random address and then patch every pointer in it,
    # which costs this 28 MB archive some 10 ms a start; map it where it was dumped for, as they used to, and
    # relocate only if that address is taken. (The trade: the archive's classes sit at a known address. To keep
    # relocating, set DRAINHUNT_JAVA_OPTS=-XX:ArchiveRelocationMode=1, which comes later and wins.) Not for the
    # AOT cache, which it made slower on JDK 25.
    jvm_flags="$jvm_flags -Xshare:auto -XX:+UnlockDiagnosticVMOptions -XX:ArchiveRelocationMode=0"
else
    jvm_flags="$jvm_flags -Xshare:auto"
fi

# One archive per JDK build: the JVM accepts only an archive dumped by the very same build, for the jar at the
# same path with the same size and time. The stamp beside it names the java and the jar it was made for.
# JDK 25 loads every class of an AOT cache when a run starts, so the commonest commands keep caches of their own,
# recorded from them alone (Training's families): version, help (--help and help), list and check for
# themselves, practice for a session (practice, review, the bare drainhunt); the cache of all the common commands
# serves the rest, and any command while its own is still being made.
base=
case ${java_build:-$java_version} in
    '' | *[!A-Za-z0-9._+-]*) ;;
    *) base="$archives/drainhunt-${java_build:-$java_version}" ;;
esac
[ -n "$archives" ] || base=
[ "${DRAINHUNT_CDS:-on}" = off ] && base=
archive=
shared=
# The resources a start-up reads, copied out of the jar beside the archives by their build (ResourceCopy): a run
# whose classes all come from the archive then opens no jar. A copy of another jar is ignored, so it is always
# named; a path with spaces stays one word (${copies:+"$copies"}).
copies=
[ -n "$base" ] && copies="-Ddrainhunt.resourceCopies=$archives"
if [ -n "$base" ] && [ "$kind" = aot ]; then
    family=practice # the bare drainhunt practises
    value= # the next word is an option's value, not the command
    for word in "$@"; do
        if [ -n "$value" ]; then
            value=
            continue
        fi
        case $word in
            -V | --version) family=version && break ;;
            -h | --help | help) family=help && break ;;
            --exercises | --data-dir | --color) value=1 ;;
            -*) ;;
            list | check) family=$word && break ;;
            practice | review) break ;;
            *) family=all && break ;;
        esac
    done
    archive="$base-$family.aot"
    shared="$base-all.aot"
elif [ -n "$base" ]; then
    archive="$base.jsa"
fi

# Dumps a fresh archive: waits for the run that asked for it to end, trains on real commands in a throw-away data
# dir (never the user's progress), and moves the result into place, so concurrent runs see the old file or the
# new one and never a part; on JDK 25+ it records each AOT cache from one run of Training instead. Runs detached
# and idle, its output discarded; a failure just means no archive yet. Returns 1 when another builder is at work.
build_archive() {
    waited_for=$1
    lock="$base.$kind.lock"
    mkdir -p "$archives" 2>/dev/null
    if ! mkdir "$lock" 2>/dev/null; then
        [ -d "$lock" ] || return 0 # cannot write next to the jar: no archive, and nothing to wait for
        holder=
        [ -r "$lock/pid" ] && IFS= read -r holder <"$lock/pid"
        # A builder killed mid-way leaves its lock behind; take it over once its process is gone.
        if [ -n "$holder" ] && kill -0 "$holder" 2>/dev/null; then return 1; fi
        [ -z "$holder" ] && [ -z "$(find "$lock" -prune -mmin +5 2>/dev/null)" ] && return 1
        rm -rf "$lock" && mkdir "$lock" 2>/dev/null || return 1
    fi
    work=$(mktemp -d "${TMPDIR:-/tmp}/drainhunt-cds.XXXXXX") || { rm -rf "$lock"; return 0; }
    trap 'rm -rf "$lock" "$work" "$base"*".$$.tmp"' EXIT
    trap 'exit 1' INT TERM
    trap '' HUP
    sh -c 'echo $PPID' >"$lock/pid"
    if [ -n "$waited_for" ]; then
        # In the background, as idle as the system allows: the runs that start meanwhile, on the plain JVM,
        # must not also wait behind this build for a CPU. (chrt -i: Linux's idle class; elsewhere just nice.)
        IFS= read -r self <"$lock/pid"
        renice -n 19 -p "$self" >/dev/null 2>&1
        chrt -i -p 0 "$self" >/dev/null 2>&1
    fi
    # (A run whose parent has not reaped it yet is over too.)
    while [ -n "$waited_for" ] && kill -0 "$waited_for" 2>/dev/null; do
        case $(ps -o stat= -p "$waited_for" 2>/dev/null) in Z*) break ;; esac
        sleep 1
    done
    touch "$work/started"
    "$java" $jvm_flags -cp "$jar" dev.drainhunt.cli.ResourceCopies "$archives" </dev/null >/dev/null 2>&1

    data="$work/data"
    if [ "$kind" = aot ]; then
        # all first: its practice leaves progress in the data dir, which list then reads, as a learner's does.
        rm -f "$base.aot" "$base.aot.stamp" # the one cache of drainhunt 0.1's first launchers
        for family in all practice check help list version; do
            DRAINHUNT_HOME="$data" "$java" $jvm_flags -XX:AOTMode=record -XX:AOTConfiguration="$work/$family.conf" \
                ${copies:+"$copies"} -cp "$jar" dev.drainhunt.cli.Training "$family" "$data" \
                </dev/null >/dev/null 2>&1 &&
                "$java" $jvm_flags -XX:AOTMode=create -XX:AOTConfiguration="$work/$family.conf" \
                    -XX:AOTCache="$base-$family.aot.$$.tmp" -cp "$jar" >/dev/null 2>&1 &&
                put_in_place "$base-$family.aot"
        done
        return 0
    fi
    n=0
    train() { # train [INPUT] -- ARGS...: one run of the real code path, its loaded classes listed
        input=$1
        shift 2
        n=$((n + 1))
        printf '%b' "$input" | DRAINHUNT_HOME="$data" "$java" $jvm_flags -Xshare:off ${copies:+"$copies"} \
            -XX:DumpLoadedClassList="$work/$n.classes" -jar "$jar" --data-dir "$data" "$@" >/dev/null 2>&1
    }
    has() { # has COMMAND: whether this build knows a subcommand (some are newer than this script)
        "$java" $jvm_flags -jar "$jar" "$1" --help 2>/dev/null | grep -q "^Usage: drainhunt $1 "
    }
    train '' -- --help
    train '' -- --version
    train '' -- list
    train '' -- list --json
    train '' -- show 1
    train '' -- validate
    [ -n "$training_pack" ] && train '' -- validate "$training_pack"
    # An answer, graded, saves an attempt with a review: the runs after it read progress, and list its forecast.
    train 'the signal channel is unbuffered so a signal can be lost\n:skip\n:quit\n' -- practice 1
    train ':quit\n' -- practice 1
    train ':quit\n' --
    train '' -- list # again, now with progress: the forecast's dates, an attempted exercise's status
    if has check; then
        train '' -- check 1 --diagnosis "the signal channel is unbuffered so a signal can be lost"
    fi
    if has progress; then
        train '' -- progress
        train '' -- progress --json
    fi
    # The practice screen on a terminal (line editing) when util-linux script can lend a pseudo-terminal.
    if script -qec true /dev/null >/dev/null 2>&1; then
        n=$((n + 1))
        printf ':quit\n' | DRAINHUNT_HOME="$data" script -qec "'$java' $jvm_flags -Xshare:off '$copies' \
            -XX:DumpLoadedClassList='$work/$n.classes' -jar '$jar' --data-dir '$data' practice 1" /dev/null \
            >/dev/null 2>&1
    fi

    # One list of every class any run loaded; the numeric ids of newer JDKs' lists differ from run to run.
    cat "$work"/*.classes 2>/dev/null | sed -e '/^#/d' -e 's/ id: [0-9]*$//' | awk '!seen[$0]++' >"$work/all" &&
        "$java" -Xshare:dump -XX:SharedClassListFile="$work/all" -XX:SharedArchiveFile="$archive.$$.tmp" \
            -Xlog:cds=off -Xlog:cds+dynamic=off -cp "$jar" >/dev/null 2>&1 &&
        put_in_place "$archive"
    return 0
}

# put_in_place FILE: moves a new archive (FILE.$$.tmp) into place with its stamp, unless the jar changed while it
# was made.
put_in_place() {
    [ ! "$jar" -nt "$work/started" ] &&
        printf '%s\n%s\n' "$java_real" "$jar" >"$1.stamp.$$.tmp" &&
        mv -f "$1.$$.tmp" "$1" &&
        mv -f "$1.stamp.$$.tmp" "$1.stamp"
    status=$?
    rm -f "$1.stamp.$$.tmp"
    return $status
}

# fresh FILE: made after the jar, by this java, for this jar (the JVM would refuse it otherwise, and without any
# archive at all, not even the JDK's own, a run would be slower than plain).
fresh() {
    [ -f "$1" ] && [ "$1" -nt "$jar" ] && [ -r "$1.stamp" ] || return 1
    { IFS= read -r stamped_java && IFS= read -r stamped_jar; } <"$1.stamp" || return 1
    [ "$stamped_java" = "$java_real" ] && [ "$stamped_jar" = "$jar" ]
}

if [ -n "$archive" ]; then
    if [ "${DRAINHUNT_CDS:-on}" = build ] && ! fresh "$archive"; then
        printf 'drainhunt: building the class-data archive…\n' >&2
        while ! fresh "$archive"; do
            (build_archive '') </dev/null >/dev/null 2>&1 && break
            sleep 1 # another builder is at work: wait for its archive
        done
    fi
    if fresh "$archive" && [ "$kind" = aot ]; then
        exec "$java" $jvm_flags -XX:AOTCache="$archive" ${copies:+"$copies"} ${DRAINHUNT_JAVA_OPTS:-} \
            -cp "$jar" dev.drainhunt.cli.Main "$@"
    elif fresh "$archive"; then
        exec "$java" $jvm_flags -XX:SharedArchiveFile="$archive" ${copies:+"$copies"} ${DRAINHUNT_JAVA_OPTS:-} \
            -cp "$jar" dev.drainhunt.cli.Main "$@"
    fi
    # $$ stays this process's id through exec: the builder waits for the java below to end.
    (build_archive $$) </dev/null >/dev/null 2>&1 &
    if [ -n "$shared" ] && fresh "$shared"; then
        exec "$java" $jvm_flags -XX:AOTCache="$shared" ${copies:+"$copies"} ${DRAINHUNT_JAVA_OPTS:-} \
            -cp "$jar" dev.drainhunt.cli.Main "$@"
    fi
fi
exec "$java" $jvm_flags ${copies:+"$copies"} ${DRAINHUNT_JAVA_OPTS:-} -cp "$jar" dev.drainhunt.cli.Main "$@"
