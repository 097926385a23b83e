package dev.drainhunt.terminal;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * An I/O failure of the user's environment (a terminal that cannot be opened, a stdin that cannot be read), not a
 * bug in drainhunt: reported in one line, never as an internal error.
 */
public final class TerminalFailure extends UncheckedIOException {

    public TerminalFailure(String message, IOException cause) {
        super(message, cause);
    }
}
