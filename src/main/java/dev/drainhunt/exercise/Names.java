package dev.drainhunt.exercise;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/** "Did you mean" suggestions: the closest known name within a small edit distance. */
public final class Names {

    private Names() {
    }

    public static Optional<String> closest(String wrong, Collection<String> known) {
        // Allow roughly one typo per three characters, so "hint" suggests "hints" but "x" suggests nothing.
        int limit = Math.max(1, wrong.length() / 3);
        return known.stream()
                .filter(k -> distance(wrong.toLowerCase(), k.toLowerCase()) <= limit
                        || k.startsWith(wrong) && wrong.length() >= 3)
                .min(Comparator.comparingInt(k -> distance(wrong.toLowerCase(), k.toLowerCase())));
    }

    /** Edit distance counting a swap of two neighbours as one edit (optimal string alignment): typos swap letters. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
