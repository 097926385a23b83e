package dev.drainhunt.text;

/**
 * Makes text from an exercise pack safe to print: a pack is data written by someone else, and an escape
 * sequence in it could recolour, move the cursor, retitle the window or hide text from the learner.
 */
public final class SafeText {

    private SafeText() {
    }

    /** Control characters become visible {@code ^X} / {@code <U+XXXX>} marks; tabs become spaces. */
    public static String clean(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\t') {
                out.append("    ");
            } else if (c < 0x20 || c == 0x7f) {
                out.append('^').append((char) (c ^ 0x40));
            } else if ((c >= 0x80 && c < 0xa0) || isBidiControl(c) || Character.getType(c) == Character.FORMAT
                    || c == 0x2028 || c == 0x2029) {
                // C1 controls act like ESC on some terminals; bidi overrides can reorder code ("trojan source");
                // other format characters (zero-width spaces, joiners) can hide text; line separators break lines.
                out.append(String.format("<U+%04X>", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Characters that reorder the text around them (bidi embeddings, overrides, isolates, marks). */
    public static boolean isBidiControl(int c) {
        return (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069) || c == 0x200e || c == 0x200f
                || c == 0x061c;
    }
}
