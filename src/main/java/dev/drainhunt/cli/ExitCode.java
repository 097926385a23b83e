package dev.drainhunt.cli;

/** The exit codes of every drainhunt command, so scripts can rely on them. */
public final class ExitCode {
    /** Done as asked (a check that ran counts, whatever its verdict). */
    public static final int OK = 0;
    /** A check failed: validation problems found, a broken export. */
    public static final int FAILED = 1;
    /** The command line was wrong: a bad option, an unknown exercise. */
    public static final int USAGE = 2;
    /** Stored data is unusable: progress unreadable, a newer schema, a data dir that cannot be written. */
    public static final int DATA = 3;
    /** A tool drainhunt needs is missing: the lab ({@code run}, {@code fix}) without Go 1.19 or newer. */
    public static final int TOOL_MISSING = 4;
    /** Interrupted by Ctrl-C or a signal (128 + SIGINT). */
    public static final int INTERRUPTED = 130;

    private ExitCode() {
    }
}
