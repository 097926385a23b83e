package dev.drainhunt.terminal;

import java.io.PrintWriter;
import java.util.List;
import dev.drainhunt.text.SafeText;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;

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
        AttributedString safe = safe(line);
        out.println(color ? safe.toAnsi() : safe.toString());
    }

    /** The lines as this screen would print them (sanitised, coloured or not), for a pager. */
    public String text(List<AttributedString> lines) {
        StringBuilder text = new StringBuilder();
        for (AttributedString line : lines) {
            AttributedString safe = safe(line);
            text.append(color ? safe.toAnsi() : safe.toString()).append('\n');
        }
        return text.toString();
    }

    public void println(List<AttributedString> lines) {
        lines.forEach(this::println);
    }

    /** Prints text of one or more lines; any control character in it other than a line end is marked. */
    public void println(String plain) {
        out.println(SafeText.cleanLines(plain));
    }

    /** As {@link #println(String)}, without adding a line end. */
    public void print(String plain) {
        out.print(SafeText.cleanLines(plain));
    }

    /**
     * The last gate before the terminal: views sanitise what they show, and a text that slipped past one is marked
     * here, keeping its style, rather than sent raw. Our own styling is added by toAnsi, after this.
     */
    static AttributedString safe(AttributedString line) {
        String text = line.toString();
        if (SafeText.clean(text).equals(text)) {
            return line;
        }
        AttributedStringBuilder out = new AttributedStringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); ) {
            int next = i + Character.charCount(text.codePointAt(i));
            out.append(SafeText.clean(text.substring(i, next)), line.styleAt(i));
            i = next;
        }
        return out.toAttributedString();
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
