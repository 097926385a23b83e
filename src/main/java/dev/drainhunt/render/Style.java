package dev.drainhunt.render;

import org.jline.utils.AttributedStyle;

/**
 * The roles text plays on screen and the colour each gets. Renderers name a role, never a colour, so
 * one place decides the look, and turning colour off (NO_COLOR, a pipe) is the printer's business.
 *
 * <p>Every colour here must read on a dark and on a light background: no yellow and no bright white for text
 * (yellow on a white terminal is near invisible, and hints are long prose). Red, green, cyan, blue and magenta in
 * the terminal's own palette, bold and faint, read on both. And colour is never the only sign: every role that
 * means something (a verdict, a removed line) comes with a mark or a word that says it too.
 */
public final class Style {

    public static final AttributedStyle PLAIN = AttributedStyle.DEFAULT;
    public static final AttributedStyle HEADING = AttributedStyle.BOLD;
    public static final AttributedStyle DIM = AttributedStyle.DEFAULT.faint();
    public static final AttributedStyle ACCENT = AttributedStyle.DEFAULT.foreground(AttributedStyle.CYAN);
    public static final AttributedStyle GOOD = AttributedStyle.DEFAULT.foreground(AttributedStyle.GREEN);
    /** Hints, partial verdicts, warnings: magenta, where most tools would use the yellow a light theme loses. */
    public static final AttributedStyle WARN = AttributedStyle.DEFAULT.foreground(AttributedStyle.MAGENTA);
    public static final AttributedStyle BAD = AttributedStyle.DEFAULT.foreground(AttributedStyle.RED);

    public static final AttributedStyle KEYWORD = AttributedStyle.DEFAULT.foreground(AttributedStyle.MAGENTA);
    public static final AttributedStyle TYPE = AttributedStyle.DEFAULT.foreground(AttributedStyle.CYAN);
    public static final AttributedStyle STRING = AttributedStyle.DEFAULT.foreground(AttributedStyle.GREEN);
    public static final AttributedStyle NUMBER = AttributedStyle.DEFAULT.foreground(AttributedStyle.BLUE);
    public static final AttributedStyle COMMENT = AttributedStyle.DEFAULT.faint().italic();
    public static final AttributedStyle BUILTIN = AttributedStyle.DEFAULT.foreground(AttributedStyle.BLUE);
    public static final AttributedStyle LINE_NUMBER = AttributedStyle.DEFAULT.faint();

    public static final AttributedStyle REMOVED = AttributedStyle.DEFAULT.foreground(AttributedStyle.RED);
    public static final AttributedStyle ADDED = AttributedStyle.DEFAULT.foreground(AttributedStyle.GREEN);
    public static final AttributedStyle REMOVED_WORD = REMOVED.inverse();
    public static final AttributedStyle ADDED_WORD = ADDED.inverse();

    private Style() {
    }
}
