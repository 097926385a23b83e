package dev.drainhunt.exercise;

import java.util.List;

/**
 * One distinct mistake of an exercise that a diagnosis should name.
 *
 * @param match     alternatives; the point counts as named when every concept of one alternative appears
 * @param mechanism the name of the mechanism when several exercises share it (a drain that waits without a
 *                  deadline); null when it is this point's own. Naming a shared mechanism in another exercise is
 *                  not a false claim there.
 */
public record KeyPoint(String id, String summary, List<List<String>> match, String mechanism) {
    public KeyPoint {
        match = match == null ? List.of() : match.stream().map(List::copyOf).toList();
    }

    public KeyPoint(String id, String summary, List<List<String>> match) {
        this(id, summary, match, null);
    }

    /** The mechanism this point is about: its shared name, else its own id. */
    public String mechanismName() {
        return mechanism != null ? mechanism : id;
    }
}
