package dev.drainhunt.terminal;

/**
 * One key read in a full-screen view: a named key, or the text of a typed character.
 *
 * @param text what was typed, for {@link Kind#TYPED}; empty for the named keys
 */
public record Key(Kind kind, String text) {

    /** The keys a full-screen view tells apart; everything else it reads as {@link #OTHER}. */
    public enum Kind {
        TYPED, UP, DOWN, PAGE_UP, PAGE_DOWN, HOME, END, ENTER, ESCAPE, BACKSPACE, CLEAR_LINE, INTERRUPT,
        END_OF_INPUT, OTHER
    }

    public static final Key UP = new Key(Kind.UP, "");
    public static final Key DOWN = new Key(Kind.DOWN, "");
    public static final Key PAGE_UP = new Key(Kind.PAGE_UP, "");
    public static final Key PAGE_DOWN = new Key(Kind.PAGE_DOWN, "");
    public static final Key HOME = new Key(Kind.HOME, "");
    public static final Key END = new Key(Kind.END, "");
    public static final Key ENTER = new Key(Kind.ENTER, "");
    public static final Key ESCAPE = new Key(Kind.ESCAPE, "");
    public static final Key BACKSPACE = new Key(Kind.BACKSPACE, "");
    /** Ctrl-U: erase what was typed. */
    public static final Key CLEAR_LINE = new Key(Kind.CLEAR_LINE, "");
    /** Ctrl-C. */
    public static final Key INTERRUPT = new Key(Kind.INTERRUPT, "");
    /** Ctrl-D, or the terminal went away. */
    public static final Key END_OF_INPUT = new Key(Kind.END_OF_INPUT, "");
    public static final Key OTHER = new Key(Kind.OTHER, "");

    public static Key typed(String text) {
        return new Key(Kind.TYPED, text);
    }

    /** Whether this is the typed character {@code c}. */
    public boolean is(char c) {
        return kind == Kind.TYPED && text.length() == 1 && text.charAt(0) == c;
    }
}
