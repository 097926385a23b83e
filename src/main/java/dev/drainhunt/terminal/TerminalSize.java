package dev.drainhunt.terminal;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/**
 * The width to lay text out in. A pipe has none; a terminal has one even when JLine cannot tell it (TERM=dumb
 * gives JLine's dumb terminal, whose size is 0): then the kernel's, as {@code stty size} reads it, and 80 when
 * even that fails, since that is what an unknown terminal most likely is. Never the pipe's 100 on a terminal,
 * where 20 columns too many wrap every long line.
 */
public final class TerminalSize {

    /** Output to a pipe or file has no width; this keeps prose readable without cutting most code lines. */
    public static final int PIPE_WIDTH = 100;
    /** A terminal whose size nobody can tell. */
    public static final int UNKNOWN_TERMINAL_WIDTH = 80;

    private TerminalSize() {
    }

    /** $COLUMNS when the shell exported it, else on a terminal its own size, else {@link #PIPE_WIDTH}. */
    public static int columns(Environment env) {
        return columns(env, new Asked(true), new Asked(false));
    }

    /** As {@link #columns(Environment)}, with the two ways to ask a terminal given: each answers 0 for unknown. */
    static int columns(Environment env, IntSupplier jline, IntSupplier stty) {
        int columns = positive(env.get("COLUMNS").orElse(""));
        if (columns > 0) {
            return columns;
        }
        if (!env.stdoutIsTerminal()) {
            return PIPE_WIDTH;
        }
        int size = env.get("TERM").orElse("").equals("dumb") ? 0 : jline.getAsInt();
        return size > 0 ? size : unknown(stty);
    }

    /**
     * For a terminal JLine gives no size for (0, as its dumb terminal does): $COLUMNS, else {@code stty size}, else
     * {@link #UNKNOWN_TERMINAL_WIDTH}.
     */
    public static int whenJLineCannotTell(Environment env) {
        int columns = positive(env.get("COLUMNS").orElse(""));
        return columns > 0 ? columns : unknown(new Asked(false));
    }

    /** $LINES when it is a number (the launcher exports it with $COLUMNS), else 0: unknown. */
    public static int lines(Environment env) {
        return positive(env.get("LINES").orElse(""));
    }

    private static int unknown(IntSupplier stty) {
        int size = stty.getAsInt();
        return size > 0 ? size : UNKNOWN_TERMINAL_WIDTH;
    }

    /** The columns of {@code stty size} output ("ROWS COLUMNS"); 0 when it is not that. */
    static int sttyColumns(String output) {
        String[] parts = output.strip().split("\\s+");
        return parts.length == 2 ? positive(parts[1]) : 0;
    }

    private static int jline() {
        // No grapheme-cluster probe: it sends escape queries and waits for replies that may never come.
        try (Terminal terminal = TerminalBuilder.builder().system(true).graphemeCluster(false)
                .nativeSignals(false).build()) {
            return terminal.getWidth();
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    /** The kernel's idea of the controlling terminal's size; 0 without one (or without stty). */
    private static int stty() {
        try {
            Process stty = new ProcessBuilder("stty", "size").redirectInput(new File("/dev/tty"))
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            String out = new String(stty.getInputStream().readAllBytes(), StandardCharsets.US_ASCII);
            if (!stty.waitFor(2, TimeUnit.SECONDS)) {
                stty.destroyForcibly();
                return 0;
            }
            return stty.exitValue() == 0 ? sttyColumns(out) : 0;
        } catch (IOException e) {
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
    }

    /** {@code text} as a number above 0, else 0: a size that is empty, not a number or not positive is unknown. */
    private static int positive(String text) {
        try {
            return Math.max(0, Integer.parseInt(text.trim()));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /**
     * {@code TerminalSize::jline} or {@code ::stty}, spelt out: every run asks for its width, and on JDK 17 each
     * method reference linked costs a start some 0.2 ms.
     */
    private static final class Asked implements IntSupplier {
        private final boolean jline;

        Asked(boolean jline) {
            this.jline = jline;
        }

        @Override
        public int getAsInt() {
            return jline ? jline() : stty();
        }
    }
}
