package dev.drainhunt.render;

import java.util.ArrayList;
import java.util.List;

/**
 * Expands the tabs of gofmt'd code: four columns when the code fits the screen that way, two when it would
 * otherwise wrap (an 80-column terminal with a line-number gutter is the common case).
 */
final class Tabs {

    static final int WIDE = 4;
    static final int NARROW = 2;

    private Tabs() {
    }

    static List<String> fit(List<String> lines, int room) {
        return expand(lines, width(lines, room));
    }

    /** The tab width for code that must fit in {@code room} columns; pass every version shown side by side. */
    static int width(List<String> lines, int room) {
        int widest = 0; // loops, not streams, here and below: every practice screen comes here at start-up
        for (String line : lines) {
            widest = Math.max(widest, expand(line, WIDE).length());
        }
        return widest <= room ? WIDE : NARROW;
    }

    static List<String> expand(List<String> lines, int tab) {
        List<String> expanded = new ArrayList<>(lines.size());
        for (String line : lines) {
            expanded.add(expand(line, tab));
        }
        return List.copyOf(expanded);
    }

    private static String expand(String line, int tab) {
        return line.replace("\t", " ".repeat(tab));
    }
}
