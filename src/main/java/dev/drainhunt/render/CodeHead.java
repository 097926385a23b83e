package dev.drainhunt.render;

import dev.drainhunt.text.Glyphs;
import dev.drainhunt.text.SafeText;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.IntPredicate;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;

/**
 * The top of the code, cut to fit a number of screen rows: the first screen of an exercise on a short terminal.
 * When the code does not fit, a multi-line import block is folded onto its first row, since at 80×24 the imports
 * alone would fill the room and hide every line of logic.
 */
public final class CodeHead {

    /**
     * @param rows the screen rows, whole lines only
     * @param hiddenLines code lines not shown (folded imports count as shown)
     * @param folded whether an import block was folded
     */
    public record Head(List<AttributedString> rows, int hiddenLines, boolean folded) {
    }

    private static final IntPredicate EVERY_LINE = new EveryLine();

    private CodeHead() {
    }

    private static final class EveryLine implements IntPredicate {
        @Override
        public boolean test(int line) {
            return true;
        }
    }

    /** Every line when all fit in {@code maxRows}; else whole lines from the top, imports folded, at least one. */
    public static Head fit(List<String> code, int width, int maxRows, Glyphs glyphs) {
        // Loops and a named predicate, not lambdas: every practice screen comes here at start-up, where JDK 17
        // links each lambda at its first run (some 0.2 ms each).
        List<List<AttributedString>> lines = CodeView.lines(code, EVERY_LINE, Set.of(), width, glyphs);
        List<AttributedString> all = new ArrayList<>();
        for (List<AttributedString> line : lines) {
            all.addAll(line);
        }
        if (all.size() <= maxRows) {
            return new Head(List.copyOf(all), 0, false);
        }
        int start = importBlockStart(code);
        int end = start < 0 ? -1 : importBlockEnd(code, start);
        List<List<AttributedString>> shown = new ArrayList<>(lines);
        boolean folded = end > start + 1;
        if (folded) {
            AttributedString row = foldedRow(lines.get(start).get(0), code.subList(start + 1, end), width, glyphs);
            shown.subList(start, end + 1).clear();
            shown.add(start, List.of(row));
        }
        int hiddenBefore = lines.size() - shown.size();
        List<AttributedString> rows = new ArrayList<>();
        int taken = 0;
        for (List<AttributedString> line : shown) {
            if (taken > 0 && rows.size() + line.size() > maxRows) {
                break;
            }
            rows.addAll(line);
            taken++;
        }
        return new Head(rows, shown.size() - taken, folded && taken > start && hiddenBefore > 0);
    }

    private static int importBlockStart(List<String> code) {
        for (int i = 0; i < code.size(); i++) {
            if (code.get(i).strip().equals("import (")) {
                return i;
            }
        }
        return -1;
    }

    private static int importBlockEnd(List<String> code, int start) {
        for (int i = start + 1; i < code.size(); i++) {
            if (code.get(i).strip().equals(")")) {
                return i;
            }
        }
        return -1;
    }

    /** The block's first row ({@code import (}, with its gutter) followed by the paths it imports, on one row. */
    private static AttributedString foldedRow(AttributedString first, List<String> imports, int width,
                                              Glyphs glyphs) {
        List<String> paths = new ArrayList<>();
        for (String line : imports) {
            String path = line.strip();
            if (!path.isEmpty() && !path.startsWith("//")) {
                paths.add(path.replace("\"", ""));
            }
        }
        String rest = " " + SafeText.clean(String.join(" ", paths)) + " )";
        int room = Math.max(1, width - first.columnLength() - 1);
        if (rest.length() > room) {
            String more = glyphs.ellipsis();
            rest = rest.substring(0, Math.max(0, room - more.length())) + more;
        }
        return new AttributedStringBuilder().append(first).styled(Style.DIM, rest).toAttributedString();
    }
}
