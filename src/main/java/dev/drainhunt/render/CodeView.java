package dev.drainhunt.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.IntPredicate;
import dev.drainhunt.text.Glyphs;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;

/** Go code with a line-number gutter, wrapped to the screen width so narrow terminals keep the numbers aligned. */
public final class CodeView {

    private CodeView() {
    }

    /**
     * @param marked line numbers to flag in the gutter (the bug lines at the reveal); empty while hunting
     */
    public static List<AttributedString> render(List<String> code, Set<Integer> marked, int width, Glyphs glyphs) {
        return flat(lines(code, n -> true, marked, width, glyphs));
    }

    /** Only the given lines, numbered as in the whole file (the bug lines at the reveal, without the rest). */
    public static List<AttributedString> excerpt(List<String> code, List<Integer> lines, int width, Glyphs glyphs) {
        return flat(lines(code, lines::contains, Set.of(), width, glyphs));
    }

    private static List<AttributedString> flat(List<List<AttributedString>> lines) {
        List<AttributedString> out = new ArrayList<>();
        lines.forEach(out::addAll);
        return out;
    }

    /** Each shown line of code as its screen rows: one, or more when it wraps. */
    static List<List<AttributedString>> lines(List<String> code, IntPredicate shown, Set<Integer> marked,
                                              int width, Glyphs glyphs) {
        String continuation = glyphs.wrapped() + " ";
        String gutter = " " + glyphs.gutter() + " ";
        int digits = String.valueOf(code.size()).length();
        int room = Math.max(20, width - digits - 4);
        // Highlight the whole file even for an excerpt: a line's colours depend on the lines before it.
        List<AttributedString> highlighted = GoHighlighter.highlight(Tabs.fit(code, room));
        List<List<AttributedString>> out = new ArrayList<>();
        for (int n = 1; n <= highlighted.size(); n++) {
            if (!shown.test(n)) {
                continue;
            }
            boolean mark = marked.contains(n);
            List<AttributedString> pieces = split(highlighted.get(n - 1), room, room - continuation.length());
            List<AttributedString> rows = new ArrayList<>();
            for (int p = 0; p < pieces.size(); p++) {
                AttributedStringBuilder b = new AttributedStringBuilder();
                if (p == 0) {
                    b.styled(mark ? Style.BAD : Style.LINE_NUMBER,
                            (mark ? glyphs.marked() : " ") + rightAligned(n, digits) + gutter);
                } else {
                    b.styled(Style.LINE_NUMBER, " ".repeat(digits + 1) + gutter + continuation);
                }
                b.append(pieces.get(p));
                rows.add(b.toAttributedString());
            }
            out.add(rows);
        }
        return out;
    }

    /**
     * {@code n} right-aligned in {@code digits} columns, as {@code %Nd} formats it: String.format's parser and
     * Formatter cost the first screen about 6 ms.
     */
    static String rightAligned(int n, int digits) {
        String text = Integer.toString(n);
        return text.length() >= digits ? text : " ".repeat(digits - text.length()) + text;
    }

    /**
     * The last place at or before {@code end} where a piece may end without cutting an identifier or a number: after
     * a space or punctuation, or before one. {@code end} itself when there is none (one token longer than the room).
     */
    static int tokenBoundary(String text, int start, int end) {
        for (int b = end; b > start; b--) {
            if (!word(text.charAt(b - 1)) || !word(text.charAt(b))) {
                return b;
            }
        }
        return end;
    }

    private static boolean word(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }

    /**
     * The first piece gets the full room; continuations lose the width of their arrow. Each piece is cut from the
     * front of what is left (a view, no copy), never by column offsets into the whole line: columnSubSequence
     * scans from the start, so a 1 MB line took 8 s that way, quadratic in its length. A piece ends at a token
     * boundary when one is in reach.
     */
    static List<AttributedString> split(AttributedString line, int first, int rest) {
        List<AttributedString> pieces = new ArrayList<>();
        String plain = line.toString();
        // Breaks are looked for by character, so only where each character is one column (almost all Go code).
        boolean oneColumnEach = plain.length() == line.columnLength();
        AttributedString left = line;
        int offset = 0;
        int room = first;
        do {
            AttributedString piece = left.columnSubSequence(0, room);
            if (piece.length() == 0 && left.length() > 0) {
                // Nothing fits (a character wider than the room, or one JLine stops at): take it alone.
                piece = left.subSequence(0, Character.charCount(Character.codePointAt(left, 0)));
            }
            int end = offset + piece.length();
            if (oneColumnEach && end < plain.length()) {
                int cut = tokenBoundary(plain, offset, end);
                if (cut > offset && cut < end) {
                    piece = left.subSequence(0, cut - offset);
                }
            }
            pieces.add(piece);
            offset += piece.length();
            left = left.subSequence(piece.length(), left.length());
            room = rest;
        } while (left.length() > 0);
        return pieces;
    }
}
