package dev.drainhunt.render;

import dev.drainhunt.text.Glyphs;
import dev.drainhunt.text.SafeText;
import java.util.ArrayList;
import java.util.List;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;

/**
 * A plain text table fitted to a width: columns that may shrink are cut with an ellipsis, widest first, and
 * columns marked optional are dropped when even that is not enough.
 */
public final class Table {

    /** One column: its header, whether it may be cut, whether it may be dropped on narrow screens. */
    public record Column(String header, boolean shrinkable, boolean optional) {
        public static Column fixed(String header) {
            return new Column(header, false, false);
        }

        public static Column flexible(String header) {
            return new Column(header, true, false);
        }

        public static Column droppable(String header) {
            return new Column(header, true, true);
        }
    }

    /** One cell's text and style. */
    public record Cell(String text, AttributedStyle style) {
        public static Cell of(String text) {
            return new Cell(text, Style.PLAIN);
        }
    }

    /** A width for output that is not laid out on a screen (a pipe): every column whole. */
    public static final int UNLIMITED = Integer.MAX_VALUE;

    private static final String GAP = "  ";
    private static final int MIN_CUT = 8;

    private Table() {
    }

    /** @param width {@link #UNLIMITED} for output nobody reads at a width: nothing is cut or dropped */
    public static List<AttributedString> render(List<Column> columns, List<List<Cell>> rows, int width,
                                                Glyphs glyphs) {
        List<Integer> shown = new ArrayList<>();
        for (int c = 0; c < columns.size(); c++) {
            shown.add(c);
        }
        int[] widths = natural(columns, rows);
        while (true) {
            int[] fitted = fit(columns, shown, widths.clone(), width);
            if (fitted != null || shown.stream().noneMatch(c -> columns.get(c).optional())) {
                return draw(columns, rows, shown, fitted != null ? fitted : squeeze(columns, widths), glyphs);
            }
            // Drop the rightmost optional column and try again.
            for (int i = shown.size() - 1; i >= 0; i--) {
                if (columns.get(shown.get(i)).optional()) {
                    shown.remove(i);
                    break;
                }
            }
        }
    }

    private static int[] natural(List<Column> columns, List<List<Cell>> rows) {
        int[] widths = new int[columns.size()];
        for (int c = 0; c < columns.size(); c++) {
            widths[c] = columns.get(c).header().length();
            for (List<Cell> row : rows) {
                widths[c] = Math.max(widths[c], SafeText.clean(row.get(c).text()).length());
            }
        }
        return widths;
    }

    /** Widths that fit, cutting shrinkable columns widest first; null when they cannot. */
    private static int[] fit(List<Column> columns, List<Integer> shown, int[] widths, int width) {
        while (total(shown, widths) > width) {
            int widest = -1;
            for (int c : shown) {
                if (columns.get(c).shrinkable() && widths[c] > MIN_CUT && (widest < 0 || widths[c] > widths[widest])) {
                    widest = c;
                }
            }
            if (widest < 0) {
                return null;
            }
            widths[widest]--;
        }
        return widths;
    }

    private static int[] squeeze(List<Column> columns, int[] widths) {
        int[] out = widths.clone();
        for (int c = 0; c < out.length; c++) {
            if (columns.get(c).shrinkable()) {
                out[c] = Math.min(out[c], MIN_CUT);
            }
        }
        return out;
    }

    private static int total(List<Integer> shown, int[] widths) {
        int sum = 0;
        for (int c : shown) {
            sum += widths[c];
        }
        return sum + GAP.length() * (shown.size() - 1);
    }

    private static List<AttributedString> draw(List<Column> columns, List<List<Cell>> rows, List<Integer> shown,
                                               int[] widths, Glyphs glyphs) {
        List<AttributedString> out = new ArrayList<>();
        AttributedStringBuilder header = new AttributedStringBuilder();
        for (int i = 0; i < shown.size(); i++) {
            int c = shown.get(i);
            cell(header, columns.get(c).header(), Style.HEADING, widths[c], i == shown.size() - 1, glyphs);
        }
        out.add(header.toAttributedString());
        for (List<Cell> row : rows) {
            AttributedStringBuilder b = new AttributedStringBuilder();
            for (int i = 0; i < shown.size(); i++) {
                int c = shown.get(i);
                Cell cell = row.get(c);
                cell(b, SafeText.clean(cell.text()), cell.style(), widths[c], i == shown.size() - 1, glyphs);
            }
            out.add(b.toAttributedString());
        }
        return out;
    }

    private static void cell(AttributedStringBuilder b, String text, AttributedStyle style, int width, boolean last,
                             Glyphs glyphs) {
        String cut = glyphs.ellipsis();
        String shown = text.length() <= width ? text
                : width > cut.length() ? text.substring(0, width - cut.length()) + cut : text.substring(0, width);
        b.styled(style, shown);
        if (!last) {
            b.append(" ".repeat(width - shown.length())).append(GAP);
        }
    }
}
