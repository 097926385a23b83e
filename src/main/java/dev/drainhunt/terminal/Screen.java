package dev.drainhunt.terminal;

import java.io.PrintWriter;
import java.util.List;
import org.jline.utils.AttributedString;

/** Prints styled lines to stdout, with colour or without, at a known width. */
public final class Screen {

    /** Output to a pipe or file has no width; this keeps prose readable without cutting most code lines. */
    public static final int DEFAULT_WIDTH = 100;

    private final PrintWriter out;
    private final boolean color;
    private final int width;

    public Screen(PrintWriter out, boolean color, int width) {
        this.out = out;
        this.color = color;
        this.width = width;
    }

    public int width() {
        return width;
    }

    public boolean color() {
        return color;
    }

    public PrintWriter out() {
        return out;
    }

    public void println(AttributedString line) {
        out.println(color ? line.toAnsi() : line.toString());
    }

    public void println(List<AttributedString> lines) {
        lines.forEach(this::println);
    }

    public void println(String plain) {
        out.println(plain);
    }

    public void println() {
        out.println();
    }

    public void flush() {
        out.flush();
    }

    /**
     * The width to lay text out in: $COLUMNS when the shell exported it, else the terminal's own size, else
     * {@link #DEFAULT_WIDTH}.
     */
    public static int width(Environment env) {
        int columns = env.get("COLUMNS").flatMap(Screen::parse).orElse(0);
        if (columns > 0) {
            return columns;
        }
        if (env.stdoutIsTerminal()) {
            int size = TerminalSize.columns();
            if (size > 0) {
                return size;
            }
        }
        return DEFAULT_WIDTH;
    }

    private static java.util.Optional<Integer> parse(String text) {
        try {
            return java.util.Optional.of(Integer.parseInt(text.trim()));
        } catch (NumberFormatException e) {
            return java.util.Optional.empty();
        }
    }
}
