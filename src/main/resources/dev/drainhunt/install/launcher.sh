#!/bin/sh
# drainhunt, as written by `drainhunt install`: runs the installed jar with Java 17 or newer.
set -u

jar=@JAR@

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

# The JDK's release file states its version without starting a JVM, which keeps every run fast.
release="$(dirname "$(dirname "$(readlink -f "$java" 2>/dev/null || echo "$java")")")/release"
if [ -r "$release" ]; then
    version=$(sed -n 's/^JAVA_VERSION="\([0-9][0-9]*\).*/\1/p' "$release")
    if [ -n "$version" ] && [ "$version" = "1" ]; then version=8; fi
    if [ -n "$version" ] && [ "$version" -lt 17 ]; then
        die "Java 17 or newer is needed, but $java is Java $version: install a JDK 17+ or set JAVA_HOME"
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
fi

# Flags for short runs, as the repository's launcher uses (see "Performance" in the README); the class-data
# archive it also keeps is built from the repository's checkout and is not installed.
exec "$java" -XX:TieredStopAtLevel=1 -Xshare:auto -XX:-UsePerfData -Dpicocli.disable.closures=true \
    ${DRAINHUNT_JAVA_OPTS:-} -jar "$jar" "$@"
