package dev.drainhunt.text;

/**
 * Makes text from an exercise pack, a progress file, an export or the command line safe to print: such text is
 * data written by someone else, and an escape sequence in it could recolour, move the cursor, retitle the window,
 * write the clipboard or hide text from the learner. Every path to the terminal goes through here (the screen
 * itself, error lines, and {@link TerminalSafeJson} for JSON).
 */
public final class SafeText {

    private SafeText() {
    }

    /** Control characters become visible {@code ^X} / {@code <U+XXXX>} marks; tabs become spaces. */
    public static String clean(String text) {
        return clean(text, false);
    }

    /**
     * As {@link #clean(String)} for a document of several lines: line ends ({@code \n}, {@code \r\n}) are kept,
     * every other control character is marked.
     */
    public static String cleanLines(String text) {
        return clean(text, true);
    }

    private static String clean(String text, boolean keepLineEnds) {
        int first = firstUnsafe(text, keepLineEnds);
        if (first < 0) {
            return text; // the common case: nothing to copy
        }
        StringBuilder out = new StringBuilder(text.length() + 16).append(text, 0, first);
        for (int i = first; i < text.length(); ) {
            int c = text.codePointAt(i);
            int next = i + Character.charCount(c);
            if (keepLineEnds && (c == '\n' || c == '\r' && next < text.length() && text.charAt(next) == '\n')) {
                out.append((char) c);
            } else if (c == '\t') {
                out.append("    ");
            } else if (c < 0x20 || c == 0x7f) {
                out.append('^').append((char) (c ^ 0x40));
            } else if (isUnsafe(c)) {
                out.append(String.format("<U+%04X>", c));
            } else {
                out.appendCodePoint(c);
            }
            i = next;
        }
        return out.toString();
    }

    private static int firstUnsafe(String text, boolean keepLineEnds) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c >= 0x7f) {
                if (keepLineEnds && (c == '\n' || c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n')) {
                    continue;
                }
                if (c < 0x20 || c == 0x7f || Character.isSurrogate(c) || isUnsafe(c)) {
                    return i;
                }
            }
        }
        return -1;
    }

    /**
     * A character outside ASCII that acts on a terminal or on how text reads: C1 controls (which act like ESC on
     * some terminals), bidi controls ("trojan source"), other format characters (zero-width spaces and joiners,
     * tag characters that hide text) and the Unicode line and paragraph separators. A code point, not a char.
     */
    public static boolean isUnsafe(int c) {
        return (c >= 0x80 && c < 0xa0) || isBidiControl(c) || Character.getType(c) == Character.FORMAT
                || c == 0x2028 || c == 0x2029 || Character.getType(c) == Character.SURROGATE;
    }

    /** Characters that reorder the text around them (bidi embeddings, overrides, isolates, marks). */
    public static boolean isBidiControl(int c) {
        return (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069) || c == 0x200e || c == 0x200f
                || c == 0x061c;
    }
}
