package dev.drainhunt.terminal;

import java.io.PrintWriter;
import java.util.List;
import dev.drainhunt.text.SafeText;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;

/** Prints styled lines to stdout, with colour or without, at a known width. */
public final class Screen {

    /** Output to a pipe or file has no width; this keeps prose readable without cutting most code lines. */
    public static final int DEFAULT_WIDTH = TerminalSize.PIPE_WIDTH;

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

    /** The width to lay text out in: see {@link TerminalSize#columns(Environment)}. */
    public static int width(Environment env) {
        return TerminalSize.columns(env);
    }
}
