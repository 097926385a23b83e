package dev.drainhunt.render;

import java.util.ArrayList;
import java.util.List;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;

/**
 * Lays styled pieces out on as few rows as a width allows, breaking only between pieces: an id, a version or
 * a word is never cut in two unless it is wider than a whole row by itself.
 */
final class Flow {

    /** One unit that stays whole, and what goes before it when it does not start a row. */
    record Piece(String before, String text, AttributedStyle beforeStyle, AttributedStyle style) {

        static Piece of(String before, String text, AttributedStyle style) {
            return new Piece(before, text, style, style);
        }
    }

    private Flow() {
    }

    /** {@code text} as one piece per word, the first after {@code before}. */
    static List<Piece> words(String before, String text, AttributedStyle style) {
        List<Piece> out = new ArrayList<>();
        for (String word : text.trim().split("\\s+")) {
            out.add(Piece.of(out.isEmpty() ? before : " ", word, style));
        }
        return out;
    }

    static List<AttributedString> lay(List<Piece> pieces, int width) {
        int room = Math.max(1, width);
        List<AttributedString> out = new ArrayList<>();
        AttributedStringBuilder row = new AttributedStringBuilder();
        for (Piece piece : pieces) {
            int used = row.columnLength();
            int needed = new AttributedString(piece.before() + piece.text()).columnLength();
            if (used > 0 && used + needed > room) {
                out.add(row.toAttributedString());
                row = new AttributedStringBuilder();
                used = 0;
            }
            if (used > 0) {
                row.styled(piece.beforeStyle(), piece.before());
            }
            AttributedString text = new AttributedString(piece.text(), piece.style());
            if (used == 0 && text.columnLength() > room) {
                // Wider than a row on its own: the one case where cutting cannot be avoided.
                List<AttributedString> cut = text.columnSplitLength(room);
                out.addAll(cut.subList(0, cut.size() - 1));
                row.append(cut.get(cut.size() - 1));
            } else {
                row.append(text);
            }
        }
        if (row.length() > 0 || out.isEmpty()) {
            out.add(row.toAttributedString());
        }
        return out;
    }
}
