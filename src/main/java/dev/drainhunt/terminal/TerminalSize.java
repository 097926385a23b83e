package dev.drainhunt.terminal;

import java.io.IOException;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/** Asks the terminal for its width without taking it over, for commands that only print. */
final class TerminalSize {

    private TerminalSize() {
    }

    static int columns() {
        // No grapheme-cluster probe: it sends escape queries and waits for replies that may never come.
        try (Terminal terminal = TerminalBuilder.builder().system(true).graphemeCluster(false)
                .nativeSignals(false).build()) {
            return terminal.getWidth();
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }
}
