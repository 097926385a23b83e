package dev.drainhunt.progress;

/**
 * Progress could not be read or saved; the message is one line meant for the user, the cause is for
 * debugging. The CLI maps it to exit code 3.
 */
public class ProgressException extends RuntimeException {

    public ProgressException(String message) {
        super(message);
    }

    public ProgressException(String message, Throwable cause) {
        super(message, cause);
    }
}
