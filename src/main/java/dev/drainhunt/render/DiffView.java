package dev.drainhunt.render;

import com.github.difflib.text.DiffRow;
import com.github.difflib.text.DiffRowGenerator;
import dev.drainhunt.text.Glyphs;
import dev.drainhunt.text.SafeText;
import java.util.ArrayList;
import java.util.List;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;

/**
 * The diff from buggy code to its fix: unified (removed lines, then added ones, each with its changed words
 * highlighted) or side by side for wide screens. Unchanged stretches shrink to a few lines of context. Every
 * changed line carries its sign, {@code -} or {@code +}, on each of its rows, so colour is never all that tells
 * (NO_COLOR, a pipe, a colour-blind reader); long lines wrap at token boundaries, as {@link CodeView}'s do.
 */
public final class DiffView {

    /** Lines of unchanged code kept around each change, as unified diffs do. */
    static final int CONTEXT = 3;
    /** The narrowest terminal that gets the side-by-side view unasked. */
    public static final int SIDE_BY_SIDE_WIDTH = 150;

    // Control characters cannot survive SafeText, so they mark changed words unambiguously.
    private static final String START = "\u0001";
    private static final String END = "\u0002";

    private DiffView() {
    }

    private record Row(DiffRow.Tag tag, String oldLine, String newLine, int oldNumber, int newNumber) {
    }

    public static List<AttributedString> render(List<String> buggy, List<String> fix, int width,
                                                boolean sideBySide, Glyphs glyphs) {
        int digits = String.valueOf(Math.max(buggy.size(), fix.size())).length();
        int room = sideBySide ? (width - 3) / 2 - digits - 1 : width - 2 * digits - 4;
        List<String> both = new ArrayList<>(buggy);
        both.addAll(fix);
        int tab = Tabs.width(both, room);
        List<Row> rows = rows(Tabs.expand(buggy, tab), Tabs.expand(fix, tab));
        return sideBySide ? sideBySide(rows, width, glyphs) : unified(rows, width, glyphs);
    }

    private static List<Row> rows(List<String> buggy, List<String> fix) {
        DiffRowGenerator generator = DiffRowGenerator.create()
                .showInlineDiffs(true)
                .inlineDiffByWord(true)
                .mergeOriginalRevised(false)
                // The defaults escape HTML and emit <span> tags; we want terminal text and our own markers.
                .lineNormalizer(SafeText::clean)
                .oldTag(open -> open ? START : END)
                .newTag(open -> open ? START : END)
                .build();
        List<Row> rows = new ArrayList<>();
        int oldNumber = 0;
        int newNumber = 0;
        for (DiffRow row : generator.generateDiffRows(buggy, fix)) {
            boolean hasOld = row.getTag() != DiffRow.Tag.INSERT;
            boolean hasNew = row.getTag() != DiffRow.Tag.DELETE;
            oldNumber += hasOld ? 1 : 0;
            newNumber += hasNew ? 1 : 0;
            rows.add(new Row(row.getTag(), hasOld ? row.getOldLine() : null, hasNew ? row.getNewLine() : null,
                    hasOld ? oldNumber : 0, hasNew ? newNumber : 0));
        }
        return rows;
    }

