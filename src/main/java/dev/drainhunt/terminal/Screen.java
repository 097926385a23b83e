package dev.drainhunt.terminal;

import java.io.PrintWriter;
import java.util.List;
import dev.drainhunt.text.Ascii;
import dev.drainhunt.text.Glyphs;
import dev.drainhunt.text.SafeText;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;

/**
 * Prints styled lines to stdout, with colour or without, at a known width, in the {@link Glyphs} of this run: with
 * ASCII glyphs, any other text that is not ASCII (a pack's title) is folded to ASCII here, the last gate.
 */
public final class Screen {

    /** Output to a pipe or file has no width; this keeps prose readable without cutting most code lines. */
    public static final int DEFAULT_WIDTH = TerminalSize.PIPE_WIDTH;

    private final PrintWriter out;
    private final boolean color;
    private final int width;
    private final Glyphs glyphs;

    public Screen(PrintWriter out, boolean color, int width) {
        this(out, color, width, Glyphs.UNICODE);
    }

    public Screen(PrintWriter out, boolean color, int width, Glyphs glyphs) {
        this.out = out;
        this.color = color;
        this.width = width;
        this.glyphs = glyphs;
    }

    /** The symbols views draw for this screen. */
    public Glyphs glyphs() {
        return glyphs;
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
        out.println(rendered(line));
    }

    /** The lines as this screen would print them (sanitised, coloured or not), for a pager. */
    public String text(List<AttributedString> lines) {
        StringBuilder text = new StringBuilder();
        for (AttributedString line : lines) {
            text.append(rendered(line)).append('\n');
        }
        return text.toString();
    }

    /** A line as it reaches the terminal: sanitised, folded to ASCII when the glyphs are, coloured or not. */
    private String rendered(AttributedString line) {
        AttributedString shown = shown(safe(line));
        return color ? shown.toAnsi() : shown.toString();
    }

    public void println(List<AttributedString> lines) {
        for (AttributedString line : lines) {
            println(line);
        }
    }

    /** Prints text of one or more lines; any control character in it other than a line end is marked. */
    public void println(String plain) {
        out.println(shown(SafeText.cleanLines(plain)));
    }

    /** As {@link #println(String)}, without adding a line end. */
    public void print(String plain) {
        out.print(shown(SafeText.cleanLines(plain)));
    }

    /**
     * Data for programs (JSON, an export): written as it is, in UTF-8 whatever the locale, since folding it to
     * ASCII would change what a script reads. Control characters are marked as in {@link #print(String)}.
     */
    public void printData(String data) {
        out.print(SafeText.cleanLines(data));
    }

    private String shown(String text) {
        return glyphs.ascii() ? Ascii.fold(text) : text;
    }

    /** As {@link #shown(String)}, each character keeping its style. */
    private AttributedString shown(AttributedString line) {
        String text = line.toString();
        if (!glyphs.ascii() || Ascii.isAscii(text)) {
            return line;
        }
        AttributedStringBuilder folded = new AttributedStringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            folded.append(Ascii.fold(c), line.styleAt(i));
            i += Character.charCount(c);
        }
        return folded.toAttributedString();
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
