package dev.drainhunt.cli;

/**
 * A failure the user can act on: printed as one line on stderr, never as a stack trace, with an exit code.
 * Deep code throws it instead of exiting, so every command unwinds (and saves) before the process ends.
 */
public final class UserError extends RuntimeException {

    private final int exitCode;

    public UserError(int exitCode, String message) {
        super(message, null, false, false);
        this.exitCode = exitCode;
    }

    public static UserError usage(String message) {
        return new UserError(ExitCode.USAGE, message);
    }

    public static UserError data(String message) {
        return new UserError(ExitCode.DATA, message);
    }

    public int exitCode() {
        return exitCode;
    }
}