    /** Which rows to show: every change plus {@link #CONTEXT} equal rows either side. */
    private static boolean[] visible(List<Row> rows) {
        boolean[] show = new boolean[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).tag() != DiffRow.Tag.EQUAL) {
                for (int j = Math.max(0, i - CONTEXT); j <= Math.min(rows.size() - 1, i + CONTEXT); j++) {
                    show[j] = true;
                }
            }
        }
        return show;
    }

    private static List<AttributedString> unified(List<Row> rows, int width, Glyphs glyphs) {
        int digits = String.valueOf(rows.size()).length();
        boolean[] show = visible(rows);
        List<AttributedString> out = new ArrayList<>();
        int i = 0;
        while (i < rows.size()) {
            if (!show[i]) {
                i = skip(show, i, 2 * digits + 2, out, glyphs);
                continue;
            }
            Row row = rows.get(i);
            if (row.tag() == DiffRow.Tag.EQUAL) {
                out.addAll(line(' ', row.oldNumber(), row.newNumber(), row.oldLine(), Style.PLAIN, Style.PLAIN,
                        digits, width, glyphs));
                i++;
                continue;
            }
            // A run of changes: every removed line first, then every added one, as unified diffs read.
            int end = i;
            while (end < rows.size() && rows.get(end).tag() != DiffRow.Tag.EQUAL) {
                end++;
            }
            for (Row r : rows.subList(i, end)) {
                if (r.oldLine() != null) {
                    out.addAll(line('-', r.oldNumber(), 0, r.oldLine(), Style.REMOVED, word(r, Style.REMOVED_WORD,
                            Style.REMOVED), digits, width, glyphs));
                }
            }
            for (Row r : rows.subList(i, end)) {
                if (r.newLine() != null) {
                    out.addAll(line('+', 0, r.newNumber(), r.newLine(), Style.ADDED, word(r, Style.ADDED_WORD,
                            Style.ADDED), digits, width, glyphs));
                }
            }
            i = end;
        }
        return out;
    }

    /** Collapses the hidden rows from {@code i} into one "⋯ N unchanged" line; returns the next shown row. */
    private static int skip(boolean[] show, int i, int indent, List<AttributedString> out, Glyphs glyphs) {
        int from = i;
        while (i < show.length && !show[i]) {
            i++;
        }
        out.add(new AttributedString(" ".repeat(indent) + glyphs.elided() + " " + (i - from) + " unchanged", Style.DIM));
        return i;
    }

    private static List<AttributedString> line(char sign, int oldNumber, int newNumber, String text,
                                               AttributedStyle style, AttributedStyle word, int digits, int width,
                                               Glyphs glyphs) {
        String numbers = number(oldNumber, digits) + " " + number(newNumber, digits) + " ";
        return wrapped(numbers, " ".repeat(numbers.length()), sign, marked(text, style, word),
                Math.max(10, width - numbers.length() - 2), sign == ' ' ? Style.LINE_NUMBER : style, glyphs);
    }

    /**
     * One line of code in rows of at most {@code room} columns after the gutter: the first row after
     * {@code first}, later ones after {@code rest} and the wrap mark; the sign (- + or space) on every row.
     */
    private static List<AttributedString> wrapped(String first, String rest, char sign, AttributedString body,
                                                  int room, AttributedStyle gutter, Glyphs glyphs) {
        String continuation = glyphs.wrapped() + " ";
        List<AttributedString> pieces = CodeView.split(body, room, Math.max(1, room - continuation.length()));
        List<AttributedString> out = new ArrayList<>();
        for (int p = 0; p < pieces.size(); p++) {
            AttributedStringBuilder b = new AttributedStringBuilder();
            b.styled(gutter, (p == 0 ? first : rest) + sign + " ");
            if (p > 0) {
                b.styled(Style.LINE_NUMBER, continuation);
            }
            b.append(pieces.get(p));
            out.add(b.toAttributedString());
        }
        return out;
    }

    private static List<AttributedString> sideBySide(List<Row> rows, int width, Glyphs glyphs) {
        int digits = String.valueOf(rows.size()).length();
        int half = Math.max(20, (width - 3) / 2);
        int room = half - digits - 3;
        boolean[] show = visible(rows);
        List<AttributedString> out = new ArrayList<>();
        int i = 0;
        while (i < rows.size()) {
            if (!show[i]) {
                i = skip(show, i, digits + 1, out, glyphs);
                continue;
            }
            Row row = rows.get(i++);
            boolean equal = row.tag() == DiffRow.Tag.EQUAL;
            List<AttributedString> left = side(row.oldLine(), row.oldNumber(), equal ? ' ' : '-', digits, room,
                    equal ? Style.PLAIN : Style.REMOVED, word(row, Style.REMOVED_WORD, Style.REMOVED), glyphs);
            List<AttributedString> right = side(row.newLine(), row.newNumber(), equal ? ' ' : '+', digits, room,
                    equal ? Style.PLAIN : Style.ADDED, word(row, Style.ADDED_WORD, Style.ADDED), glyphs);
            for (int p = 0; p < Math.max(left.size(), right.size()); p++) {
                AttributedStringBuilder b = new AttributedStringBuilder();
                AttributedString l = p < left.size() ? left.get(p) : AttributedString.EMPTY;
                b.append(l).append(" ".repeat(Math.max(0, half - l.columnLength())));
                b.styled(Style.LINE_NUMBER, " " + glyphs.gutter() + " ");
                if (p < right.size()) {
                    b.append(right.get(p));
                }
                out.add(b.toAttributedString());
            }
        }
        return out;
    }

    private static List<AttributedString> side(String text, int number, char sign, int digits, int room,
                                               AttributedStyle style, AttributedStyle word, Glyphs glyphs) {
        if (text == null) {
            return List.of();
        }
        return wrapped(number(number, digits) + " ", " ".repeat(digits + 1), sign, marked(text, style, word),
                Math.max(10, room), sign == ' ' ? Style.LINE_NUMBER : style, glyphs);
    }

    /** Changed words stand out only on a changed line; a wholly added or removed line is coloured as one. */
    private static AttributedStyle word(Row row, AttributedStyle changed, AttributedStyle whole) {
        return row.tag() == DiffRow.Tag.CHANGE ? changed : whole;
    }

    private static String number(int n, int digits) {
        return n == 0 ? " ".repeat(digits) : CodeView.rightAligned(n, digits);
    }

    /** Text with START/END markers becomes styled text: marked words in {@code word}, the rest in {@code style}. */
    static AttributedString marked(String text, AttributedStyle style, AttributedStyle word) {
        AttributedStringBuilder b = new AttributedStringBuilder();
        boolean inWord = false;
        int i = 0;
        while (i < text.length()) {
            int next = text.indexOf(inWord ? END : START, i);
            int stop = next < 0 ? text.length() : next;
            b.styled(inWord ? word : style, text.substring(i, stop));
            if (next < 0) {
                break;
            }
            inWord = !inWord;
            i = next + 1;
        }
        return b.toAttributedString();
    }
}
